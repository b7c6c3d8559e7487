export const calendarKey = (year: number) => ['calendar', year];
