import { z } from 'zod';
import { isoDate } from './common.ts';

/** GET /api/v1/reports/case-measures: the period defaults to this year to today (or the whole of the latest year with cases, when this year has none yet: platform/period.ts). */
export const caseMeasuresQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** The unit and the units below it. */
    unitId: z.uuid().optional(),
    /** A procedure (its document id). */
    procedureId: z.uuid().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'date.order' });
export type CaseMeasuresQuery = z.infer<typeof caseMeasuresQuery>;

/** The exports: the same query, and for the báo cáo (DOCX, PDF) the địa danh before its date. */
export const caseMeasuresPaperQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    unitId: z.uuid().optional(),
    procedureId: z.uuid().optional(),
    place: z.string().trim().min(1).max(60).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'date.order' });

/** A share from 0 to 1; null when there is nothing to divide by. */
const rate = z.number().min(0).max(1).nullable();

/**
 * The figures of a set of cases (definitions in measures.service.ts and the page's help):
 * period figures count cases and steps by the day they started, closed or were done;
 * "now" figures (overdue) ignore the period. Cancelled cases are left out of every figure.
 */
export const caseFigures = z.object({
  started: z.number().int(),
  startedWithFile: z.number().int(),
  fileOpenedAtStartRate: rate,
  finished: z.number().int(),
  finishedOnTime: z.number().int(),
  onTimeRate: rate,
  /** Average working days a case took, start to closing, of the cases finished in the period (1 decimal). */
  avgWorkingDaysPerCase: z.number().nullable(),
  stepsDone: z.number().int(),
  stepsDoneOnTime: z.number().int(),
  stepOnTimeRate: rate,
  /** Average working days a step took, of the steps done in the period (1 decimal). */
  avgWorkingDaysPerStep: z.number().nullable(),
  overdueSteps: z.number().int(),
  overdueCases: z.number().int(),
  /** Cases finished in the period whose file is still open. */
  filesLeftOpen: z.number().int(),
});
export type CaseFigures = z.infer<typeof caseFigures>;

export const caseMeasures = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  unitId: z.uuid().nullable(),
  procedureId: z.uuid().nullable(),
  totals: caseFigures,
  byUnit: z.array(caseFigures.extend({ unitId: z.uuid(), unitName: z.string(), depth: z.number().int() })),
  byProcedure: z.array(caseFigures.extend({ procedureId: z.uuid(), code: z.string(), title: z.string() })),
  /** Every month of the period, "YYYY-MM"; overdue figures are 0 (they are "now" figures). */
  byMonth: z.array(caseFigures.extend({ month: z.string() })),
});
export type CaseMeasures = z.infer<typeof caseMeasures>;

/** Columns of the tables and the workbook, in order. */
export const caseFigureKeys = [
  'started',
  'finished',
  'finishedOnTime',
  'onTimeRate',
  'avgWorkingDaysPerCase',
  'stepsDone',
  'stepOnTimeRate',
  'avgWorkingDaysPerStep',
  'overdueSteps',
  'overdueCases',
  'fileOpenedAtStartRate',
  'filesLeftOpen',
] as const;
export type CaseFigureKey = (typeof caseFigureKeys)[number];
/** The figures that are averages of working days (one decimal, not a count). */
export const workingDayKeys: CaseFigureKey[] = ['avgWorkingDaysPerCase', 'avgWorkingDaysPerStep'];
export const rateKeys: CaseFigureKey[] = ['onTimeRate', 'stepOnTimeRate', 'fileOpenedAtStartRate'];

export const caseFigureNames: Record<CaseFigureKey, { vi: string; en: string }> = {
  started: { vi: 'Công việc bắt đầu', en: 'Cases started' },
  finished: { vi: 'Công việc hoàn thành', en: 'Cases finished' },
  finishedOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Finished on time' },
  onTimeRate: { vi: 'Tỷ lệ công việc đúng hạn', en: 'On-time rate (cases)' },
  avgWorkingDaysPerCase: {
    vi: 'Số ngày làm việc bình quân mỗi công việc',
    en: 'Avg working days per case',
  },
  stepsDone: { vi: 'Bước đã xử lý', en: 'Steps done' },
  stepOnTimeRate: { vi: 'Tỷ lệ bước đúng hạn', en: 'On-time rate (steps)' },
  avgWorkingDaysPerStep: { vi: 'Số ngày làm việc bình quân mỗi bước', en: 'Avg working days per step' },
  overdueSteps: { vi: 'Bước đang quá hạn', en: 'Steps overdue now' },
  overdueCases: { vi: 'Công việc đang có bước quá hạn', en: 'Cases overdue now' },
  fileOpenedAtStartRate: { vi: 'Tỷ lệ lập hồ sơ ngay khi bắt đầu', en: 'File opened at start' },
  filesLeftOpen: { vi: 'Hồ sơ chưa đóng sau khi xong việc', en: 'Files left open after the work' },
};
