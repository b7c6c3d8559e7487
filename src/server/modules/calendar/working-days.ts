import type { CalendarDay } from './default-holidays.ts';
import { fromJulianDay, julianDay } from './lunar.ts';

export type WorkingCalendar = {
  isWorkingDay(date: string): boolean;
  addWorkingDays(start: string, n: number): string;
  countWorkingDays(from: string, to: string): number;
  nextWorkingDay(date: string): string;
};

/**
 * Working-day arithmetic used for every deadline in the product. Saturdays and Sundays are days off
 * unless listed as 'working_day'; dates listed as 'holiday' are days off (a later entry for the same
 * date overrides an earlier one).
 *
 * - addWorkingDays(start, n), n > 0: the n-th working day strictly after `start` (the due date of a task
 *   that starts on `start` and takes n working days); n = 0: `start` if it is a working day, else the
 *   next one; n < 0: the |n|-th working day strictly before `start`.
 * - countWorkingDays(from, to): the number of working days in (from, to]; negative, -count(to, from),
 *   when to < from. Hence countWorkingDays(d, addWorkingDays(d, n)) === n for n ≥ 1, and for n = 0 when
 *   d is a working day.
 * - nextWorkingDay(date): the first working day strictly after `date`.
 */
export function createWorkingCalendar(days: CalendarDay[]): WorkingCalendar {
  const overrides = new Map<number, boolean>();
  for (const day of days) overrides.set(julianDay(day.date), day.kind === 'working_day');

  // Julian day number 0 is a Monday, so jd % 7 is 5 on Saturdays and 6 on Sundays.
  const isWorking = (jd: number) => overrides.get(jd) ?? jd % 7 < 5;

  const step = (jd: number, n: number) => {
    const dir = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0; ) {
      jd += dir;
      if (isWorking(jd)) left--;
    }
    return jd;
  };

  return {
    isWorkingDay: (date) => isWorking(julianDay(date)),

    addWorkingDays(start, n) {
      if (!Number.isInteger(n)) throw new RangeError(`Not an integer number of days: ${n}`);
      const jd = julianDay(start);
      return fromJulianDay(n === 0 && isWorking(jd) ? jd : step(jd, n === 0 ? 1 : n));
    },

    countWorkingDays(from, to) {
      const a = julianDay(from);
      const b = julianDay(to);
      let count = 0;
      for (let jd = Math.min(a, b) + 1; jd <= Math.max(a, b); jd++) if (isWorking(jd)) count++;
      return b < a ? -count : count;
    },

    nextWorkingDay: (date) => fromJulianDay(step(julianDay(date), 1)),
  };
}
