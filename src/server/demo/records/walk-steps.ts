// One demo case walking its procedure's steps as people did: most steps done within their
// working days, some late (more often when a holiday falls in the step), a few returned to
// the step before, branches decided; a step not done by the demo's "as of" day stays active.
import type { DocumentContent, ProcedureStep } from '../../../contract/documents.ts';
import { newId } from '../../db/ids.ts';
import type { WorkingCalendar } from '../../modules/calendar/working-days.ts';
import type { caseSteps } from '../../modules/cases/cases.table.ts';
import { nextStep, stepDueDate, stepDuration } from '../../modules/cases/steps/plan.ts';
import { addDays, vietnamTime } from '../documents/days.ts';
import { returnReasons } from './case-texts.ts';
import type { Random } from './random.ts';

export type StepRow = typeof caseSteps.$inferInsert & { id: string; startDate: string; dueDate: string };

export type Walk = {
  steps: StepRow[];
  /** The day the last step was done; null while the case is open. */
  closedDate: string | null;
  closedAt: Date | null;
};

type WalkInput = {
  agencyId: string;
  caseId: string;
  content: DocumentContent;
  startDate: string;
  asOf: string;
  calendar: WorkingCalendar;
  random: Random;
  /** Who does a step, from its "who". */
  assignee: (step: ProcedureStep) => string;
  /** The case tends to run late (a busy handler, a slow partner). */
  lateProne: boolean;
};

/** A weekday that is not a working day (a public holiday) in (from, to]. */
function holidayWithin(calendar: WorkingCalendar, from: string, to: string) {
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !calendar.isWorkingDay(day)) return true;
  }
  return false;
}

export function walkSteps(input: WalkInput): Walk {
  const { calendar, random, content } = input;
  const steps: StepRow[] = [];
  let current: ProcedureStep | null = content.steps[0] ?? null;
  let day = input.startDate;
  let lastAt = vietnamTime(day, 8 * 60);
  let returned = false;
  let branchedNo = false;
  const at = (doneDay: string) => {
    const moment = vietnamTime(doneDay, 8 * 60 + random.int(0, 540));
    lastAt = moment > lastAt ? moment : new Date(lastAt.getTime() + 23 * 60_000);
    return lastAt;
  };
  while (current && steps.length < 30) {
    const durationDays = stepDuration(current);
    const dueDate = stepDueDate(calendar, day, durationDays);
    const assigneeId = input.assignee(current);
    const row: StepRow = {
      id: newId(),
      agencyId: input.agencyId,
      caseId: input.caseId,
      stepId: current.id,
      sequence: steps.length + 1,
      action: current.action,
      durationDays,
      assigneeId,
      state: 'active',
      startDate: day,
      dueDate,
      createdAt: lastAt,
      updatedAt: lastAt,
    };
    steps.push(row);
    const lateChance = (input.lateProne ? 0.22 : 0.012) + (holidayWithin(calendar, day, dueDate) ? 0.12 : 0);
    const doneDate = random.chance(lateChance)
      ? calendar.addWorkingDays(dueDate, random.int(1, 4))
      : calendar.addWorkingDays(day, random.int(Math.ceil(durationDays * 0.4), durationDays));
    if (doneDate > input.asOf) return { steps, closedDate: null, closedAt: null };
    const index = content.steps.findIndex((s) => s.id === current!.id);
    const goesBack = !returned && index > 0 && random.chance(0.015);
    const decision =
      current.condition && !goesBack ? (!branchedNo && random.chance(0.1) ? 'no' : 'yes') : null;
    const doneAt = at(doneDate);
    Object.assign(row, {
      state: goesBack ? 'returned' : 'done',
      doneDate,
      doneAt,
      doneBy: assigneeId,
      decision,
      output: goesBack ? null : current.output || null,
      returnReason: goesBack ? random.pick(returnReasons) : null,
      workingDays: calendar.countWorkingDays(day, doneDate),
      daysLate: Math.max(0, calendar.countWorkingDays(dueDate, doneDate)),
      updatedAt: doneAt,
    });
    day = doneDate;
    if (goesBack) {
      returned = true;
      current = content.steps[index - 1];
      continue;
    }
    if (decision === 'no') branchedNo = true;
    current = nextStep(content.steps, current.id, decision);
  }
  return { steps, closedDate: day, closedAt: lastAt };
}
