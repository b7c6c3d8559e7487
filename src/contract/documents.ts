import { z } from 'zod';
import { isoDate, listQuery, sortBy, version } from './common.ts';
import { dutyConflict } from './duties.ts';
import { role } from './roles.ts';

export const documentTypes = [
  'quality_policy',
  'quality_objectives',
  'manual',
  'system_procedure',
  'business_procedure',
  'form',
  'guideline',
  'external',
] as const;
export const documentType = z.enum(documentTypes);
export type DocumentType = z.infer<typeof documentType>;
/** System documents in the seed's sense: policy, objectives, manual, system procedures. */
export const systemDocumentTypes: DocumentType[] = [
  'quality_policy',
  'quality_objectives',
  'manual',
  'system_procedure',
];

export const documentTypeNames: Record<DocumentType, { vi: string; en: string; prefix: string }> = {
  quality_policy: { vi: 'Chính sách chất lượng', en: 'Quality policy', prefix: 'CS' },
  quality_objectives: { vi: 'Mục tiêu chất lượng', en: 'Quality objectives', prefix: 'MT' },
  manual: { vi: 'Sổ tay chất lượng / phạm vi', en: 'Quality manual / scope', prefix: 'ST' },
  system_procedure: { vi: 'Quy trình hệ thống', en: 'System procedure', prefix: 'QT' },
  business_procedure: { vi: 'Quy trình nghiệp vụ', en: 'Business procedure', prefix: 'QT' },
  form: { vi: 'Biểu mẫu', en: 'Form', prefix: 'BM' },
  guideline: { vi: 'Hướng dẫn', en: 'Guideline', prefix: 'HD' },
  external: { vi: 'Tài liệu bên ngoài', en: 'External document', prefix: 'TL' },
};

export const versionStates = [
  'draft',
  'unit_review',
  'secretariat_check',
  'submitted',
  'approved',
  'in_force',
  'superseded',
  'withdrawn',
  'cancelled',
] as const;
export const versionState = z.enum(versionStates);
export type VersionState = z.infer<typeof versionState>;
export const versionStateNames: Record<VersionState, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  unit_review: { vi: 'Chờ lãnh đạo đơn vị xem xét', en: 'In unit review' },
  secretariat_check: { vi: 'Chờ thư ký ISO kiểm tra', en: 'In secretariat check' },
  submitted: { vi: 'Đã trình phê duyệt', en: 'Submitted for approval' },
  approved: { vi: 'Đã phê duyệt, chờ hiệu lực', en: 'Approved, not yet effective' },
  in_force: { vi: 'Đang hiệu lực', en: 'In force' },
  superseded: { vi: 'Hết hiệu lực (đã thay thế)', en: 'Superseded' },
  withdrawn: { vi: 'Đã thu hồi', en: 'Withdrawn' },
  cancelled: { vi: 'Đã hủy đề nghị', en: 'Request cancelled' },
};

export const changeKinds = ['new', 'revise', 'withdraw'] as const;
export const changeKind = z.enum(changeKinds);
export type ChangeKind = z.infer<typeof changeKind>;

export const signatureMeanings = ['review', 'check', 'approve', 'periodic_review'] as const;
export type SignatureMeaning = (typeof signatureMeanings)[number];
export const signatureMeaningNames: Record<SignatureMeaning, { vi: string; en: string }> = {
  review: { vi: 'Xem xét', en: 'Reviewed' },
  check: { vi: 'Kiểm tra', en: 'Checked' },
  approve: { vi: 'Phê duyệt', en: 'Approved' },
  periodic_review: { vi: 'Rà soát định kỳ: không cần thay đổi', en: 'Periodic review: no change needed' },
};

export const transitionActions = [
  'submit_review',
  'review_approve',
  'review_return',
  'check_approve',
  'check_return',
  'approve',
  'approve_return',
  'cancel',
] as const;
export const transitionAction = z.enum(transitionActions);
export type TransitionAction = z.infer<typeof transitionAction>;

const text = (max: number) => z.string().trim().max(max);

/**
 * Who performs a step, in a form cases can route: a unit of the agency (by id), or — with
 * no unit — the unit the case belongs to; optionally only the people holding a role there
 * or having a position (chức vụ). Part of the signed content.
 */
export const stepPerformer = z.object({
  /** Absent: the case's own unit. */
  unitId: z.uuid().optional(),
  role: role.optional(),
  positionId: z.uuid().optional(),
});
export type StepPerformer = z.infer<typeof stepPerformer>;

export const procedureStep = z
  .object({
    /** Stable within the version; branches point at it. */
    id: z.string().trim().min(1).max(20),
    action: text(2000).min(1),
    /**
     * The performer as words ("Chuyên viên", "Bộ phận Một cửa"): the whole performer of
     * content written before `performer` existed, a note beside it after.
     */
    who: text(300).default(''),
    performer: stepPerformer.optional(),
    durationDays: z.number().min(0).max(365).nullable(),
    output: text(500).default(''),
    /** A yes/no question: the flow branches to yesNext / noNext (step ids), else goes on. */
    condition: text(500).optional(),
    yesNext: z.string().max(20).optional(),
    noNext: z.string().max(20).optional(),
  })
  .refine((s) => s.who.length > 0 || s.performer != null, {
    path: ['who'],
    message: 'step.who_or_performer',
  });
export type ProcedureStep = z.infer<typeof procedureStep>;

export const documentContent = z.object({
  purpose: text(5000).default(''),
  scope: text(5000).default(''),
  references: z
    .array(z.object({ documentId: z.uuid().optional(), text: text(500).min(1) }))
    .max(100)
    .default([]),
  definitions: z
    .array(z.object({ term: text(200).min(1), meaning: text(2000).min(1) }))
    .max(100)
    .default([]),
  steps: z.array(procedureStep).max(100).default([]),
  forms: z
    .array(z.object({ documentId: z.uuid().optional(), code: text(40).min(1), title: text(300).min(1) }))
    .max(100)
    .default([]),
  records: z
    .array(
      z.object({
        name: text(300).min(1),
        keeper: text(200).min(1),
        location: text(200).default(''),
        retention: text(100).min(1),
      }),
    )
    .max(100)
    .default([]),
  /** Free text for documents that are not procedures (policy, manual, guideline). */
  body: text(50000).default(''),
});
export type DocumentContent = z.infer<typeof documentContent>;

export const createChangeRequestBody = z.object({
  kind: changeKind,
  reason: text(2000).min(1),
  /** Căn cứ pháp lý: the legal text that calls for this change, when one does. */
  legalBasis: text(500).optional(),
  /** kind 'new' */
  type: documentType.optional(),
  title: text(300).min(1).optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/, { message: 'code.format' })
    .optional(),
  ownerUnitId: z.uuid().optional(),
  parentId: z.uuid().optional(),
  /** kind 'revise' | 'withdraw' */
  documentId: z.uuid().optional(),
});

export const updateDraftBody = z.object({
  version,
  title: text(300).min(1).optional(),
  content: documentContent.optional(),
  changeSummary: text(2000).optional(),
});

export const transitionBody = z.object({
  action: transitionAction,
  version,
  comment: text(2000).optional(),
  /** Re-entered for signing actions (review_approve, check_approve, approve). */
  password: z.string().max(200).optional(),
  /**
   * Approve: the decision number as typed (or as proposed and edited); with
   * `decisionNoFromRegister` the next number of the agency's register is taken instead;
   * with neither, the văn thư fills it after signing (POST …/decision-number).
   */
  decisionNo: text(60).min(1).optional(),
  decisionNoFromRegister: z.boolean().optional(),
  issueDate: isoDate.optional(),
  effectiveDate: isoDate.optional(),
  distributeUnitIds: z.array(z.uuid()).max(500).optional(),
});

/** The văn thư numbers an approved decision left without a number (typed, or the register's next). */
export const decisionNumberBody = z.object({
  version,
  decisionNo: text(60).min(1).optional(),
  fromRegister: z.boolean().optional(),
});
export const decisionNumberQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2999).optional(),
});
export const decisionNumberProposal = z.object({
  year: z.number().int(),
  next: z.number().int(),
  decisionNo: z.string(),
});
export type DecisionNumberProposal = z.infer<typeof decisionNumberProposal>;

/** What the master list sorts by. */
export const documentSortFields = ['code', 'title', 'nextReviewDate'] as const;
export type DocumentSortField = (typeof documentSortFields)[number];
export const documentsQuery = listQuery.extend({
  sort: sortBy(documentSortFields),
  type: documentType.optional(),
  ownerUnitId: z.uuid().optional(),
  status: z.enum(['in_force', 'withdrawn', 'none', 'all']).default('all'),
  /** Documents with a version in this state (submitted: waiting for approval). */
  pendingState: z.enum(['submitted']).optional(),
  /** true: in force with the periodic review date passed (before today). */
  reviewOverdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const signatureView = z.object({
  id: z.uuid(),
  meaning: z.enum(signatureMeanings),
  signerName: z.string(),
  signerPosition: z.string().nullable(),
  signedAt: z.string(),
  contentHash: z.string(),
  /** Still over the current content and not voided. */
  valid: z.boolean(),
  voidedAt: z.string().nullable(),
  /** Signed on paper before eiso (ký trên giấy), recorded when the document was imported. */
  onPaper: z.boolean(),
});
export const versionEventView = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorName: z.string(),
  comment: z.string().nullable(),
  at: z.string(),
});
export const versionView = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  code: z.string(),
  type: documentType,
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  title: z.string(),
  state: versionState,
  changeKind: changeKind,
  changeReason: z.string(),
  /** The legal text that called for the change (căn cứ pháp lý), when the requester named one. */
  legalBasis: z.string().nullable(),
  /** Brought in from the agency's earlier QMS (issued on paper before eiso). */
  imported: z.boolean(),
  requestingUnitName: z.string(),
  issueNo: z.number().int(),
  content: documentContent,
  contentHash: z.string(),
  /** Files attached to this version (forms, annexes). */
  attachmentCount: z.number().int(),
  changeSummary: z.string().nullable(),
  decisionNo: z.string().nullable(),
  issueDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  endDate: z.string().nullable(),
  draftedByName: z.string().nullable(),
  signatures: z.array(signatureView),
  events: z.array(versionEventView),
  version: z.number().int(),
  abilities: z.object({
    edit: z.boolean(),
    actions: z.array(transitionAction),
    acknowledge: z.boolean(),
    /** The văn thư may give this approved decision its number (it has none yet). */
    numberDecision: z.boolean(),
    /** May attach the decision signed with a token (ký số, PAdES) to this approved version. */
    attachSignedDecision: z.boolean(),
    /**
     * Signing steps the person's roles would allow now but segregation of duties refuses
     * (they drafted the revision, or signed another step of it), with the reason.
     */
    blocked: z.array(z.object({ action: transitionAction, reason: dutyConflict })),
  }),
  acknowledgedAt: z.string().nullable(),
});
export type VersionView = z.infer<typeof versionView>;

export const versionSummary = z.object({
  id: z.uuid(),
  state: versionState,
  changeKind: changeKind,
  issueNo: z.number().int(),
  title: z.string(),
  issueDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  endDate: z.string().nullable(),
  decisionNo: z.string().nullable(),
  changeSummary: z.string().nullable(),
  updatedAt: z.string(),
});
export const documentView = z.object({
  id: z.uuid(),
  type: documentType,
  code: z.string(),
  title: z.string(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  status: z.enum(['none', 'in_force', 'withdrawn']),
  currentVersionId: z.uuid().nullable(),
  reviewIntervalMonths: z.number().int(),
  nextReviewDate: z.string().nullable(),
  externalNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  externalIssuedDate: z.string().nullable(),
  externalEffectiveDate: z.string().nullable(),
  legalStatus: z.string().nullable(),
  /** The versions this person may read, newest first. */
  versions: z.array(versionSummary),
  version: z.number().int(),
  abilities: z.object({ requestChange: z.boolean(), periodicReview: z.boolean(), readReports: z.boolean() }),
});
export type DocumentView = z.infer<typeof documentView>;

export const masterListItem = z.object({
  id: z.uuid(),
  type: documentType,
  code: z.string(),
  title: z.string(),
  ownerUnitName: z.string(),
  status: z.enum(['none', 'in_force', 'withdrawn']),
  issueNo: z.number().int().nullable(),
  issueDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  /** The version in progress, if this person may see it. */
  pendingState: versionState.nullable(),
});
export type MasterListItem = z.infer<typeof masterListItem>;

/** A document's status in the master list, in words (the documents list and the audit trail). */
export const documentStatuses = ['none', 'in_force', 'withdrawn'] as const;
export const documentStatusNames: Record<(typeof documentStatuses)[number], { vi: string; en: string }> = {
  none: { vi: 'Chưa ban hành', en: 'Not issued' },
  in_force: { vi: 'Đang hiệu lực', en: 'In force' },
  withdrawn: { vi: 'Đã thu hồi', en: 'Withdrawn' },
};
export const changeKindNames: Record<ChangeKind, { vi: string; en: string }> = {
  new: { vi: 'Ban hành mới', en: 'New' },
  revise: { vi: 'Sửa đổi', en: 'Revision' },
  withdraw: { vi: 'Thu hồi', en: 'Withdrawal' },
};
