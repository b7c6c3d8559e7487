import type { ProcedureStep } from '../../../../contract/documents.ts';
import type { WorkingCalendar } from '../../calendar/index.ts';
import { parseRetention as readRetention } from '../../records/index.ts';

/** Whole working days a step takes: half days round up; no duration counts as one day; 0 stays 0. */
export function stepDuration(step: Pick<ProcedureStep, 'durationDays'>): number {
  if (step.durationDays === 0) return 0;
  return Math.max(1, Math.ceil(step.durationDays ?? 1));
}

/** A step started on `startDate` is due that many working days later (0: the same day if working). */
export const stepDueDate = (calendar: WorkingCalendar, startDate: string, durationDays: number) =>
  calendar.addWorkingDays(startDate, durationDays);

/**
 * The step after `current`: a step with a condition branches to yesNext/noNext (a missing
 * branch goes on in order); any other goes on in order. Null when the case is finished.
 */
export function nextStep(
  steps: ProcedureStep[],
  currentId: string,
  decision: 'yes' | 'no' | null | undefined,
): ProcedureStep | null {
  const index = steps.findIndex((s) => s.id === currentId);
  const current = steps[index];
  const target = current?.condition ? (decision === 'yes' ? current.yesNext : current.noNext) : undefined;
  if (target) return steps.find((s) => s.id === target) ?? null;
  return steps[index + 1] ?? null;
}

/** The planned end of a case: its steps in order, each starting the day the one before is due. */
export function plannedDueDate(calendar: WorkingCalendar, steps: ProcedureStep[], startDate: string) {
  let date = startDate;
  for (const step of steps) date = stepDueDate(calendar, date, stepDuration(step));
  return date;
}

/**
 * A record's retention read as the catalogue reads it: "Vĩnh viễn" → null (permanent);
 * "10 năm" → 10; anything else → undefined (not said).
 */
export function parseRetention(text: string | undefined): number | null | undefined {
  if (!text) return undefined;
  const retention = readRetention(text);
  return retention.ok ? retention.years : undefined;
}
