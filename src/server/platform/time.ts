/** One formatter: building an Intl.DateTimeFormat costs more than the formatting. */
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today's calendar day in Asia/Ho_Chi_Minh as YYYY-MM-DD (the server may run in UTC). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}
