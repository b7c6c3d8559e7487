import { date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

const count = (name: string) => integer(name).notNull().default(0);

/**
 * The counts of the case measures by month, unit and procedure, kept current by database
 * triggers on work_cases, case_steps and record_files (migration 0005_case_measures): a
 * period of whole months reads a few hundred rows a month whatever the number of cases.
 * Each count is what measures.service.ts defines, by the month of the day that counts it.
 */
export const caseMeasureMonths = pgTable(
  'case_measure_months',
  {
    agencyId: uuid('agency_id').notNull(),
    /** The first day of the month. */
    month: date('month').notNull(),
    unitId: uuid('unit_id').notNull(),
    procedureId: uuid('procedure_id').notNull(),
    started: count('started'),
    startedWithFile: count('started_with_file'),
    finished: count('finished'),
    finishedOnTime: count('finished_on_time'),
    filesLeftOpen: count('files_left_open'),
    stepsDone: count('steps_done'),
    stepsDoneOnTime: count('steps_done_on_time'),
    workingDaysSum: count('working_days_sum'),
    workingDaysCount: count('working_days_count'),
    /** The working days of the cases closed in the month (those that carry them), and how many did. */
    caseWorkingDaysSum: count('case_working_days_sum'),
    caseWorkingDaysCount: count('case_working_days_count'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.month, t.unitId, t.procedureId] })],
);
