// Calendar days (YYYY-MM-DD) and moments in Asia/Ho_Chi_Minh for the demo's backdated history.
import dayjs from 'dayjs';

/** A moment on `day` in Vietnam (UTC+7, no daylight saving), `minutes` after midnight. */
export const vietnamTime = (day: string, minutes: number) =>
  new Date(
    Date.UTC(
      Number(day.slice(0, 4)),
      Number(day.slice(5, 7)) - 1,
      Number(day.slice(8, 10)),
      0,
      minutes - 7 * 60,
    ),
  );

export const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Calendar arithmetic on YYYY-MM-DD days. */
export const addDays = (day: string, n: number) => dayjs(day).add(n, 'day').format('YYYY-MM-DD');
export const addMonths = (day: string, n: number) => dayjs(day).add(n, 'month').format('YYYY-MM-DD');
export const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');

/** A day `days` calendar days before `date` (the loader moves it onto a working day). */
export const daysBefore = (date: string, days: number) => addDays(date, -days);
