/*
 * The calendar module's public surface: other modules import only this file.
 * Every deadline counts working days of the agency's calendar (workingCalendarFor).
 */
export { calendarWithDays, workingCalendarFor } from './calendar.service.ts';
export type { WorkingCalendar } from './working-days.ts';
