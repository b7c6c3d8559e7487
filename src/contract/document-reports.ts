import { z } from 'zod';
import { isoDate, listQuery, version } from './common.ts';
import { changeKind, documentType, versionState } from './documents.ts';

/** The sections of a document; procedures number them 1–7 in the usual Vietnamese layout. */
export const documentSections = [
  'title',
  'purpose',
  'scope',
  'references',
  'definitions',
  'steps',
  'forms',
  'records',
  'body',
] as const;
export const documentSection = z.enum(documentSections);
export type DocumentSection = z.infer<typeof documentSection>;
export const documentSectionNames: Record<
  DocumentSection,
  { number: number | null; vi: string; en: string }
> = {
  title: { number: null, vi: 'Tên tài liệu', en: 'Title' },
  purpose: { number: 1, vi: 'Mục đích', en: 'Purpose' },
  scope: { number: 2, vi: 'Phạm vi áp dụng', en: 'Scope' },
  references: { number: 3, vi: 'Tài liệu viện dẫn', en: 'Referenced documents' },
  definitions: { number: 4, vi: 'Định nghĩa, từ viết tắt', en: 'Definitions and abbreviations' },
  steps: { number: 5, vi: 'Nội dung quy trình', en: 'Procedure steps' },
  forms: { number: 6, vi: 'Biểu mẫu', en: 'Forms' },
  records: { number: 7, vi: 'Hồ sơ cần lưu', en: 'Records to keep' },
  body: { number: null, vi: 'Nội dung', en: 'Body' },
};

// ---- Revision history (mục lục sửa đổi) and diff ----

export const historyRow = z.object({
  versionId: z.uuid(),
  issueNo: z.number().int(),
  changeKind,
  state: versionState,
  issueDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  decisionNo: z.string().nullable(),
  /** What changed (the drafter's summary, else the reason of the change request). */
  changeSummary: z.string(),
  /** The legal text that called for this issue (căn cứ pháp lý), when recorded. */
  legalBasis: z.string().nullable(),
  /** Where: the sections that differ from the previous issue, e.g. "Mục 5 (bước 2, 3); Mục 7". */
  where: z.string(),
  changedSections: z.array(documentSection),
});
export type HistoryRow = z.infer<typeof historyRow>;
export const documentHistory = z.object({
  documentId: z.uuid(),
  code: z.string(),
  title: z.string(),
  /** Issued versions, oldest first. */
  rows: z.array(historyRow),
});

export const diffQuery = z.object({ against: z.uuid() });

export const textSegment = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type TextSegment = z.infer<typeof textSegment>;
const fieldValue = z.union([z.string(), z.number(), z.null()]);
export const fieldChange = z.object({
  field: z.string(),
  from: fieldValue,
  to: fieldValue,
  /** Word-level changes when both sides are text. */
  segments: z.array(textSegment).optional(),
});
export type FieldChange = z.infer<typeof fieldChange>;
export const itemChange = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  /** What matches items across versions: a step's id, a definition's term, a record's name… */
  key: z.string(),
  label: z.string(),
  /** 1-based places in the lists of the two versions. */
  fromPosition: z.number().int().nullable(),
  toPosition: z.number().int().nullable(),
  /** Added: every field from null; removed: every field to null; changed: the fields that differ. */
  fields: z.array(fieldChange),
});
export type ItemChange = z.infer<typeof itemChange>;
export const sectionDiff = z.object({
  section: documentSection,
  number: z.number().int().nullable(),
  changed: z.boolean(),
  /** Text sections (title, purpose, scope, body). */
  text: z.array(textSegment).optional(),
  /** List sections: only the items that differ. */
  items: z.array(itemChange).optional(),
  unchangedItems: z.number().int().optional(),
});
export type SectionDiff = z.infer<typeof sectionDiff>;
const versionRef = z.object({
  id: z.uuid(),
  issueNo: z.number().int(),
  state: versionState,
  title: z.string(),
  issueDate: z.string().nullable(),
});
export const versionDiff = z.object({
  documentId: z.uuid(),
  code: z.string(),
  /** `against` (from) → the version asked about (to). */
  from: versionRef,
  to: versionRef,
  changed: z.boolean(),
  where: z.string(),
  sections: z.array(sectionDiff),
});
export type VersionDiff = z.infer<typeof versionDiff>;

// ---- Periodic review (rà soát định kỳ) ----

export const reviewsDueQuery = listQuery.pick({ page: true, pageSize: true }).extend({
  /** Documents due within this many calendar days (overdue ones always). */
  within: z.coerce.number().int().min(0).max(366).default(30),
  ownerUnitId: z.uuid().optional(),
});
export const reviewDueItem = z.object({
  documentId: z.uuid(),
  code: z.string(),
  title: z.string(),
  type: documentType,
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  issueNo: z.number().int().nullable(),
  effectiveDate: z.string().nullable(),
  reviewIntervalMonths: z.number().int(),
  nextReviewDate: z.string(),
  overdue: z.boolean(),
  /** Calendar days until the review is due; negative when overdue. */
  daysRemaining: z.number().int(),
  /** The same in working days (the agency's calendar). */
  workingDaysRemaining: z.number().int(),
  /** A revision is already under way. */
  changeInProgress: z.boolean(),
  /** This person may record the review. */
  canReview: z.boolean(),
});
export type ReviewDueItem = z.infer<typeof reviewDueItem>;

export const periodicReviewBody = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('no_change'),
    version,
    comment: z.string().trim().max(2000).optional(),
    /** Re-entered: "no change needed" is a signature. */
    password: z.string().min(1).max(200),
  }),
  z.object({
    outcome: z.literal('change_requested'),
    version,
    reason: z.string().trim().min(1).max(2000),
  }),
]);
export const reviewOutcomes = ['no_change', 'change_requested'] as const;
export const reviewOutcomeNames: Record<(typeof reviewOutcomes)[number], { vi: string; en: string }> = {
  no_change: { vi: 'Không cần thay đổi', en: 'No change needed' },
  change_requested: { vi: 'Đề nghị sửa đổi', en: 'Change requested' },
};
export const reviewView = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  versionId: z.uuid(),
  issueNo: z.number().int(),
  outcome: z.enum(reviewOutcomes),
  comment: z.string().nullable(),
  reviewerName: z.string(),
  reviewedAt: z.string(),
  signature: z
    .object({
      signerName: z.string(),
      signerPosition: z.string().nullable(),
      signedAt: z.string(),
      contentHash: z.string(),
    })
    .nullable(),
  /** The revision opened by a "change requested" review. */
  changeVersionId: z.uuid().nullable(),
});
export type ReviewView = z.infer<typeof reviewView>;

export const reviewIntervalBody = z.object({
  version,
  reviewIntervalMonths: z.number().int().min(1).max(60),
});

// ---- Status report (báo cáo tình hình xây dựng, cải tiến tài liệu) ----

/** Without a period: this year to today, or the latest year with data when this year has none yet (the answer says which). */
export const statusReportQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'date.order' });
/** The paper (DOCX, PDF) of a report: its period (or the default one), and the địa danh printed before the date. */
export const paperPlace = z.string().trim().min(1).max(60).optional();
export const statusReportPaperQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional(), place: paperPlace })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'date.order' });
export const statusFigures = z.object({
  /** Revisions sent to leadership (secretariat check passed) in the period. */
  improved: z.number().int(),
  /** New documents sent to leadership in the period. */
  newlyBuilt: z.number().int(),
  /** Sent to leadership by the end of the period and not yet approved then. */
  awaitingApproval: z.number().int(),
  /** New and revised versions issued in the period. */
  issued: z.number().int(),
  /** Withdrawals issued in the period. */
  withdrawn: z.number().int(),
});
export type StatusFigures = z.infer<typeof statusFigures>;
export const statusFigureKeys = [
  'improved',
  'newlyBuilt',
  'awaitingApproval',
  'issued',
  'withdrawn',
] as const;
export const statusFigureNames: Record<(typeof statusFigureKeys)[number], { vi: string; en: string }> = {
  improved: { vi: 'Cải tiến', en: 'Improved' },
  newlyBuilt: { vi: 'Xây dựng mới', en: 'Newly built' },
  awaitingApproval: { vi: 'Đã trình, chờ phê duyệt', en: 'Awaiting approval' },
  issued: { vi: 'Đã phê duyệt, ban hành', en: 'Approved and issued' },
  withdrawn: { vi: 'Thu hồi', en: 'Withdrawn' },
};
export const statusReport = z.object({
  agencyName: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      /** 0 for a top-level unit, 1 for a unit below it… (rows come in tree order). */
      depth: z.number().int(),
      system: statusFigures,
      business: statusFigures,
    }),
  ),
  totals: z.object({ system: statusFigures, business: statusFigures }),
  /** The report's paragraph, in the words of the steering committee's report (Vietnamese, as printed). */
  summary: z.string(),
  /** The same paragraph in English, for the English screen. */
  summaryEn: z.string(),
});
export type StatusReport = z.infer<typeof statusReport>;
