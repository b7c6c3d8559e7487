import type { Tx } from '../../db/connection.ts';
import { type AuditContext, type Changes, recordAudit } from '../../platform/audit/audit.service.ts';

export type AuditedEntity =
  | 'internal_audit_programme'
  | 'internal_audit_round'
  | 'internal_audit_round_audit'
  | 'internal_audit_settings'
  | 'internal_audit_checklist'
  | 'internal_audit_question'
  | 'internal_audit_sample'
  | 'internal_audit_finding'
  | 'internal_audit_report';

/** One audit-trail event of internal audit, in the caller's transaction. */
export const auditEvent = (
  tx: Tx,
  audit: AuditContext,
  event: {
    agencyId: string;
    entityType: AuditedEntity;
    entityId: string;
    entityLabel: string;
    action: string;
    changes: Changes | object;
  },
) => recordAudit(tx, audit, { ...event, changes: event.changes as Changes });

export const programmeLabel = (p: { year: number }) => `Chương trình đánh giá nội bộ năm ${p.year}`;
export const roundLabel = (p: { year: number }, r: { number: number; title: string }) =>
  `Đợt ${r.number}/${p.year}: ${r.title}`;
