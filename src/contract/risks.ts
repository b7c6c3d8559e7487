import { z } from 'zod';
import { isoDate, listQuery, page, version } from './common.ts';

/**
 * Rủi ro và cơ hội (TCVN ISO 9001:2015, 6.1): the register of a unit's risks and
 * opportunities for a process, each assessed (likelihood × impact), treated by one action
 * with an owner and a working-day deadline, and closed with a review of the action's
 * effectiveness by someone other than who recorded it.
 */
export const riskKinds = ['risk', 'opportunity'] as const;
export const riskKind = z.enum(riskKinds);
export type RiskKind = z.infer<typeof riskKind>;

/** open (recorded, assessed) → treating (its action planned) → closed (effectiveness reviewed). */
export const riskStates = ['open', 'treating', 'closed'] as const;
export const riskState = z.enum(riskStates);
export type RiskState = z.infer<typeof riskState>;

export const riskLevels = ['low', 'medium', 'high'] as const;
export const riskLevel = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof riskLevel>;

/** Likelihood and impact are each rated 1 to 5. */
export const RISK_SCALE = 5;

/**
 * The bands of likelihood × impact (1–25) on the 5 × 5 grid: low 1–4, medium 5–9, high 10–25
 * (from 10 a risk must be treated, as agencies' risk procedures usually say). One rule, used by
 * the register, its filters (as SQL) and the review input pack.
 */
export const riskLevelBands: Record<RiskLevel, { min: number; max: number }> = {
  low: { min: 1, max: 4 },
  medium: { min: 5, max: 9 },
  high: { min: 10, max: 25 },
};

export function riskLevelOf(likelihood: number, impact: number): RiskLevel {
  const score = likelihood * impact;
  return riskLevels.find((l) => score <= riskLevelBands[l].max) ?? 'high';
}

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1);
const rating = z.number().int().min(1).max(RISK_SCALE);

/** What the unit records of a risk or opportunity (and may correct until it is closed). */
const assessment = {
  /** The process or procedure it belongs to, in words (Quá trình, quy trình). */
  process: required(300),
  /** The procedure's document, when it is one of the agency's documents. */
  documentId: z.uuid().nullable().default(null),
  description: required(2000),
  cause: required(2000),
  consequence: required(2000),
  likelihood: rating,
  impact: rating,
  /** When the register should look at it again (ngày xem xét lại). */
  reviewOn: isoDate.nullable().default(null),
};

export const createRiskBody = z.strictObject({
  kind: riskKind,
  unitId: z.uuid(),
  /** The day it was identified: today or earlier. */
  identifiedOn: isoDate,
  ...assessment,
});
export type CreateRiskBody = z.infer<typeof createRiskBody>;

export const updateRiskBody = z.strictObject({
  version,
  process: assessment.process.optional(),
  documentId: z.uuid().nullable().optional(),
  description: assessment.description.optional(),
  cause: assessment.cause.optional(),
  consequence: assessment.consequence.optional(),
  likelihood: rating.optional(),
  impact: rating.optional(),
  reviewOn: isoDate.nullable().optional(),
});
export type UpdateRiskBody = z.infer<typeof updateRiskBody>;

/** The treatment action: what, who, due this many working days after today (the agency's calendar). */
export const treatmentBody = z.strictObject({
  version,
  treatment: required(2000),
  ownerPersonId: z.uuid(),
  dueInWorkingDays: z.number().int().min(1).max(250),
});

export const riskAction = z.enum(['complete_treatment', 'close']);
export type RiskAction = z.infer<typeof riskAction>;
export const riskTransitionBody = z.strictObject({
  action: riskAction,
  version,
  /** complete_treatment: what was done. */
  result: text(2000).optional(),
  /** close: was the action effective? */
  effective: z.boolean().optional(),
  /** close: the review's note. */
  note: text(2000).optional(),
});

export const riskListQuery = listQuery.extend({
  unitId: z.uuid().optional(),
  kind: riskKind.optional(),
  level: riskLevel.optional(),
  state: riskState.optional(),
  /** Identified from / to (the review input pack's links). */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type RiskListQuery = z.infer<typeof riskListQuery>;

export const riskSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: riskKind,
  unitId: z.uuid(),
  unitName: z.string(),
  process: z.string(),
  description: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  level: riskLevel,
  state: riskState,
  identifiedOn: isoDate,
  treatmentOwnerName: z.string().nullable(),
  treatmentDueOn: isoDate.nullable(),
  treatmentDoneOn: isoDate.nullable(),
  /** The treatment is not done and its due date has passed. */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type RiskSummary = z.infer<typeof riskSummary>;
export const riskList = page(riskSummary).extend({ canCreate: z.boolean() });
export type RiskList = z.infer<typeof riskList>;

export const riskDetail = riskSummary.extend({
  documentId: z.uuid().nullable(),
  /** The linked document's code and title. */
  documentLabel: z.string().nullable(),
  cause: z.string(),
  consequence: z.string(),
  reviewOn: isoDate.nullable(),
  createdByName: z.string(),
  treatment: z.string().nullable(),
  treatmentOwnerId: z.uuid().nullable(),
  treatmentResult: z.string().nullable(),
  /** Working days until the treatment's due date (negative: late by); null when none is open. */
  workingDaysLeft: z.number().int().nullable(),
  review: z.object({ effective: z.boolean(), note: z.string(), byName: z.string(), on: isoDate }).nullable(),
  abilities: z.object({
    edit: z.boolean(),
    planTreatment: z.boolean(),
    completeTreatment: z.boolean(),
    close: z.boolean(),
    /** Why a step the person's role allows is refused to them (segregation of duties). */
    blocked: z.record(z.string(), z.object({ vi: z.string(), en: z.string() })),
  }),
});
export type RiskDetail = z.infer<typeof riskDetail>;

/** The register's figures for a period (the management review's input 9.3.2 e). */
export type RiskFigures = {
  /** Identified in the period, and of those by level. */
  recorded: number;
  byLevel: Record<RiskLevel, number>;
  /** Treatments done in the period, and of those by their due date. */
  treatmentsDone: number;
  treatmentsDoneOnTime: number;
  /** Closed in the period, and of those with the action found effective. */
  closed: number;
  closedEffective: number;
  /** Not closed at the period's end, and of those with the treatment past its due date. */
  openAtEnd: number;
  overdueAtEnd: number;
  /** The high ones not closed at the period's end. */
  highOpen: Array<{ id: string; code: string; unitName: string; description: string }>;
};

/** Việc của tôi: the treatments I own that are not done yet, overdue first, then by due date. */
export const treatmentWork = z.object({
  treatments: z.array(
    z.object({
      riskId: z.uuid(),
      code: z.string(),
      kind: riskKind,
      description: z.string(),
      unitName: z.string(),
      treatment: z.string(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
});
export type TreatmentWork = z.infer<typeof treatmentWork>;

export const riskKindNames: Record<RiskKind, { vi: string; en: string }> = {
  risk: { vi: 'Rủi ro', en: 'Risk' },
  opportunity: { vi: 'Cơ hội', en: 'Opportunity' },
};
export const riskStateNames: Record<RiskState, { vi: string; en: string }> = {
  open: { vi: 'Mới nhận diện', en: 'Identified' },
  treating: { vi: 'Đang xử lý', en: 'Being treated' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
};
export const riskLevelNames: Record<RiskLevel, { vi: string; en: string }> = {
  low: { vi: 'Thấp', en: 'Low' },
  medium: { vi: 'Trung bình', en: 'Medium' },
  high: { vi: 'Cao', en: 'High' },
};
/** The code's prefix: RR-007 a risk, CH-003 an opportunity (numbered per agency and kind). */
export const riskCodePrefix: Record<RiskKind, string> = { risk: 'RR', opportunity: 'CH' };
