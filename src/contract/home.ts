import { z } from 'zod';
import { ncHomeFigures } from './nonconformities.ts';

/** The QMS at a glance for one unit (or in total): each figure links to the list behind it. */
export const qmsFigures = z.object({
  /** Cases finished this year on time, as a share of those finished (null: none finished). */
  onTimeRate: z.number().min(0).max(1).nullable(),
  finished: z.number().int(),
  /** Steps of open cases past their due date, now. */
  overdueSteps: z.number().int(),
  /** Document versions sent to leadership and not yet approved, now. */
  awaitingApproval: z.number().int(),
  /** Documents in force whose periodic review is overdue, now. */
  reviewsOverdue: z.number().int(),
  /** Cases started this year whose file was not opened the day the work started. */
  notOpenedAtStart: z.number().int(),
  started: z.number().int(),
});
export type QmsFigures = z.infer<typeof qmsFigures>;

export const qmsByUnit = z.object({
  /** The period of the case figures: 1 January of this year to today. */
  from: z.string(),
  to: z.string(),
  units: z.array(qmsFigures.extend({ unitId: z.uuid(), unitName: z.string(), depth: z.number().int() })),
  totals: qmsFigures,
  /**
   * Where overdue steps lead: the cases list for those who see whole units' cases there
   * (secretariat, unit heads, ISO officers), the case measures by unit for the others.
   */
  overdueList: z.enum(['cases', 'measures']),
});
export type QmsByUnit = z.infer<typeof qmsByUnit>;

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
  /** Leadership, the secretariat, steering committee members and unit heads: the QMS by unit. */
  qms: qmsByUnit.nullable(),
  /** The secretariat, leadership and unit heads: corrective actions open and overdue in their units. */
  correctiveActions: ncHomeFigures.nullable(),
});
export type HomeSummary = z.infer<typeof homeSummary>;
