import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DeclarationScopeItem, NarrativeKey } from '../../../../contract/steering-reports.ts';
import { recordColumns } from '../../../db/columns.ts';

/**
 * The review input pack of a period (Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL):
 * only the secretariat's narrative around each section is stored; the figures are
 * recomputed from their modules every time the pack is read. One pack per agency and period;
 * a meeting links to a pack by its id.
 */
export const steeringReviewPacks = pgTable(
  'steering_review_packs',
  {
    ...recordColumns(),
    title: text('title').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    narratives: jsonb('narratives').$type<Partial<Record<NarrativeKey, string>>>().notNull().default({}),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [uniqueIndex('steering_review_packs_period').on(t.agencyId, t.periodFrom, t.periodTo)],
);

/**
 * Công bố HTQLCL phù hợp TCVN ISO 9001 (QĐ 19/2014 Phụ lục I): its scope (the procedures in
 * force when drafted), signed by leadership (e-approval); drafted again when the scope changes.
 */
export const steeringDeclarations = pgTable(
  'steering_declarations',
  {
    ...recordColumns(),
    /** draft | signed */
    state: text('state').notNull().default('draft'),
    scope: jsonb('scope').$type<DeclarationScopeItem[]>().notNull().default([]),
    declaredOn: date('declared_on'),
    signedBy: uuid('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signerName: text('signer_name'),
    signerPosition: text('signer_position'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('steering_declarations_state').on(t.agencyId, t.state, t.declaredOn)],
);
