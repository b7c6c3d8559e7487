import { z } from 'zod';
import { documentType, transitionAction, versionState } from './documents.ts';

/** A version waiting for something the person may do now (draft, review, check, approve). */
export const workItem = z.object({
  versionId: z.uuid(),
  documentId: z.uuid(),
  code: z.string(),
  title: z.string(),
  type: documentType,
  state: versionState,
  issueNo: z.number().int(),
  ownerUnitName: z.string(),
  actions: z.array(transitionAction),
  /** When it reached its current step. */
  since: z.string(),
});
export const toReadItem = z.object({
  versionId: z.uuid(),
  documentId: z.uuid(),
  code: z.string(),
  title: z.string(),
  issueNo: z.number().int(),
  effectiveDate: z.string().nullable(),
  notifiedAt: z.string(),
});
export const documentWork = z.object({ toAct: z.array(workItem), toRead: z.array(toReadItem) });
export type DocumentWork = z.infer<typeof documentWork>;

export const acknowledgementRow = z.object({
  personId: z.uuid(),
  fullName: z.string(),
  unitName: z.string(),
  notifiedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export const acknowledgementReport = z.object({
  versionId: z.uuid(),
  code: z.string(),
  issueNo: z.number().int(),
  total: z.number().int(),
  acknowledged: z.number().int(),
  rows: z.array(acknowledgementRow),
});
export type AcknowledgementReport = z.infer<typeof acknowledgementReport>;
