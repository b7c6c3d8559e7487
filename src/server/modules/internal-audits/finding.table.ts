import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * Phát hiện of a round audit: conformity, major / minor nonconformity, observation
 * (khuyến nghị), opportunity for improvement. The auditee acknowledges or disputes it; a
 * nonconformity finding becomes a nonconformity record (linked both ways).
 */
export const internalAuditFindings = pgTable(
  'internal_audit_findings',
  {
    ...recordColumns(),
    roundId: uuid('round_id').notNull(),
    roundAuditId: uuid('round_audit_id').notNull(),
    /** 1, 2… within the round. */
    seq: integer('seq').notNull(),
    /** conformity | major | minor | observation | improvement */
    kind: text('kind').notNull(),
    clause: text('clause'),
    procedureDocumentId: uuid('procedure_document_id'),
    unitId: uuid('unit_id').notNull(),
    description: text('description').notNull(),
    evidence: text('evidence').notNull().default(''),
    /** Samples (internal_audit_samples ids) the finding points to. */
    sampleIds: jsonb('sample_ids').$type<string[]>().notNull().default([]),
    /** acknowledged | disputed; null until the auditee answers. */
    response: text('response'),
    responseReason: text('response_reason'),
    respondedBy: uuid('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    /** The nonconformity record raised from it. */
    nonconformityId: uuid('nonconformity_id'),
    /** open | handed_over | closed */
    state: text('state').notNull().default('open'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('internal_audit_findings_seq').on(t.agencyId, t.roundId, t.seq),
    index('internal_audit_findings_audit').on(t.agencyId, t.roundAuditId),
    index('internal_audit_findings_unit').on(t.agencyId, t.unitId, t.state),
  ],
);
