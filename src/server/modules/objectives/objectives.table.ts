import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * A quality objective (mục tiêu chất lượng, ISO 9001:2015 6.2) of an agency's year: the
 * agency's own (unitId null) or a unit's, which may contribute to an agency objective
 * (parentId). Drafted, submitted, approved (or returned) through the shared e-approval;
 * the year's "mục tiêu chất lượng" document is linked by its id (documents' public surface).
 */
export const objectives = pgTable(
  'objectives',
  {
    ...recordColumns(),
    year: integer('year').notNull(),
    /** null: the agency's objective (drafted by the secretariat, approved by leadership). */
    unitId: uuid('unit_id'),
    parentId: uuid('parent_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerPersonId: uuid('owner_person_id').notNull(),
    /** draft | submitted | approved | returned */
    state: text('state').notNull().default('draft'),
    documentId: uuid('document_id'),
    draftedBy: uuid('drafted_by').notNull(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    returnReason: text('return_reason'),
  },
  (t) => [
    index('objectives_year_unit').on(t.agencyId, t.year, t.unitId),
    index('objectives_parent').on(t.agencyId, t.parentId),
  ],
);

/** An indicator (chỉ số) of an objective: how it is measured, against which target, how often. */
export const objectiveIndicators = pgTable(
  'objective_indicators',
  {
    ...recordColumns(),
    objectiveId: uuid('objective_id').notNull(),
    name: text('name').notNull(),
    /** The formula in words ("số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết"). */
    formula: text('formula').notNull(),
    /** Unit of measure: "%", "ngày làm việc", "hồ sơ"… */
    unit: text('unit').notNull(),
    /** gte: higher is better (≥ target) | lte: lower is better (≤ target) */
    direction: text('direction').notNull(),
    target: numeric('target', { mode: 'number' }).notNull(),
    /** month | quarter | half_year | year */
    frequency: text('frequency').notNull(),
    /** computed | manual */
    source: text('source').notNull(),
    /** For computed: a measure key of contract/objectives.ts (objectiveMeasures) and its parameters. */
    measure: text('measure'),
    params: jsonb('params').$type<{ unitId?: string; procedureId?: string }>().notNull().default({}),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('objective_indicators_of').on(t.agencyId, t.objectiveId)],
);

/**
 * A manual indicator's value for one period, with its evidence; it counts once the unit
 * head (not the person who entered it) approves it. Computed values are not stored: they
 * are computed per period by the same functions the reports use.
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    ...recordColumns(),
    indicatorId: uuid('indicator_id').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    /** The evidence in words ('' when a file is the evidence: a value needs one or the other). */
    evidenceNote: text('evidence_note').notNull(),
    /**
     * The evidence file, when one was sent: its bytes in the file store by hash, filed in the
     * unit's records file for the objectives (records' fileUploadedDocument) as the item named.
     */
    fileHash: text('file_hash'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    recordFileId: uuid('record_file_id'),
    recordFileCode: text('record_file_code'),
    recordItemId: uuid('record_item_id'),
    enteredBy: uuid('entered_by').notNull(),
    /** entered | approved */
    state: text('state').notNull().default('entered'),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [index('indicator_values_of').on(t.agencyId, t.indicatorId, t.periodStart)],
);

/** An action of the plan to achieve an objective (kế hoạch thực hiện mục tiêu). */
export const objectiveActions = pgTable(
  'objective_actions',
  {
    ...recordColumns(),
    objectiveId: uuid('objective_id').notNull(),
    description: text('description').notNull(),
    ownerPersonId: uuid('owner_person_id').notNull(),
    dueDate: date('due_date').notNull(),
    done: boolean('done').notNull().default(false),
    doneOn: date('done_on'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    index('objective_actions_of').on(t.agencyId, t.objectiveId),
    index('objective_actions_owner').on(t.agencyId, t.ownerPersonId, t.done, t.dueDate),
  ],
);

/**
 * Whether the agency publishes its public page (công khai: policy, objectives, procedures in
 * force). Without a row the page is published; an agency may turn it off.
 */
export const publicPageSettings = pgTable('public_page_settings', {
  agencyId: uuid('agency_id').primaryKey(),
  enabled: boolean('enabled').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
