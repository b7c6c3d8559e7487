import { z } from 'zod';
import { isoDate, version } from './common.ts';
import {
  checklistAnswer,
  checklistSource,
  clause,
  findingKind,
  findingResponse,
  findingState,
  personRef,
  reportState,
  sampleChoice,
  sampleKind,
  unitRef,
} from './internal-audits.ts';

/**
 * The second half of internal audit: checklists (danh mục kiểm tra), samples of real work,
 * findings (phát hiện) and the round's report. Bodies and views; the names and states are
 * in internal-audits.ts.
 */
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1);
const procedureRef = z.object({ id: z.uuid(), code: z.string(), title: z.string() });

// ─── Checklist ─────────────────────────────────────────────────────────────────────
export const checklistGenerateBody = z.strictObject({
  /** Generate again over an unanswered checklist (its generated items are replaced). */
  replace: z.boolean().default(false),
});
export const checklistItemBody = z.strictObject({
  procedureDocumentId: z.uuid().nullable().default(null),
  clause: clause.nullable().default(null),
  question: required(2000),
});
export const updateChecklistItemBody = z.strictObject({
  version,
  clause: clause.nullable().optional(),
  question: required(2000).optional(),
});
export const answerChecklistItemBody = z.strictObject({
  version,
  answer: checklistAnswer.nullable(),
  note: text(4000).default(''),
});
export const reorderChecklistBody = z.strictObject({ ids: z.array(z.uuid()).min(1).max(1000) });

export const checklistItemView = z.object({
  id: z.uuid(),
  procedure: procedureRef.nullable(),
  source: checklistSource,
  sourceRef: z.string().nullable(),
  clause: z.string().nullable(),
  question: z.string(),
  answer: checklistAnswer.nullable(),
  note: z.string(),
  position: z.number().int(),
  answeredBy: personRef.nullable(),
  answeredAt: z.string().nullable(),
  version: z.number().int(),
});
export type ChecklistItemView = z.infer<typeof checklistItemView>;
export const checklistView = z.object({
  roundAuditId: z.uuid(),
  /** The unit's audit the checklist belongs to (the page's header). */
  audit: z.object({
    unit: unitRef,
    auditDate: z.string().nullable(),
    state: z.string(),
    round: z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), state: z.string() }),
    procedures: z.array(procedureRef),
  }),
  items: z.array(checklistItemView),
  can: z.object({ edit: z.boolean(), answer: z.boolean() }),
});
export type ChecklistView = z.infer<typeof checklistView>;

export const checklistAnswerNames: Record<z.infer<typeof checklistAnswer>, { vi: string; en: string }> = {
  conform: { vi: 'Phù hợp', en: 'Conforms' },
  nonconform: { vi: 'Không phù hợp', en: 'Does not conform' },
  observation: { vi: 'Khuyến nghị', en: 'Observation' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
};

// ─── Question bank ─────────────────────────────────────────────────────────────────
export const questionBody = z.strictObject({ clause, question: required(2000) });
export const updateQuestionBody = z.strictObject({
  version,
  clause: clause.optional(),
  question: required(2000).optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const questionView = z.object({
  id: z.uuid(),
  clause: z.string(),
  question: z.string(),
  position: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export const questionList = z.object({ items: z.array(questionView), canEdit: z.boolean() });

// ─── Samples ───────────────────────────────────────────────────────────────────────
export const sampleBody = z.strictObject({
  procedureDocumentId: z.uuid(),
  kind: sampleKind,
  /** random: `count` items drawn; auditor: exactly `itemIds`. */
  choice: sampleChoice,
  count: z.number().int().min(1).max(50).optional(),
  itemIds: z.array(z.uuid()).min(1).max(50).optional(),
  /** The audit period; default the 12 months up to the unit's audit date (undated: the programme's year). */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const seenBody = z.strictObject({ version, seen: text(4000) });
export const candidatesQuery = z.strictObject({
  procedureDocumentId: z.uuid(),
  kind: sampleKind,
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const sampleCandidate = z.object({ id: z.uuid(), label: z.string(), date: z.string() });
export const sampleCandidates = z.object({
  from: isoDate,
  to: isoDate,
  items: z.array(sampleCandidate),
});
export const sampleView = z.object({
  id: z.uuid(),
  procedure: procedureRef.nullable(),
  kind: sampleKind,
  itemId: z.uuid(),
  itemLabel: z.string(),
  chosenBy: sampleChoice,
  chosenByPerson: personRef,
  accessFrom: z.string().nullable(),
  accessTo: z.string().nullable(),
  seen: z.string(),
  version: z.number().int(),
});
export type SampleView = z.infer<typeof sampleView>;
export const sampleList = z.object({
  items: z.array(sampleView),
  can: z.object({ sample: z.boolean() }),
});
export type SampleList = z.infer<typeof sampleList>;

// ─── Findings ──────────────────────────────────────────────────────────────────────
export const findingBody = z.strictObject({
  kind: findingKind,
  clause: clause.nullable().default(null),
  procedureDocumentId: z.uuid().nullable().default(null),
  description: required(5000),
  evidence: text(5000).default(''),
  sampleIds: z.array(z.uuid()).max(50).default([]),
});
export const updateFindingBody = findingBody.partial().extend({ version });
export const respondFindingBody = z.strictObject({
  version,
  response: findingResponse,
  /** Required when disputing. */
  reason: text(2000).optional(),
});
export const handOverBody = z.strictObject({ version });
export const closeFindingBody = z.strictObject({ version });

export const findingView = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  roundAuditId: z.uuid(),
  seq: z.number().int(),
  kind: findingKind,
  clause: z.string().nullable(),
  procedure: procedureRef.nullable(),
  unit: unitRef,
  description: z.string(),
  evidence: z.string(),
  samples: z.array(z.object({ id: z.uuid(), kind: sampleKind, itemId: z.uuid(), itemLabel: z.string() })),
  response: findingResponse.nullable(),
  responseReason: z.string().nullable(),
  respondedBy: personRef.nullable(),
  respondedAt: z.string().nullable(),
  nonconformity: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  state: findingState,
  createdBy: personRef,
  can: z.object({ edit: z.boolean(), respond: z.boolean(), handOver: z.boolean(), close: z.boolean() }),
  version: z.number().int(),
});
export type FindingView = z.infer<typeof findingView>;
export const findingList = z.object({
  items: z.array(findingView),
  can: z.object({ record: z.boolean() }),
});
export type FindingList = z.infer<typeof findingList>;
export const findingStateNames: Record<z.infer<typeof findingState>, { vi: string; en: string }> = {
  open: { vi: 'Đang mở', en: 'Open' },
  handed_over: { vi: 'Đã chuyển thành sự không phù hợp', en: 'Handed to corrective action' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
};
export const findingResponseNames: Record<z.infer<typeof findingResponse>, { vi: string; en: string }> = {
  acknowledged: { vi: 'Đơn vị thừa nhận', en: 'Acknowledged' },
  disputed: { vi: 'Đơn vị không đồng ý', en: 'Disputed' },
};

// ─── Report ────────────────────────────────────────────────────────────────────────
export const reportBody = z.strictObject({
  version: z.number().int().min(0),
  summary: text(20_000).optional(),
  strengths: text(20_000).optional(),
  number: text(60).optional(),
});
export const reportAction = z.enum(['submit', 'approve', 'return']);
export type ReportAction = z.infer<typeof reportAction>;
export const reportTransitionBody = z.strictObject({
  action: reportAction,
  version,
  password: z.string().max(200).optional(),
  comment: text(2000).min(1).optional(),
});
export const gradeCounts = z.object({
  conformity: z.number().int(),
  major: z.number().int(),
  minor: z.number().int(),
  observation: z.number().int(),
  improvement: z.number().int(),
  total: z.number().int(),
});
export type GradeCounts = z.infer<typeof gradeCounts>;
export const reportUnitSection = z.object({
  unit: unitRef,
  auditDate: z.string().nullable(),
  auditors: z.array(personRef),
  procedures: z.array(procedureRef),
  clauses: z.array(z.string()),
  checklist: z.object({ items: z.number().int(), answered: z.number().int() }),
  samples: z.number().int(),
  counts: gradeCounts,
});
export const reportView = z.object({
  roundId: z.uuid(),
  round: z.object({ number: z.number().int(), title: z.string(), year: z.number().int() }),
  state: reportState,
  summary: z.string(),
  strengths: z.string(),
  number: z.string().nullable(),
  counts: gradeCounts,
  units: z.array(reportUnitSection),
  findings: z.array(findingView),
  submittedBy: personRef.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: personRef.nullable(),
  approvedAt: z.string().nullable(),
  approverPosition: z.string().nullable(),
  returnComment: z.string().nullable(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean() }),
  version: z.number().int(),
});
export type ReportView = z.infer<typeof reportView>;
export const reportStateNames: Record<z.infer<typeof reportState>, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Chờ lãnh đạo phê duyệt', en: 'Waiting for leadership approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại để chỉnh sửa', en: 'Returned for changes' },
};

/** "Đánh giá của tôi": the unit audits the person takes part in, with what is left to do. */
export const myAuditsView = z.object({
  items: z.array(
    z.object({
      roundAuditId: z.uuid(),
      round: z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), year: z.number().int() }),
      unit: unitRef,
      auditDate: z.string().nullable(),
      state: z.string(),
      unanswered: z.number().int(),
      findings: z.number().int(),
    }),
  ),
});
export type MyAuditsView = z.infer<typeof myAuditsView>;
