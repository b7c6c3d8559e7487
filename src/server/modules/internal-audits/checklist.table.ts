import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * Danh mục kiểm tra (phiếu hỏi) of one round audit: generated from an audited procedure's
 * steps and records and the clauses in scope, plus the agency's questions; editable before
 * the audit, answered during it.
 */
export const internalAuditChecklistItems = pgTable(
  'internal_audit_checklist_items',
  {
    ...recordColumns(),
    roundAuditId: uuid('round_audit_id').notNull(),
    procedureDocumentId: uuid('procedure_document_id'),
    /** step | record | clause | question | manual: what the item was generated from. */
    source: text('source').notNull(),
    /** The step id, record name, clause or question id it came from. */
    sourceRef: text('source_ref'),
    clause: text('clause'),
    question: text('question').notNull(),
    /** conform | nonconform | observation | not_applicable; null while unanswered. */
    answer: text('answer'),
    note: text('note').notNull().default(''),
    position: integer('position').notNull(),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('internal_audit_checklist_items_of').on(t.agencyId, t.roundAuditId, t.position)],
);

/** Ngân hàng câu hỏi: the agency's questions per clause of TCVN ISO 9001:2015. */
export const internalAuditQuestions = pgTable(
  'internal_audit_questions',
  {
    ...recordColumns(),
    clause: text('clause').notNull(),
    question: text('question').notNull(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('internal_audit_questions_clause').on(t.agencyId, t.clause)],
);
