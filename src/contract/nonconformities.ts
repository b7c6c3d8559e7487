import { z } from 'zod';
import { INT4_MAX, isoDate, listQuery, page, version } from './common.ts';

/** Sự không phù hợp (ISO 9001:2015, 8.7 and 10.2) and its hành động khắc phục. */
export const ncSources = [
  'internal_audit',
  'external_inspection',
  'work_case',
  'feedback',
  'steering_directive',
  'self_detected',
] as const;
export const ncSource = z.enum(ncSources);
export type NcSource = z.infer<typeof ncSource>;

export const ncGrades = ['major', 'minor'] as const;
export const ncGrade = z.enum(ncGrades);
export type NcGrade = z.infer<typeof ncGrade>;

/**
 * draft → analysed → in_progress (the unit head approved the action plan) →
 * awaiting_verification (every action done) → closed; cancelled from any open state.
 * A recurrence sends a closed record back to awaiting_verification.
 */
export const ncStates = [
  'draft',
  'analysed',
  'in_progress',
  'awaiting_verification',
  'closed',
  'cancelled',
] as const;
export const ncState = z.enum(ncStates);
export type NcState = z.infer<typeof ncState>;

export const ncDecisions = ['correct_only', 'corrective_action'] as const;
export const ncDecision = z.enum(ncDecisions);

export const ncActionKinds = ['correction', 'corrective', 'improvement', 'revise_document'] as const;
export const ncActionKind = z.enum(ncActionKinds);
export type NcActionKind = z.infer<typeof ncActionKind>;

export const ncActionStates = ['open', 'done', 'cancelled'] as const;
export const ncActionState = z.enum(ncActionStates);

export const ncCauseCategories = [
  'people',
  'method',
  'document',
  'equipment',
  'environment',
  'management',
] as const;
export const ncCauseCategory = z.enum(ncCauseCategories);

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1);

/** Where the nonconformity came from: a record of another module, or words (an inspection's minutes). */
export const ncOriginTypes = [
  'audit_finding',
  'work_case',
  'document',
  'directive',
  'inspection',
  'other',
] as const;
export const ncOrigin = z.object({
  /**
   * audit_finding: the internal-audit module's finding (id; shown as a link to /internal-audits/findings/:id);
   * work_case: a case of this agency (id, checked); directive: the steering committee's directive,
   * by its reference in words until that module exists; inspection: the inspection's document
   * number (biên bản, kết luận kiểm tra) in words; other: words.
   */
  type: z.enum(ncOriginTypes),
  id: z.uuid().nullable().default(null),
  label: required(300),
  /** audit_finding: the audit round the finding belongs to. */
  roundId: z.uuid().nullable().optional(),
});
export type NcOrigin = z.infer<typeof ncOrigin>;

export const createNcBody = z.strictObject({
  source: ncSource,
  origin: ncOrigin.nullable().default(null),
  title: required(300),
  description: required(5000),
  /** The requirement not met, in words (a clause of the standard, a procedure step, a legal text). */
  requirement: required(1000),
  clause: text(20).nullable().default(null),
  procedureDocumentId: z.uuid().nullable().default(null),
  unitId: z.uuid(),
  detectedOn: isoDate,
  grade: ncGrade,
});
export type CreateNcBody = z.infer<typeof createNcBody>;

export const analysisBody = z.strictObject({
  version,
  /** Khắc phục tức thời, done before the analysis. */
  correction: z
    .strictObject({ what: required(2000), byName: required(200), on: isoDate })
    .nullable()
    .default(null),
  /** The why-why chain, first why first. */
  whys: z.array(required(1000)).min(1).max(7),
  causeCategories: z.array(ncCauseCategory).min(1).max(ncCauseCategories.length),
  /** Does it exist elsewhere (other units or procedures)? */
  extent: text(2000).default(''),
  decision: ncDecision,
});

export const actionBody = z.strictObject({
  version,
  kind: ncActionKind,
  description: required(2000),
  ownerUnitId: z.uuid(),
  ownerPersonId: z.uuid(),
  /** Due this many working days after today (the agency's calendar). */
  dueInWorkingDays: z.number().int().min(1).max(250),
  /** For "revise a document": the document whose revision this action asks for. */
  documentId: z.uuid().nullable().default(null),
});

export const completeActionBody = z.strictObject({ version, evidence: required(5000) });

export const ncAction = z.enum(['approve_plan', 'verify', 'cancel']);
export type NcAction = z.infer<typeof ncAction>;
export const ncTransitionBody = z.strictObject({
  action: ncAction,
  version,
  /** verify: were the actions effective? Not effective sends the record back to analysed, for a new plan. */
  effective: z.boolean().optional(),
  note: text(2000).optional(),
  /** cancel: why. */
  reason: text(2000).optional(),
});

export const ncListQuery = listQuery.extend({
  state: ncState.optional(),
  unitId: z.uuid().optional(),
  source: ncSource.optional(),
  /** The records that came from this origin (a work case, an audit finding). */
  originId: z.uuid().optional(),
  /** Records with open actions, or with overdue ones (the home page's figures lead here). */
  actions: z.enum(['open', 'overdue']).optional(),
});

/** An evidence file of an action, and the records file (hồ sơ) it was filed in. */
export const ncEvidenceFile = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  addedByName: z.string(),
  createdAt: z.string(),
  /** Where the records keep it: the unit's file of the year (from its catalogue, or opened outside it). */
  recordFile: z
    .object({ id: z.uuid(), fileCode: z.string(), title: z.string(), inCatalogue: z.boolean() })
    .nullable(),
});
export type NcEvidenceFile = z.infer<typeof ncEvidenceFile>;

export const ncActionView = z.object({
  id: z.uuid(),
  kind: ncActionKind,
  description: z.string(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  ownerPersonId: z.uuid(),
  ownerName: z.string(),
  dueDate: isoDate,
  state: ncActionState,
  doneOn: isoDate.nullable(),
  doneByName: z.string().nullable(),
  evidence: z.string().nullable(),
  documentId: z.uuid().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  canComplete: z.boolean(),
  files: z.array(ncEvidenceFile),
});

export const ncSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  source: ncSource,
  grade: ncGrade,
  state: ncState,
  unitId: z.uuid(),
  unitName: z.string(),
  detectedOn: isoDate,
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  recurrenceOfId: z.uuid().nullable(),
  version: z.number().int(),
});
export type NcSummary = z.infer<typeof ncSummary>;
export const ncList = page(ncSummary).extend({ canCreate: z.boolean() });

export const ncDetail = ncSummary.extend({
  origin: ncOrigin.nullable(),
  description: z.string(),
  requirement: z.string(),
  clause: z.string().nullable(),
  procedureDocumentId: z.uuid().nullable(),
  detectedByName: z.string(),
  correction: z.object({ what: z.string(), byName: z.string(), on: isoDate }).nullable(),
  whys: z.array(z.string()),
  causeCategories: z.array(ncCauseCategory),
  extent: z.string(),
  decision: ncDecision.nullable(),
  analysedByName: z.string().nullable(),
  planApprovedByName: z.string().nullable(),
  /** The first day effectiveness may be verified (working days after the last action, by grade). */
  verifiableFrom: isoDate.nullable(),
  verification: z
    .object({ effective: z.boolean(), note: z.string(), byName: z.string(), on: isoDate })
    .nullable(),
  cancelReason: z.string().nullable(),
  /** The earlier record this one recurs, by its number. */
  recurrenceOf: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  recurrences: z.array(z.object({ id: z.uuid(), code: z.string() })),
  actions: z.array(ncActionView),
  abilities: z.object({
    analyse: z.boolean(),
    addAction: z.boolean(),
    approvePlan: z.boolean(),
    verify: z.boolean(),
    cancel: z.boolean(),
    /** Why a step the person's role allows is refused to them (segregation of duties). */
    blocked: z.record(z.string(), z.object({ vi: z.string(), en: z.string() })),
  }),
});
export type NcDetail = z.infer<typeof ncDetail>;

/** Working days to wait after the last action before effectiveness is verified, by grade (the default). */
export const verificationWaitDays: Record<NcGrade, number> = { major: 20, minor: 10 };
/** Working days an action is overdue before the owner unit's head hears of it (the default). */
export const ESCALATE_AFTER_WORKING_DAYS = 5;

/** The agency's follow-up settings, kept by the QMS secretariat. */
export const ncSettingsView = z.object({
  escalateAfterWorkingDays: z.number().int(),
  waitMajorWorkingDays: z.number().int(),
  waitMinorWorkingDays: z.number().int(),
  /** 0 until the agency first saves its own (the defaults apply). */
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type NcSettingsView = z.infer<typeof ncSettingsView>;
const workingDays = (max: number) => z.number().int().min(1).max(max);
export const putNcSettingsBody = z.strictObject({
  escalateAfterWorkingDays: workingDays(60),
  waitMajorWorkingDays: workingDays(250),
  waitMinorWorkingDays: workingDays(250),
  /** The version read (0 before the agency first saved its own). */
  version: z.number().int().min(0).max(INT4_MAX),
});

/** On home: the corrective actions still open, and those past their due date, in the person's reach. */
export const ncHomeFigures = z.object({
  openActions: z.number().int(),
  overdueActions: z.number().int(),
});
export type NcHomeFigures = z.infer<typeof ncHomeFigures>;

/** Where a nonconformity came from, as the register and the phiếu print it. */
export const ncSourceNames: Record<NcSource, { vi: string; en: string }> = {
  internal_audit: { vi: 'Đánh giá nội bộ', en: 'Internal audit' },
  external_inspection: { vi: 'Đoàn kiểm tra', en: 'External inspection' },
  work_case: { vi: 'Xử lý công việc', en: 'Work case' },
  feedback: { vi: 'Phản ánh, kiến nghị', en: 'Feedback, complaint' },
  steering_directive: { vi: 'Chỉ đạo của Ban chỉ đạo ISO', en: 'Steering committee directive' },
  self_detected: { vi: 'Tự phát hiện', en: 'Self-detected' },
};

export const ncStateNames: Record<NcState, { vi: string; en: string }> = {
  draft: { vi: 'Mới ghi nhận', en: 'Recorded' },
  analysed: { vi: 'Đã phân tích nguyên nhân', en: 'Analysed' },
  in_progress: { vi: 'Đang thực hiện hành động', en: 'Actions in progress' },
  awaiting_verification: { vi: 'Chờ xác nhận hiệu quả', en: 'Awaiting verification' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const ncMeasuresQuery = z.strictObject({
  /** Default: 1 January of this year to today, or the latest year with data (platform/period.ts). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
});

export const ncFigures = z.object({
  /** Detected in the period. */
  opened: z.number().int(),
  /** Closed (verified effective) in the period. */
  closed: z.number().int(),
  /** Of those closed, every action done by its due date. */
  closedOnTime: z.number().int(),
  /** closedOnTime / closed, in %; null when nothing closed. */
  onTimeRate: z.number().nullable(),
  /** Working days from detection to closing, on average; null when nothing closed. */
  avgWorkingDaysToClose: z.number().nullable(),
  /** Open at the end of the period, by age in calendar days. */
  open: z.number().int(),
  openByAge: z.object({ upTo30: z.number().int(), upTo90: z.number().int(), over90: z.number().int() }),
  /** Detected in the period and recurring an earlier record. */
  recurrences: z.number().int(),
});
export type NcFigures = z.infer<typeof ncFigures>;

export const ncMeasures = z.object({
  from: isoDate,
  to: isoDate,
  total: ncFigures,
  units: z.array(ncFigures.extend({ unitId: z.uuid(), unitName: z.string() })),
  bySource: z.array(z.object({ source: ncSource, opened: z.number().int() })),
  byClause: z.array(z.object({ clause: z.string(), opened: z.number().int() })),
});
export type NcMeasures = z.infer<typeof ncMeasures>;

/** Việc của tôi: the nonconformity work waiting for the person. */
export const ncWork = z.object({
  actions: z.array(
    z.object({
      nonconformityId: z.uuid(),
      code: z.string(),
      title: z.string(),
      actionId: z.uuid(),
      description: z.string(),
      dueDate: isoDate,
      overdue: z.boolean(),
    }),
  ),
  toApprove: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string(), unitName: z.string() })),
  toVerify: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      unitName: z.string(),
      verifiableFrom: isoDate,
    }),
  ),
});
export type NcWork = z.infer<typeof ncWork>;

export const ncGradeNames: Record<NcGrade, { vi: string; en: string }> = {
  major: { vi: 'Nặng', en: 'Major' },
  minor: { vi: 'Nhẹ', en: 'Minor' },
};
export const ncDecisionNames: Record<(typeof ncDecisions)[number], { vi: string; en: string }> = {
  correct_only: { vi: 'Chỉ khắc phục tức thời', en: 'Correction only' },
  corrective_action: { vi: 'Thực hiện hành động khắc phục', en: 'Corrective action' },
};
export const ncActionKindNames: Record<NcActionKind, { vi: string; en: string }> = {
  correction: { vi: 'Khắc phục tức thời', en: 'Correction' },
  corrective: { vi: 'Hành động khắc phục', en: 'Corrective action' },
  improvement: { vi: 'Cải tiến', en: 'Improvement' },
  revise_document: { vi: 'Sửa đổi tài liệu', en: 'Revise a document' },
};
export const ncActionStateNames: Record<(typeof ncActionStates)[number], { vi: string; en: string }> = {
  open: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};
export const ncCauseNames: Record<(typeof ncCauseCategories)[number], { vi: string; en: string }> = {
  people: { vi: 'Con người', en: 'People' },
  method: { vi: 'Phương pháp, cách làm', en: 'Method' },
  document: { vi: 'Tài liệu, quy trình', en: 'Documents, procedures' },
  equipment: { vi: 'Trang thiết bị', en: 'Equipment' },
  environment: { vi: 'Môi trường làm việc', en: 'Work environment' },
  management: { vi: 'Quản lý, điều hành', en: 'Management' },
};
