/** One formatter: building an Intl.DateTimeFormat costs more than the formatting. */
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's calendar day in Asia/Ho_Chi_Minh as YYYY-MM-DD (the server may run in UTC). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}

const DAY_MS = 86_400_000;

/** A calendar day (YYYY-MM-DD) plus `days` calendar days (negative: before). */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from one day (YYYY-MM-DD) to another; negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
