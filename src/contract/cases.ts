import { z } from 'zod';
import { INT4_MAX, isoDate, listQuery, page, version } from './common.ts';
import { role } from './roles.ts';

/** Work cases (UI: "công việc", menu "Xử lý công việc"; never "hồ sơ công việc", the archival file) and their steps. */
export const caseStates = ['open', 'closed', 'cancelled'] as const;
export const caseState = z.enum(caseStates);
export type CaseState = z.infer<typeof caseState>;
export const stepStates = ['active', 'done', 'returned'] as const;
export const stepState = z.enum(stepStates);
export type StepState = z.infer<typeof stepState>;
export const decision = z.enum(['yes', 'no']);

const text = (max: number) => z.string().trim().max(max);

export const startCaseBody = z.object({
  procedureDocumentId: z.uuid(),
  title: text(500).min(1),
  /** The actor's unit by default. */
  unitId: z.uuid().optional(),
  /** Today (Asia/Ho_Chi_Minh) by default. */
  startDate: isoDate.optional(),
  /** Required when several catalogue entries take this procedure's records. */
  catalogueEntryId: z.uuid().optional(),
  /** Who does the first step; when left out, anyone of the case's unit may claim it. */
  assigneeId: z.uuid().optional(),
});
export type StartCaseBody = z.infer<typeof startCaseBody>;

export const startOptionsQuery = z.object({
  procedureDocumentId: z.uuid(),
  unitId: z.uuid().optional(),
  startDate: isoDate.optional(),
});
export const catalogueChoice = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  retentionYears: z.number().int().nullable(),
});
export const personChoice = z.object({ id: z.uuid(), fullName: z.string(), unitName: z.string() });
export type PersonChoice = z.infer<typeof personChoice>;
export const startOptions = z.object({
  procedure: z.object({
    documentId: z.uuid(),
    versionId: z.uuid(),
    code: z.string(),
    title: z.string(),
    issueNo: z.number().int(),
  }),
  unitId: z.uuid(),
  startDate: isoDate,
  /** Zero: the file is opened "not in the catalogue"; several: one must be picked. */
  catalogueEntries: z.array(catalogueChoice),
  people: z.array(personChoice),
  steps: z.array(z.object({ id: z.string(), action: z.string(), who: z.string(), durationDays: z.number() })),
});
export type StartOptions = z.infer<typeof startOptions>;

export const stepView = z.object({
  id: z.uuid(),
  stepId: z.string(),
  sequence: z.number().int(),
  action: z.string(),
  durationDays: z.number().int(),
  state: stepState,
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  /** Set when nobody is assigned: anyone of this unit may claim it (with the role/position below). */
  candidateUnitId: z.uuid().nullable(),
  candidateUnitName: z.string().nullable(),
  candidateRole: role.nullable(),
  candidatePositionName: z.string().nullable(),
  /** Who the procedure says performs the step: its unit (null: the case's unit), role, position, words. */
  performer: z.object({
    unitName: z.string().nullable(),
    role: role.nullable(),
    positionName: z.string().nullable(),
    note: z.string(),
  }),
  startDate: isoDate,
  dueDate: isoDate,
  doneDate: isoDate.nullable(),
  doneByName: z.string().nullable(),
  decision: decision.nullable(),
  output: z.string().nullable(),
  outputItemId: z.uuid().nullable(),
  outputFileName: z.string().nullable(),
  returnReason: z.string().nullable(),
  workingDays: z.number().int().nullable(),
  daysLate: z.number().int().nullable(),
  overdue: z.boolean(),
  /** The procedure step's yes/no question, if any. */
  condition: z.string().nullable(),
  expectedOutput: z.string(),
});
export type StepView = z.infer<typeof stepView>;

export const caseAbilities = z.object({
  claim: z.boolean(),
  complete: z.boolean(),
  returnStep: z.boolean(),
  reassign: z.boolean(),
  cancel: z.boolean(),
});
export type CaseAbilities = z.infer<typeof caseAbilities>;

export const caseSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  procedureDocumentId: z.uuid(),
  procedureCode: z.string(),
  procedureTitle: z.string(),
  procedureIssueNo: z.number().int(),
  state: caseState,
  startDate: isoDate,
  dueDate: isoDate.nullable(),
  closedDate: isoDate.nullable(),
  currentStepAction: z.string().nullable(),
  currentAssigneeName: z.string().nullable(),
  overdue: z.boolean(),
  version,
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseDetail = caseSummary.extend({
  procedureVersionId: z.uuid(),
  fileId: z.uuid().nullable(),
  fileCode: z.string().nullable(),
  fileOpenedAtStart: z.boolean(),
  startedByName: z.string(),
  steps: z.array(stepView),
  /** What the actor may do with the active step now. */
  abilities: caseAbilities,
  /** Earlier steps the case may be returned to. */
  returnTargets: z.array(z.object({ stepId: z.string(), action: z.string() })),
  /** People the active step may be handed to (when the actor may reassign). */
  assignable: z.array(personChoice),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseListQuery = listQuery.extend({
  /** mine: cases the actor takes part in; unit: all the actor may see. */
  scope: z.enum(['mine', 'unit']).default('unit'),
  state: caseState.optional(),
  procedureDocumentId: z.uuid().optional(),
  /** Cases of this unit and the units below it (subunits=false: of this unit alone). */
  unitId: z.uuid().optional(),
  subunits: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** true: open cases whose active step is past its due date; false: the others. */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Cases started in these days (both included). */
  startedFrom: isoDate.optional(),
  startedTo: isoDate.optional(),
  /**
   * Whether the case's file was opened the day the work started. Cancelled cases are left
   * out with this filter, as the case measures count them nowhere.
   */
  fileOpenedAtStart: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const caseList = page(caseSummary);

export const versionBody = z.object({ version });
export const completeStepBody = z.object({
  version: z.coerce.number().int().positive().max(INT4_MAX),
  output: text(5000).optional(),
  decision: decision.optional(),
  doneDate: isoDate.optional(),
  /** Who does the next step; when left out, anyone of the case's unit may claim it. */
  nextAssigneeId: z.uuid().optional(),
});
export type CompleteStepBody = z.infer<typeof completeStepBody>;
export const returnStepBody = z.object({
  version,
  toStepId: z.string().trim().min(1).max(20),
  reason: text(2000).min(1),
});
export const reassignBody = z.object({ version, assigneeId: z.uuid() });
export const cancelCaseBody = z.object({ version, reason: text(2000).min(1) });

export const inboxItem = z.object({
  stepRowId: z.uuid(),
  caseId: z.uuid(),
  caseCode: z.string(),
  caseTitle: z.string(),
  procedureCode: z.string(),
  procedureTitle: z.string(),
  action: z.string(),
  startDate: isoDate,
  dueDate: isoDate,
  /** Unassigned: the actor is one of the people who may claim it. */
  claimable: z.boolean(),
  /** Working days past the due date (0 when not overdue). */
  daysOverdue: z.number().int(),
});
export type InboxItem = z.infer<typeof inboxItem>;
export const inboxQuery = listQuery.pick({ page: true, pageSize: true });
export const inboxPage = page(inboxItem);

/** A case's and a step's state in words, as the case pages and the audit trail show them. */
export const caseStateNames: Record<CaseState, { vi: string; en: string }> = {
  open: { vi: 'Đang xử lý', en: 'In progress' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};
export const stepStateNames: Record<StepState, { vi: string; en: string }> = {
  active: { vi: 'Đang xử lý', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
};
/** A branching step's answer. */
export const decisionNames: Record<z.infer<typeof decision>, { vi: string; en: string }> = {
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
};
