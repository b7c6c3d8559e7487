import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * A risk or opportunity of a unit's process (rủi ro, cơ hội; ISO 9001 6.1): its assessment,
 * the one action that treats it, and the review of that action's effectiveness at closing.
 */
export const risks = pgTable(
  'risks',
  {
    ...recordColumns(),
    /** risk | opportunity */
    kind: text('kind').notNull(),
    /** Per agency and kind: "RR-007", "CH-003". */
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    unitId: uuid('unit_id').notNull(),
    process: text('process').notNull(),
    documentId: uuid('document_id'),
    description: text('description').notNull(),
    cause: text('cause').notNull(),
    consequence: text('consequence').notNull(),
    likelihood: integer('likelihood').notNull(),
    impact: integer('impact').notNull(),
    identifiedOn: date('identified_on').notNull(),
    reviewOn: date('review_on'),
    /** open | treating | closed */
    state: text('state').notNull().default('open'),
    treatment: text('treatment'),
    treatmentOwnerId: uuid('treatment_owner_id'),
    treatmentDueOn: date('treatment_due_on'),
    treatmentDoneOn: date('treatment_done_on'),
    treatmentResult: text('treatment_result'),
    closedOn: date('closed_on'),
    closedBy: uuid('closed_by'),
    effective: boolean('effective'),
    effectivenessNote: text('effectiveness_note'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('risks_number').on(t.agencyId, t.kind, t.seq),
    index('risks_unit_state').on(t.agencyId, t.unitId, t.state),
    index('risks_identified').on(t.agencyId, t.identifiedOn),
  ],
);
