/** Today's calendar day in Asia/Ho_Chi_Minh as YYYY-MM-DD (the server may run in UTC). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
