import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * Báo cáo kết quả đánh giá nội bộ of a round: drafted by the lead auditor, approved with the
 * shared e-approval; `figures` is the snapshot of counts taken when it was submitted.
 */
export const internalAuditReports = pgTable(
  'internal_audit_reports',
  {
    ...recordColumns(),
    roundId: uuid('round_id').notNull(),
    /** draft | submitted | approved | returned */
    state: text('state').notNull().default('draft'),
    summary: text('summary').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    figures: jsonb('figures').$type<Record<string, unknown> | null>(),
    /** Số, ký hiệu of the issued report. */
    number: text('number'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approverPosition: text('approver_position'),
    approvalHash: text('approval_hash'),
    returnComment: text('return_comment'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [uniqueIndex('internal_audit_reports_round').on(t.agencyId, t.roundId)],
);
