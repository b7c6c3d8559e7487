import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * Evidence from real work: a case or a record file of an audited procedure within the audit
 * period, chosen at random or by the auditor; the auditor reads exactly these items on the
 * audit's dates (accessFrom–accessTo) and notes what was seen.
 */
export const internalAuditSamples = pgTable(
  'internal_audit_samples',
  {
    ...recordColumns(),
    roundAuditId: uuid('round_audit_id').notNull(),
    procedureDocumentId: uuid('procedure_document_id'),
    /** case | record_file */
    kind: text('kind').notNull(),
    itemId: uuid('item_id').notNull(),
    /** The case's or file's number and title when chosen (for the report). */
    itemLabel: text('item_label').notNull(),
    /** random | auditor */
    chosenBy: text('chosen_by').notNull(),
    chosenByPersonId: uuid('chosen_by_person_id').notNull(),
    accessFrom: date('access_from'),
    accessTo: date('access_to'),
    /** What the auditor saw in it. */
    seen: text('seen').notNull().default(''),
  },
  (t) => [
    uniqueIndex('internal_audit_samples_item').on(t.agencyId, t.roundAuditId, t.kind, t.itemId),
    index('internal_audit_samples_item_lookup').on(t.agencyId, t.kind, t.itemId),
  ],
);
