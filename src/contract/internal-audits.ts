import { z } from 'zod';
import { isoDate, version } from './common.ts';

/**
 * Đánh giá nội bộ (ISO 9001:2015, 9.2). Module `internal-audits` ("audit" names the audit
 * trail): API /api/v1/internal-audits/…, web /internal-audits.
 */
type Names<K extends string> = Record<K, { vi: string; en: string }>;

// ─── Programme ──────────────────────────────────────────────────────────────────────
/** draft → submitted → approved, or returned (to the secretariat, who edits and resubmits). */
export const programmeStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export const programmeState = z.enum(programmeStates);
export type ProgrammeState = z.infer<typeof programmeState>;
export const programmeStateNames: Names<ProgrammeState> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Chờ lãnh đạo phê duyệt', en: 'Waiting for leadership approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  returned: { vi: 'Trả lại để chỉnh sửa', en: 'Returned for changes' },
};

// ─── Round ──────────────────────────────────────────────────────────────────────────
export const roundStates = ['planned', 'plan_published', 'in_progress', 'reporting', 'closed'] as const;
export const roundState = z.enum(roundStates);
export type RoundState = z.infer<typeof roundState>;
export const roundStateNames: Names<RoundState> = {
  planned: { vi: 'Đang lập kế hoạch', en: 'Being planned' },
  plan_published: { vi: 'Đã công bố kế hoạch', en: 'Plan published' },
  in_progress: { vi: 'Đang đánh giá', en: 'Audit in progress' },
  reporting: { vi: 'Đang lập báo cáo', en: 'Reporting' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const teamRoles = ['lead', 'member'] as const;
export const teamRole = z.enum(teamRoles);
export type TeamRole = z.infer<typeof teamRole>;
export const teamRoleNames: Names<TeamRole> = {
  lead: { vi: 'Trưởng đoàn', en: 'Lead auditor' },
  member: { vi: 'Thành viên đoàn đánh giá', en: 'Audit team member' },
};

export const roundAuditStates = ['planned', 'in_progress', 'done'] as const;
export const roundAuditState = z.enum(roundAuditStates);
export type RoundAuditState = z.infer<typeof roundAuditState>;

// ─── Checklist, samples, findings, report (built on this schema by the second part) ─
export const checklistSources = ['step', 'record', 'clause', 'question', 'manual'] as const;
export const checklistSource = z.enum(checklistSources);
export const checklistAnswers = ['conform', 'nonconform', 'observation', 'not_applicable'] as const;
export const checklistAnswer = z.enum(checklistAnswers);

export const sampleKinds = ['case', 'record_file'] as const;
export const sampleKind = z.enum(sampleKinds);
export const sampleChoices = ['random', 'auditor'] as const;
export const sampleChoice = z.enum(sampleChoices);
export const sampleKindNames: Names<(typeof sampleKinds)[number]> = {
  case: { vi: 'Công việc', en: 'Case' },
  record_file: { vi: 'Hồ sơ', en: 'Record file' },
};
export const sampleChoiceNames: Names<(typeof sampleChoices)[number]> = {
  random: { vi: 'Ngẫu nhiên', en: 'At random' },
  auditor: { vi: 'Người đánh giá chọn', en: 'By the auditor' },
};

export const findingKinds = ['conformity', 'major', 'minor', 'observation', 'improvement'] as const;
export const findingKind = z.enum(findingKinds);
export type FindingKind = z.infer<typeof findingKind>;
export const findingKindNames: Names<FindingKind> = {
  conformity: { vi: 'Điểm phù hợp', en: 'Conformity' },
  major: { vi: 'Điểm không phù hợp nặng', en: 'Major nonconformity' },
  minor: { vi: 'Điểm không phù hợp nhẹ', en: 'Minor nonconformity' },
  observation: { vi: 'Khuyến nghị', en: 'Observation' },
  improvement: { vi: 'Cơ hội cải tiến', en: 'Opportunity for improvement' },
};
export const findingResponses = ['acknowledged', 'disputed'] as const;
export const findingResponse = z.enum(findingResponses);
export const findingStates = ['open', 'handed_over', 'closed'] as const;
export const findingState = z.enum(findingStates);

export const reportStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export const reportState = z.enum(reportStates);

// ─── Bodies of the planning half ───────────────────────────────────────────────────
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1);
/** "4.4", "7.5.3", "8.5.1": a clause of TCVN ISO 9001:2015. */
export const clause = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,2}){0,3}$/);
const ids = (max: number) => z.array(z.uuid()).max(max);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const programmeYear = z.number().int().min(2000).max(2999);
export const createProgrammeBody = z.strictObject({
  year: programmeYear,
  title: required(300).optional(),
  objectives: text(5000).default(''),
});
export const updateProgrammeBody = z.strictObject({
  version,
  title: required(300).optional(),
  objectives: text(5000).optional(),
});

export const programmeAction = z.enum(['submit', 'approve', 'return']);
export type ProgrammeAction = z.infer<typeof programmeAction>;
export const programmeTransitionBody = z.strictObject({
  action: programmeAction,
  version,
  /** Approve: leadership re-enters their password (phê duyệt điện tử, not ký số). */
  password: z.string().max(200).optional(),
  /** Return: what to change (required). */
  comment: text(2000).min(1).optional(),
});

const roundFields = {
  title: required(300),
  plannedMonth: z.number().int().min(1).max(12),
  scopeUnitIds: ids(500).min(1),
  scopeProcedureIds: ids(1000),
  scopeClauses: z.array(clause).max(100),
  criteria: text(5000),
};
export const roundBody = z.strictObject({
  ...roundFields,
  scopeProcedureIds: roundFields.scopeProcedureIds.default([]),
  scopeClauses: roundFields.scopeClauses.default([]),
  criteria: roundFields.criteria.default(''),
});
/** Only the fields sent change (no defaults: a field left out keeps its value). */
export const updateRoundBody = z.strictObject(roundFields).partial().extend({ version });

/** The team: the lead auditor and the members, all holding the internal auditor role. */
export const teamBody = z.strictObject({
  version,
  leadAuditorId: z.uuid(),
  memberIds: ids(100).default([]),
});

export const auditeeRepresentative = z.strictObject({
  personId: z.uuid().nullable().default(null),
  name: required(200),
  title: text(200).default(''),
});

const roundAuditFields = {
  auditDate: isoDate.nullable(),
  startTime: time.nullable(),
  endTime: time.nullable(),
  place: text(300),
  auditeeRepresentatives: z.array(auditeeRepresentative).max(20),
  procedureIds: ids(200),
  clauses: z.array(clause).max(100),
  auditorIds: ids(20),
};
/** One unit's audit in the round's schedule. */
export const roundAuditBody = z.strictObject({
  unitId: z.uuid(),
  auditDate: roundAuditFields.auditDate.default(null),
  startTime: roundAuditFields.startTime.default(null),
  endTime: roundAuditFields.endTime.default(null),
  place: roundAuditFields.place.default(''),
  auditeeRepresentatives: roundAuditFields.auditeeRepresentatives.default([]),
  procedureIds: roundAuditFields.procedureIds.default([]),
  clauses: roundAuditFields.clauses.default([]),
  auditorIds: roundAuditFields.auditorIds.default([]),
});
/** Only the fields sent change (no defaults: a field left out keeps its value). */
export const updateRoundAuditBody = z.strictObject(roundAuditFields).partial().extend({ version });

export const roundAction = z.enum(['publish_plan', 'start', 'start_reporting', 'close']);
export type RoundAction = z.infer<typeof roundAction>;
export const roundTransitionBody = z.strictObject({ action: roundAction, version });

export const settingsBody = z.strictObject({
  version: z.number().int().min(0),
  noticeWorkingDays: z.number().int().min(1).max(60),
});

// ─── Views ─────────────────────────────────────────────────────────────────────────
export const personRef = z.object({ id: z.uuid(), name: z.string() });
export const unitRef = z.object({ id: z.uuid(), name: z.string() });

export const programmeSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  title: z.string(),
  state: programmeState,
  roundCount: z.number().int(),
  version: z.number().int(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export const programmeList = z.object({ items: z.array(programmeSummary), canCreate: z.boolean() });

export const roundSummary = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  plannedMonth: z.number().int(),
  state: roundState,
  scopeUnits: z.array(unitRef),
  scopeProcedures: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })),
  scopeClauses: z.array(z.string()),
  criteria: z.string(),
  lead: personRef.nullable(),
  auditCount: z.number().int(),
  version: z.number().int(),
});
export type RoundSummary = z.infer<typeof roundSummary>;

export const programmeView = programmeSummary.extend({
  objectives: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approverName: z.string().nullable(),
  approverPosition: z.string().nullable(),
  returnComment: z.string().nullable(),
  rounds: z.array(roundSummary),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
  }),
  /** Why approving is refused to this person (segregation of duties), when it is. */
  approveBlocked: z.object({ vi: z.string(), en: z.string() }).nullable(),
});
export type ProgrammeView = z.infer<typeof programmeView>;

/** "Every unit and every procedure in scope audited at least once a year": what is missing. */
export const coverageView = z.object({
  year: z.number().int(),
  unitGaps: z.array(unitRef),
  procedureGaps: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })),
  unitCount: z.number().int(),
  procedureCount: z.number().int(),
});
export type CoverageView = z.infer<typeof coverageView>;

export const riskReason = z.object({
  code: z.enum([
    'overdue_steps',
    'returned_steps',
    'open_nonconformities',
    'overdue_reviews',
    'files_not_opened',
    'months_since_audit',
    'never_audited',
  ]),
  value: z.number(),
  vi: z.string(),
  en: z.string(),
});
export const riskRow = z.object({ unit: unitRef, score: z.number(), reasons: z.array(riskReason) });
export type RiskRow = z.infer<typeof riskRow>;
export const riskProcedureRow = z.object({
  procedure: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  score: z.number(),
  reasons: z.array(riskReason),
});
export type RiskProcedureRow = z.infer<typeof riskProcedureRow>;
export const riskView = z.object({
  year: z.number().int(),
  items: z.array(riskRow),
  /** The same aid per procedure in force. */
  procedures: z.array(riskProcedureRow),
});
export type RiskView = z.infer<typeof riskView>;

export const teamMemberView = z.object({ person: personRef, unitName: z.string(), role: teamRole });
export const roundAuditView = z.object({
  id: z.uuid(),
  unit: unitRef,
  auditDate: isoDate.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string(),
  auditeeRepresentatives: z.array(
    z.object({ personId: z.uuid().nullable(), name: z.string(), title: z.string() }),
  ),
  procedures: z.array(z.object({ id: z.uuid(), code: z.string(), title: z.string() })),
  clauses: z.array(z.string()),
  auditors: z.array(personRef),
  state: roundAuditState,
  noticeSentAt: z.string().nullable(),
  version: z.number().int(),
});
export type RoundAuditView = z.infer<typeof roundAuditView>;

export const roundView = roundSummary.extend({
  programmeYear: z.number().int(),
  programmeState: programmeState,
  team: z.array(teamMemberView),
  audits: z.array(roundAuditView),
  /** plan: team and schedule while planned; schedule: the units' dates and places until the round starts. */
  can: z.object({ plan: z.boolean(), schedule: z.boolean(), run: z.boolean(), publish: z.boolean() }),
});
export type RoundView = z.infer<typeof roundView>;

/** Proposed cross-assignment: auditors per audited unit, and the units nobody could take. */
export const crossAssignmentView = z.object({
  assignments: z.array(z.object({ roundAuditId: z.uuid(), unit: unitRef, auditors: z.array(personRef) })),
  uncovered: z.array(z.object({ unit: unitRef, reason: z.object({ vi: z.string(), en: z.string() }) })),
});
export type CrossAssignmentView = z.infer<typeof crossAssignmentView>;

export const auditorCandidates = z.object({
  items: z.array(z.object({ person: personRef, unitId: z.uuid().nullable(), unitName: z.string() })),
});

/** DELETE of a round or a unit's audit: the version the page read. */
export const versionQuery = z.strictObject({
  version: z.coerce.number().int().positive().max(2_147_483_647),
});
export const proposeBody = z.strictObject({ version });

export const scheduleItem = roundAuditView.extend({
  round: z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), year: z.number().int() }),
});
export const scheduleList = z.object({ items: z.array(scheduleItem) });
export type ScheduleItem = z.infer<typeof scheduleItem>;
export const settingsView = z.object({ noticeWorkingDays: z.number().int(), version: z.number().int() });
