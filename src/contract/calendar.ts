import { z } from 'zod';
import { isoDate, version } from './common.ts';

export const calendarDayKind = z.enum(['holiday', 'working_day']);
export const calendarDayView = z.object({
  date: z.string(),
  kind: calendarDayKind,
  nameVi: z.string(),
  nameEn: z.string(),
  version: z.number().int(),
});
export type CalendarDayView = z.infer<typeof calendarDayView>;
export const calendarYearQuery = z.object({ year: z.coerce.number().int().min(1900).max(2199) });
export const putCalendarDayBody = z.object({
  kind: calendarDayKind,
  nameVi: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().max(200).optional(),
  /** Required when the day is already listed (optimistic concurrency). */
  version: version.optional(),
});
export const dateParams = z.object({ date: isoDate });
export const workingDaysQuery = z.object({
  from: isoDate,
  days: z.coerce.number().int().min(0).max(3650).optional(),
  to: isoDate.optional(),
});
export const workingDaysResult = z.object({
  from: z.string(),
  dueDate: z.string().nullable(),
  workingDays: z.number().int().nullable(),
});

export const calendarDayKindNames: Record<z.infer<typeof calendarDayKind>, { vi: string; en: string }> = {
  holiday: { vi: 'Ngày nghỉ', en: 'Day off' },
  working_day: { vi: 'Ngày làm việc bù', en: 'Swapped working day' },
};
