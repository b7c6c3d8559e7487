import { z } from 'zod';
import { INT4_MAX, isoDate, version } from './common.ts';

/** Mục tiêu chất lượng (ISO 9001:2015, 6.2) and their chỉ số (9.1), per agency and year. */
export const objectiveStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export const objectiveState = z.enum(objectiveStates);
export type ObjectiveState = z.infer<typeof objectiveState>;

export const objectiveStateNames: Record<ObjectiveState, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Chờ phê duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại', en: 'Returned' },
};

/** Words of an indicator's coded fields, as the audit trail shows them. */
export const indicatorFrequencyNames: Record<string, { vi: string; en: string }> = {
  month: { vi: 'Hằng tháng', en: 'Monthly' },
  quarter: { vi: 'Hằng quý', en: 'Quarterly' },
  half_year: { vi: '6 tháng', en: 'Half-yearly' },
  year: { vi: 'Hằng năm', en: 'Yearly' },
};
export const indicatorSourceNames: Record<string, { vi: string; en: string }> = {
  computed: { vi: 'Tính tự động từ dữ liệu', en: 'Computed from the data' },
  manual: { vi: 'Nhập tay, kèm bằng chứng', en: 'Entered by hand, with evidence' },
};
export const indicatorDirectionNames: Record<string, { vi: string; en: string }> = {
  gte: { vi: 'Càng cao càng tốt (≥ chỉ tiêu)', en: 'Higher is better (≥ target)' },
  lte: { vi: 'Càng thấp càng tốt (≤ chỉ tiêu)', en: 'Lower is better (≤ target)' },
};
/** A manual value's state. */
export const valueStateNames: Record<string, { vi: string; en: string }> = {
  entered: { vi: 'Chờ phê duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
};

export const indicatorDirections = ['gte', 'lte'] as const;
export const indicatorDirection = z.enum(indicatorDirections);
export type IndicatorDirection = z.infer<typeof indicatorDirection>;

export const indicatorFrequencies = ['month', 'quarter', 'half_year', 'year'] as const;
export const indicatorFrequency = z.enum(indicatorFrequencies);
export type IndicatorFrequency = z.infer<typeof indicatorFrequency>;

export const indicatorSources = ['computed', 'manual'] as const;
export const indicatorSource = z.enum(indicatorSources);

/**
 * The measures an indicator may be computed from, each per period by the function the
 * reports use (cases' caseMeasures, nonconformities' ncMeasures):
 * - case_on_time_rate: % of cases finished in the period with no step late (unit / procedure);
 * - case_avg_working_days_per_step: average working days a step took, of the steps done in the period;
 * - case_avg_working_days_per_case (thời gian giải quyết trung bình một công việc): average working
 *   days a case took from its start to its closing, of the cases finished in the period, in the
 *   agency's calendar (unit / procedure; lower is better);
 * - case_file_opened_at_start_rate: % of cases started in the period whose file was opened the day the work started;
 * - nc_closed_on_time_rate: % of nonconformities closed in the period with every action done by its due date;
 * - documents_reviewed_on_time_rate: % of the periodic reviews due in the period (documents owned by
 *   the unit; due one review interval after the version took effect or after the last "no change"
 *   review; only due dates already past or answered) that were done on or before their due date
 *   (documents' reviewsDueInPeriod);
 * - audit_programme_completion_rate: % of the unit audits the approved internal audit programme
 *   planned in the period (each unit in the scope of a round whose planned month begins in it)
 *   that were done by the period's last day (internal-audits' auditProgrammeCompletion);
 * - acknowledgements_rate: % of the acknowledgements asked of the unit's people for the versions
 *   that came into force in the period (new documents and revisions) that were given by the
 *   period's last day (documents' acknowledgementsOfNewVersions);
 * - files_closed_after_work_rate: % of the unit's record files whose work ended in the period (a
 *   file's end date; a file still open: 31/12 of its year, once past) that were closed by the
 *   period's last day (records' filesClosedAfterWork).
 */
export const objectiveMeasures = [
  'case_on_time_rate',
  'case_avg_working_days_per_step',
  'case_avg_working_days_per_case',
  'case_file_opened_at_start_rate',
  'nc_closed_on_time_rate',
  'documents_reviewed_on_time_rate',
  'audit_programme_completion_rate',
  'acknowledgements_rate',
  'files_closed_after_work_rate',
] as const;

/** The measures that read cases and so may be narrowed to one procedure. */
export const procedureMeasures: readonly ObjectiveMeasureName[] = [
  'case_on_time_rate',
  'case_avg_working_days_per_step',
  'case_avg_working_days_per_case',
  'case_file_opened_at_start_rate',
];
/** The measures counted in working days (the others are percentages); lower is better. */
export const workingDayMeasures: readonly ObjectiveMeasureName[] = [
  'case_avg_working_days_per_step',
  'case_avg_working_days_per_case',
];
type ObjectiveMeasureName = (typeof objectiveMeasures)[number];
export const objectiveMeasure = z.enum(objectiveMeasures);
export type ObjectiveMeasure = z.infer<typeof objectiveMeasure>;

/** A measure's name, as the audit trail shows it (the indicator form's labels are in the web i18n). */
export const objectiveMeasureNames: Record<ObjectiveMeasure, { vi: string; en: string }> = {
  case_on_time_rate: { vi: 'Tỷ lệ công việc giải quyết đúng hạn', en: 'Cases finished on time' },
  case_avg_working_days_per_step: {
    vi: 'Số ngày làm việc bình quân mỗi bước',
    en: 'Average working days per step',
  },
  case_avg_working_days_per_case: {
    vi: 'Thời gian giải quyết trung bình một công việc (ngày làm việc)',
    en: 'Average working days per case',
  },
  case_file_opened_at_start_rate: {
    vi: 'Tỷ lệ hồ sơ được lập khi bắt đầu công việc',
    en: 'Files opened at the start of the work',
  },
  nc_closed_on_time_rate: {
    vi: 'Tỷ lệ sự không phù hợp khắc phục đúng hạn',
    en: 'Nonconformities closed on time',
  },
  documents_reviewed_on_time_rate: {
    vi: 'Tỷ lệ tài liệu được rà soát định kỳ đúng hạn',
    en: 'Documents reviewed on time',
  },
  audit_programme_completion_rate: {
    vi: 'Tỷ lệ hoàn thành chương trình đánh giá nội bộ',
    en: 'Internal audit programme completed',
  },
  acknowledgements_rate: {
    vi: 'Tỷ lệ xác nhận đã đọc tài liệu mới ban hành',
    en: 'New documents acknowledged',
  },
  files_closed_after_work_rate: {
    vi: 'Tỷ lệ hồ sơ được kết thúc khi công việc kết thúc',
    en: 'Files closed when the work ended',
  },
};

export const indicatorStatuses = ['met', 'at_risk', 'missed'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];
export const indicatorStatusNames: Record<IndicatorStatus, { vi: string; en: string }> = {
  met: { vi: 'Đạt', en: 'Met' },
  at_risk: { vi: 'Có nguy cơ', en: 'At risk' },
  missed: { vi: 'Không đạt', en: 'Missed' },
};

/** How close to the target counts as "close": 5 % of the target (or 5 units of a target of 0… its absolute value). */
export const AT_RISK_BAND = 0.05;

/**
 * The status of a value against its target, given the previous period's value (the trend):
 * 1. The value reaches the target (≥ for gte, ≤ for lte) → met; but if it is within the band
 *    (5 % of the target) of the target and worse than the previous period → at_risk (đạt
 *    nhưng đang xấu đi, sát ngưỡng).
 * 2. The value misses the target by no more than the band and is better than the previous
 *    period → at_risk (chưa đạt nhưng đang tiến gần).
 * 3. Otherwise → missed. A period with no value (nothing to measure) has no status (null).
 */
export function indicatorStatus(
  direction: IndicatorDirection,
  target: number,
  value: number | null,
  previous: number | null = null,
): IndicatorStatus | null {
  if (value === null) return null;
  const sign = direction === 'gte' ? 1 : -1;
  /** Positive: the value is on the good side of the target, by that much. */
  const margin = sign * (value - target);
  const band = Math.abs(target) * AT_RISK_BAND || AT_RISK_BAND;
  const better = previous !== null && sign * (value - previous) > 0;
  const worse = previous !== null && sign * (value - previous) < 0;
  if (margin >= 0) return worse && margin <= band ? 'at_risk' : 'met';
  return better && -margin <= band ? 'at_risk' : 'missed';
}

/** An objective's status: the worst of its indicators' latest statuses; null when none has one. */
export function objectiveStatus(statuses: Array<IndicatorStatus | null>): IndicatorStatus | null {
  const known = statuses.filter((s): s is IndicatorStatus => s !== null);
  if (!known.length) return null;
  if (known.includes('missed')) return 'missed';
  if (known.includes('at_risk')) return 'at_risk';
  return 'met';
}

/** The periods of a year at a frequency: [start, end] both included, in order. */
export function periodsOf(
  year: number,
  frequency: IndicatorFrequency,
): Array<{ start: string; end: string }> {
  const months = { month: 1, quarter: 3, half_year: 6, year: 12 }[frequency];
  const pad = (n: number) => String(n).padStart(2, '0');
  const periods: Array<{ start: string; end: string }> = [];
  for (let m = 1; m <= 12; m += months) {
    const last = m + months - 1;
    const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
    periods.push({ start: `${year}-${pad(m)}-01`, end: `${year}-${pad(last)}-${pad(lastDay)}` });
  }
  return periods;
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const createObjectiveBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** null: the agency's objective. */
  unitId: z.uuid().nullable(),
  parentId: z.uuid().nullable().optional(),
  title: text(500),
  description: z.string().trim().max(4000).optional(),
  ownerPersonId: z.uuid(),
  documentId: z.uuid().nullable().optional(),
});
export type CreateObjectiveBody = z.infer<typeof createObjectiveBody>;

export const objectiveTransitionBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('submit'), version }),
  z.strictObject({ action: z.literal('approve'), version, password: z.string().min(1).max(200) }),
  z.strictObject({ action: z.literal('return'), version, reason: text(2000) }),
]);

export const indicatorBody = z
  .strictObject({
    version,
    name: text(300),
    formula: text(1000),
    unit: text(40),
    direction: indicatorDirection,
    target: z.number().finite().min(-1e12).max(1e12),
    frequency: indicatorFrequency,
    source: indicatorSource,
    measure: objectiveMeasure.nullable().optional(),
    params: z.strictObject({ unitId: z.uuid().optional(), procedureId: z.uuid().optional() }).optional(),
  })
  .refine((b) => b.source === 'manual' || Boolean(b.measure), { path: ['measure'], message: 'required' });

/**
 * A manual indicator's value for one period, entered by the objective's owner (or whoever
 * drafts it) with its evidence, which the unit head (leadership for the agency's) reads before
 * approving. The evidence is a note (what the value was counted from), a file (PDF, DOCX, XLSX,
 * JPEG or PNG: minutes, a survey summary), or both — at least one: with neither the request is
 * refused (400 on `evidenceNote`) and nothing is written. The body is JSON, or multipart with the
 * same fields and the file in "file"; the file is filed in the unit's records file for its
 * objectives (the records catalogue's entry on quality objectives, else a file opened outside
 * the catalogue). Entering a period again, before approval, replaces its value and note; without
 * a new file the earlier entry's file stays its evidence.
 */
export const manualValueBody = z.strictObject({
  periodStart: isoDate,
  value: z.number().finite().min(-1e12).max(1e12),
  evidenceNote: z.string().trim().max(2000).optional(),
});
/** The same fields as multipart form fields: text, the value read as a number. */
export const manualValueForm = manualValueBody.extend({
  value: z.coerce.number().finite().min(-1e12).max(1e12),
});
/** A manual value's evidence file, downloaded at /api/v1/objectives/values/{id}/evidence. */
export const valueEvidenceFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  /** The records file (hồ sơ) it was filed in. */
  recordFile: z.object({ id: z.uuid(), fileCode: z.string() }).nullable(),
});

/** Open a nonconformity for a missed period of an indicator. */
export const raiseNcBody = z.strictObject({ periodStart: isoDate });
export const raisedNc = z.object({ id: z.uuid(), code: z.string() });

export const approveValueBody = z.strictObject({ version });

export const objectiveActionBody = z.strictObject({
  version,
  description: text(1000),
  ownerPersonId: z.uuid(),
  dueInWorkingDays: z.number().int().min(1).max(INT4_MAX),
});

export const indicatorPeriodValue = z.object({
  periodStart: z.string(),
  periodEnd: z.string(),
  value: z.number().nullable(),
  status: z.enum(indicatorStatuses).nullable(),
  /** Manual values: the entry, and whether the unit head approved it (only approved ones count). */
  entry: z
    .object({
      id: z.uuid(),
      value: z.number(),
      /** The evidence in words; '' when the file is the evidence. */
      evidenceNote: z.string(),
      evidenceFile: valueEvidenceFile.nullable(),
      enteredBy: z.string(),
      state: z.enum(['entered', 'approved']),
      approvedBy: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
});
export type IndicatorPeriodValue = z.infer<typeof indicatorPeriodValue>;

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const indicatorView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  name: z.string(),
  formula: z.string(),
  unit: z.string(),
  direction: indicatorDirection,
  target: z.number(),
  frequency: indicatorFrequency,
  source: indicatorSource,
  measure: objectiveMeasure.nullable(),
  params: z.object({ unitId: z.uuid().optional(), procedureId: z.uuid().optional() }),
  /** The periods of the year begun by today, oldest first. */
  values: z.array(indicatorPeriodValue),
  /** The latest period's status that has one. */
  status: z.enum(indicatorStatuses).nullable(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const objectiveSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  year: z.number().int(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  title: z.string(),
  state: objectiveState,
  owner: person,
  status: z.enum(indicatorStatuses).nullable(),
  indicatorCount: z.number().int(),
});
export type ObjectiveSummary = z.infer<typeof objectiveSummary>;

/** How many of an indicator's latest periods the year's tree draws as a sparkline. */
export const SPARKLINE_PERIODS = 6;

/** An objective in the year's tree: its indicators' latest values (up to SPARKLINE_PERIODS periods, oldest first). */
export const objectiveListItem = objectiveSummary.extend({
  trends: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      unit: z.string(),
      values: z.array(
        z.object({ periodStart: z.string(), periodEnd: z.string(), value: z.number().nullable() }),
      ),
    }),
  ),
});
export type ObjectiveListItem = z.infer<typeof objectiveListItem>;

export const objectiveList = z.object({
  year: z.number().int(),
  items: z.array(objectiveListItem),
  /** The person drafts objectives somewhere (a unit's ISO officer, the agency's secretariat). */
  canDraft: z.boolean(),
});
export const objectiveListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const objectiveDetail = objectiveSummary.extend({
  description: z.string(),
  documentId: z.uuid().nullable(),
  documentName: z.string().nullable(),
  draftedBy: person,
  approvedBy: person,
  approvedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  indicators: z.array(indicatorView),
  actions: z.array(
    z.object({
      id: z.uuid(),
      description: z.string(),
      owner: person,
      dueDate: z.string(),
      done: z.boolean(),
      doneOn: z.string().nullable(),
    }),
  ),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    enterValue: z.boolean(),
    approveValue: z.boolean(),
    /** Add actions to the plan (whoever drafts the objective, in any state). */
    plan: z.boolean(),
    /** Open a nonconformity from a missed period (the unit's keepers; nonconformities decide). */
    raiseNc: z.boolean(),
  }),
});
export type ObjectiveDetail = z.infer<typeof objectiveDetail>;

/** Việc của tôi: my open plan actions (kế hoạch thực hiện mục tiêu), overdue first, then by due date. */
export const planActionWork = z.object({
  actions: z.array(
    z.object({
      id: z.uuid(),
      objectiveId: z.uuid(),
      objectiveTitle: z.string(),
      year: z.number().int(),
      unitName: z.string().nullable(),
      description: z.string(),
      dueDate: z.string(),
      overdue: z.boolean(),
    }),
  ),
});
export type PlanActionWork = z.infer<typeof planActionWork>;

/** Whether the agency publishes its public page (công khai); version 0 until first saved. */
export const publicPageSettingsView = z.object({
  enabled: z.boolean(),
  version: z.number().int().min(0),
  /** The page's address path, e.g. /public/BTTTT. */
  path: z.string(),
  canEdit: z.boolean(),
});
export type PublicPageSettingsView = z.infer<typeof publicPageSettingsView>;
export const putPublicPageSettingsBody = z.strictObject({
  enabled: z.boolean(),
  version: z.number().int().min(0).max(INT4_MAX),
});

/** The periods a "Báo cáo kết quả thực hiện mục tiêu chất lượng" covers within a year. */
export const reportPeriods = ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'] as const;
export const reportPeriodNames: Record<(typeof reportPeriods)[number], string> = {
  year: 'Năm',
  h1: '6 tháng đầu',
  h2: '6 tháng cuối',
  q1: 'Quý I',
  q2: 'Quý II',
  q3: 'Quý III',
  q4: 'Quý IV',
};
export const objectivesReportQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  period: z.enum(reportPeriods).default('year'),
  /** Địa danh before the paper's date (default Hà Nội). */
  place: z.string().trim().min(1).max(60).optional(),
});

/** The first and last day of a report period of a year. */
export function reportPeriodRange(year: number, period: (typeof reportPeriods)[number]) {
  const months: Record<typeof period, [number, number]> = {
    year: [1, 12],
    h1: [1, 6],
    h2: [7, 12],
    q1: [1, 3],
    q2: [4, 6],
    q3: [7, 9],
    q4: [10, 12],
  };
  const [first, last] = months[period];
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}
