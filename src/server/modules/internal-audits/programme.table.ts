import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/**
 * Chương trình đánh giá nội bộ năm: one per agency and year. Drafted by the secretariat,
 * submitted, approved by leadership with the shared e-approval (password re-entered; the
 * approver's position and a hash of what was approved kept, as records catalogues do).
 */
export const internalAuditProgrammes = pgTable(
  'internal_audit_programmes',
  {
    ...recordColumns(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** Mục tiêu, căn cứ: free text printed on the programme. */
    objectives: text('objectives').notNull().default(''),
    /** draft | submitted | approved | returned */
    state: text('state').notNull().default('draft'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The approver's position and unit, printed under the approval. */
    approverPosition: text('approver_position'),
    /** SHA-256 of the canonical programme and rounds the approval was given over. */
    approvalHash: text('approval_hash'),
    /** The last return's comment (what to change). */
    returnComment: text('return_comment'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [uniqueIndex('internal_audit_programmes_year').on(t.agencyId, t.year)],
);

/** Every step of a programme (submit, approve, return), with a return's comment kept. */
export const internalAuditProgrammeEvents = pgTable(
  'internal_audit_programme_events',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('internal_audit_programme_events_of').on(t.agencyId, t.programmeId)],
);

/** Per agency: how many working days ahead audited units are told of their audit. */
export const internalAuditSettings = pgTable('internal_audit_settings', {
  agencyId: uuid('agency_id').primaryKey(),
  noticeWorkingDays: integer('notice_working_days').notNull().default(5),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
