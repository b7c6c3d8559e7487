import { z } from 'zod';

/** The figures on the home page; each links to the list behind it. */
export const homeSummary = z.object({
  activeUnits: z.number().int(),
  activePeople: z.number().int(),
  lockedAccounts: z.number().int(),
  myRoles: z.number().int(),
  /** Only for those who may read the audit trail. */
  auditEventsToday: z.number().int().nullable(),
  upcomingHolidays: z.array(z.object({ date: z.string(), nameVi: z.string(), nameEn: z.string() })),
  workingDaysLeftInYear: z.number().int(),
});
export type HomeSummary = z.infer<typeof homeSummary>;
