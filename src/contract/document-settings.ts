import { z } from 'zod';
import { INT4_MAX, version } from './common.ts';
import { documentType } from './documents.ts';
import { role } from './roles.ts';

/** Per document type: which role approves, and the prefix of generated codes (QT, BM…). */
export const typeSetting = z.object({ type: documentType, approverRole: role, codePrefix: z.string() });
export type TypeSetting = z.infer<typeof typeSetting>;
export const putTypeSettingBody = z.object({
  approverRole: role,
  codePrefix: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,10}$/, { message: 'code.format' }),
});
export const typeParams = z.object({ type: documentType });

export const legalStatuses = ['in_force', 'amended', 'replaced', 'expired'] as const;
export const legalStatusNames: Record<(typeof legalStatuses)[number], { vi: string; en: string }> = {
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  amended: { vi: 'Đã được sửa đổi, bổ sung', en: 'Amended' },
  replaced: { vi: 'Đã được thay thế', en: 'Replaced' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
};
/** The particulars of an external document (legal text, standard). */
export const externalDetailsBody = z.object({
  version,
  externalNumber: z.string().trim().max(100).nullable().optional(),
  issuer: z.string().trim().max(200).nullable().optional(),
  externalIssuedDate: z.iso.date().nullable().optional(),
  externalEffectiveDate: z.iso.date().nullable().optional(),
  legalStatus: z.enum(legalStatuses).nullable().optional(),
});

/**
 * Segregation of duties, per agency: may the unit head's review and the secretariat's check
 * be signed by one person (a small office)? The drafter never signs their own revision.
 */
export const dutySettingsView = z.object({ reviewerMayCheck: z.boolean(), version: z.number().int() });
export type DutySettingsView = z.infer<typeof dutySettingsView>;
export const putDutySettingsBody = z.object({
  reviewerMayCheck: z.boolean(),
  /** The version read (0 before the agency first saved it). */
  version: z.number().int().min(0).max(INT4_MAX),
});
