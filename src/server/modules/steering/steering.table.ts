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

/**
 * A member of the agency's Ban chỉ đạo ISO over a span of time: the person (org), their
 * committee role, the decision that named them (a document) and the days it held. A change
 * of the committee closes a row (validTo) and opens another; the history stays.
 */
export const steeringMembers = pgTable(
  'steering_members',
  {
    ...recordColumns(),
    personId: uuid('person_id').notNull(),
    /** head | deputy | member | secretary */
    committeeRole: text('committee_role').notNull(),
    decisionDocumentId: uuid('decision_document_id'),
    validFrom: date('valid_from').notNull(),
    /** The first day it no longer holds; null: still holds. */
    validTo: date('valid_to'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('steering_members_of').on(t.agencyId, t.personId)],
);

/** A meeting of the committee (họp Ban chỉ đạo / xem xét của lãnh đạo, ISO 9001 9.3). */
export const steeringMeetings = pgTable(
  'steering_meetings',
  {
    ...recordColumns(),
    /** regular | extraordinary */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    meetingDate: date('meeting_date').notNull(),
    place: text('place').notNull().default(''),
    chairPersonId: uuid('chair_person_id').notNull(),
    agenda: text('agenda').notNull(),
    /** The period under review. */
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** planned | invited | held | concluded */
    state: text('state').notNull().default('planned'),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    minutes: text('minutes'),
    minutesBy: uuid('minutes_by'),
    signedBy: uuid('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** sha256 of the conclusions as confirmed (their texts, directives and deadlines). */
    approvalHash: text('approval_hash'),
    noticeRef: text('notice_ref'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('steering_meetings_date').on(t.agencyId, t.meetingDate)],
);

/** Who was invited to a meeting, and whether they came. */
export const steeringAttendees = pgTable(
  'steering_attendees',
  {
    ...recordColumns(),
    meetingId: uuid('meeting_id').notNull(),
    personId: uuid('person_id').notNull(),
    invited: boolean('invited').notNull().default(true),
    /** null: not yet recorded. */
    present: boolean('present'),
    note: text('note'),
  },
  (t) => [uniqueIndex('steering_attendees_one').on(t.agencyId, t.meetingId, t.personId)],
);

/** One item of the meeting's conclusions; a directive when it names owner units and a deadline. */
export const steeringConclusions = pgTable(
  'steering_conclusions',
  {
    ...recordColumns(),
    meetingId: uuid('meeting_id').notNull(),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    /** Directive: the owner units, the deadline in working days from the day the chair confirms, the result expected. */
    unitIds: jsonb('unit_ids').$type<string[]>().notNull().default([]),
    dueInWorkingDays: integer('due_in_working_days'),
    expectedResult: text('expected_result'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('steering_conclusions_of').on(t.agencyId, t.meetingId, t.seq)],
);

/**
 * A directive as one owner unit carries it: made when the chair confirms the conclusions,
 * due on the working day the deadline falls; done with its evidence (a note, files).
 */
export const steeringDirectives = pgTable(
  'steering_directives',
  {
    ...recordColumns(),
    meetingId: uuid('meeting_id').notNull(),
    conclusionId: uuid('conclusion_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    dueDate: date('due_date').notNull(),
    /** open | done */
    state: text('state').notNull().default('open'),
    doneOn: date('done_on'),
    doneBy: uuid('done_by'),
    evidenceNote: text('evidence_note'),
    evidenceFiles: jsonb('evidence_files')
      .$type<Array<{ hash: string; name: string; mimeType: string; recordFileId: string }>>()
      .notNull()
      .default([]),
  },
  (t) => [
    index('steering_directives_unit').on(t.agencyId, t.unitId, t.state, t.dueDate),
    index('steering_directives_meeting').on(t.agencyId, t.meetingId),
  ],
);

/**
 * The agency's follow-up of directives, kept by the secretariat: how many working days
 * overdue a directive is escalated to the meeting's chair and the secretariat. No row: the
 * default (DIRECTIVE_ESCALATE_AFTER_WORKING_DAYS); the version is in the update's WHERE.
 */
export const steeringSettings = pgTable('steering_settings', {
  agencyId: uuid('agency_id').primaryKey(),
  escalateDirectivesAfterWorkingDays: integer('escalate_directives_after_working_days').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
