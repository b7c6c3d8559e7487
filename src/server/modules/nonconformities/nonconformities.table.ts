import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/** A nonconformity (sự không phù hợp): what was found, why, what was decided, whether it worked. */
export const nonconformities = pgTable(
  'nonconformities',
  {
    ...recordColumns(),
    /** "KPH-2026-007": per agency and year, never handed out twice. */
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    /** internal_audit | external_inspection | work_case | feedback | steering_directive | self_detected */
    source: text('source').notNull(),
    /** { type, id, label }: the audit finding, case, directive… it came from. */
    origin: jsonb('origin').$type<{ type: string; id: string | null; label: string } | null>(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    requirement: text('requirement').notNull(),
    clause: text('clause'),
    procedureDocumentId: uuid('procedure_document_id'),
    unitId: uuid('unit_id').notNull(),
    detectedBy: uuid('detected_by').notNull(),
    detectedOn: date('detected_on').notNull(),
    /** major | minor */
    grade: text('grade').notNull(),
    /** draft | analysed | in_progress | awaiting_verification | closed | cancelled */
    state: text('state').notNull().default('draft'),
    correction: jsonb('correction').$type<{ what: string; byName: string; on: string } | null>(),
    whys: jsonb('whys').$type<string[]>().notNull().default([]),
    causeCategories: jsonb('cause_categories').$type<string[]>().notNull().default([]),
    extent: text('extent').notNull().default(''),
    /** correct_only | corrective_action */
    decision: text('decision'),
    analysedBy: uuid('analysed_by'),
    analysedAt: timestamp('analysed_at', { withTimezone: true }),
    planApprovedBy: uuid('plan_approved_by'),
    planApprovedAt: timestamp('plan_approved_at', { withTimezone: true }),
    /** The first day effectiveness may be verified; set when the last action is done. */
    verifiableFrom: date('verifiable_from'),
    verifiedBy: uuid('verified_by'),
    verifiedOn: date('verified_on'),
    effective: boolean('effective'),
    verificationNote: text('verification_note'),
    closedOn: date('closed_on'),
    cancelReason: text('cancel_reason'),
    /** The earlier record of the same requirement in the same unit within a year. */
    recurrenceOfId: uuid('recurrence_of_id'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('nonconformities_number').on(t.agencyId, t.year, t.seq),
    index('nonconformities_unit_state').on(t.agencyId, t.unitId, t.state),
    index('nonconformities_recurrence').on(t.agencyId, t.recurrenceOfId),
  ],
);

/** An action of a nonconformity's plan: correction, corrective, improvement, revise a document. */
export const nonconformityActions = pgTable(
  'nonconformity_actions',
  {
    ...recordColumns(),
    nonconformityId: uuid('nonconformity_id').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    ownerUnitId: uuid('owner_unit_id').notNull(),
    ownerPersonId: uuid('owner_person_id').notNull(),
    dueDate: date('due_date').notNull(),
    /** open | done | cancelled */
    state: text('state').notNull().default('open'),
    doneOn: date('done_on'),
    doneBy: uuid('done_by'),
    evidence: text('evidence'),
    documentId: uuid('document_id'),
    /** The change request (draft version) opened in document control for "revise a document". */
    changeVersionId: uuid('change_version_id'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    index('nonconformity_actions_of').on(t.agencyId, t.nonconformityId),
    index('nonconformity_actions_owner').on(t.agencyId, t.ownerPersonId, t.state, t.dueDate),
  ],
);

/**
 * A file given as evidence of an action: kept in the file store (content-addressed) and
 * filed in the unit's records file for the nonconformity (records' `fileEvidenceDocument`);
 * the file's code and title are kept here so the record says where it is.
 */
export const nonconformityEvidence = pgTable(
  'nonconformity_evidence',
  {
    ...recordColumns(),
    nonconformityId: uuid('nonconformity_id').notNull(),
    actionId: uuid('action_id').notNull(),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    recordFileId: uuid('record_file_id'),
    recordFileCode: text('record_file_code'),
    recordFileTitle: text('record_file_title'),
    /** Filed under an entry of the unit's catalogue (false: a file opened outside it). */
    inCatalogue: boolean('in_catalogue').notNull().default(false),
    recordItemId: uuid('record_item_id'),
    addedBy: uuid('added_by').notNull(),
  },
  (t) => [index('nonconformity_evidence_of').on(t.agencyId, t.nonconformityId)],
);

/** Per agency: the follow-up's working days (escalation, verification waits), kept by the secretariat. */
export const nonconformitySettings = pgTable('nonconformity_settings', {
  agencyId: uuid('agency_id').primaryKey(),
  escalateAfterWorkingDays: integer('escalate_after_working_days').notNull(),
  waitMajorWorkingDays: integer('wait_major_working_days').notNull(),
  waitMinorWorkingDays: integer('wait_minor_working_days').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
