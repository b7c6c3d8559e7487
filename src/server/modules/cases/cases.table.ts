import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citext, recordColumns } from '../../db/columns.ts';

/**
 * A work case (công việc; "hồ sơ công việc" is the archival file) run by a procedure
 * version in force. It keeps that
 * version for life; its file is opened in the same transaction that starts it.
 */
export const workCases = pgTable(
  'work_cases',
  {
    ...recordColumns(),
    /** "2017-000123": per agency and year. */
    code: citext('code').notNull(),
    title: text('title').notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureDocumentId: uuid('procedure_document_id').notNull(),
    procedureVersionId: uuid('procedure_version_id').notNull(),
    fileId: uuid('file_id'),
    /** Whether its file was opened the day the work started (eiso always does; imports may not). */
    fileOpenedAtStart: boolean('file_opened_at_start').notNull().default(true),
    /** open | closed | cancelled */
    state: text('state').notNull().default('open'),
    startedBy: uuid('started_by').notNull(),
    startDate: date('start_date').notNull(),
    /** The last step's due date as planned at start (working days from the calendar). */
    dueDate: date('due_date'),
    closedDate: date('closed_date'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Working days the case took, start to closing (the calendar's count, as a step's); null while open. */
    workingDays: integer('working_days'),
  },
  (t) => [
    index('work_cases_unit_start').on(t.agencyId, t.unitId, t.startDate),
    index('work_cases_procedure_start').on(t.agencyId, t.procedureDocumentId, t.startDate),
    index('work_cases_state').on(t.agencyId, t.state),
  ],
);

/**
 * One pass through a procedure step. Returning a case to an earlier step adds a new row
 * for that step, so the history of who did what, when, stays as it happened.
 */
export const caseSteps = pgTable(
  'case_steps',
  {
    ...recordColumns(),
    caseId: uuid('case_id').notNull(),
    /** The procedure step's id ("B2") and the order it was reached in the case. */
    stepId: text('step_id').notNull(),
    sequence: integer('sequence').notNull(),
    action: text('action').notNull(),
    durationDays: integer('duration_days').notNull(),
    assigneeId: uuid('assignee_id'),
    /**
     * Who may take the step while nobody is assigned: the people of candidateUnitId (the
     * procedure step's performing unit, else the case's unit), only those holding
     * candidateRole there and/or having candidatePositionId when the step names them.
     */
    candidateRole: text('candidate_role'),
    candidateUnitId: uuid('candidate_unit_id'),
    candidatePositionId: uuid('candidate_position_id'),
    /** active | done | returned */
    state: text('state').notNull().default('active'),
    startDate: date('start_date').notNull(),
    dueDate: date('due_date').notNull(),
    doneDate: date('done_date'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    /** yes | no, for a step with a condition. */
    decision: text('decision'),
    output: text('output'),
    /** The file item holding the uploaded output, in the case's file. */
    outputItemId: uuid('output_item_id'),
    returnReason: text('return_reason'),
    /** Working days the step took, start to done (the calendar's count); null while active. */
    workingDays: integer('working_days'),
    /** Working days late when done (0 = on time); null while active. */
    daysLate: integer('days_late'),
    reminderSentOn: date('reminder_sent_on'),
  },
  // Migration 0005 adds, in SQL, the date indexes the measures read (case_steps_done,
  // case_steps_active_due; work_cases_closed, work_cases_file) and the triggers that keep
  // case_measure_months current.
  (t) => [
    index('case_steps_case').on(t.agencyId, t.caseId, t.sequence),
    index('case_steps_assignee_active').on(t.agencyId, t.assigneeId, t.state, t.dueDate),
  ],
);
