import { eq } from 'drizzle-orm';
import type { CompleteStepBody } from '../../../../contract/cases.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { type FileStore, storeFile } from '../../../platform/files/files.ts';
import { attachmentMimeTypes, displayName, sniffAttachment } from '../../../platform/files/sniff.ts';
import { AppError, invalidField } from '../../../platform/http/errors.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import type { WorkingCalendar } from '../../calendar/index.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { addFileItem } from '../../records/index.ts';
import { casesPolicy } from '../cases.policy.ts';
import {
  type CaseRow,
  caseForAction,
  type Deps,
  type LoadedCase,
  loadCase,
  personInAgency,
  type StepRow,
} from '../cases.repository.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { notifyAssignment } from '../notify/notify.ts';
import { nextStep, stepDueDate, stepDuration } from './plan.ts';
import { routeStep, type StepRoute } from './route.ts';

export type StepDeps = Deps & { mailer: Mailer };
export type Upload = { fileName: string; content: Buffer } | null;

/** The calendar over the case's life so far, read before the transaction (it writes missing years). */
async function calendarOf(deps: Deps, caseId: string, until: string) {
  const loaded = await loadCase(deps.db, deps.actor, caseId);
  const to = until > todayInVietnam() ? until : todayInVietnam();
  return workingCalendarFor(deps.db, deps.actor.agencyId, loaded.case.startDate, to, { store: true });
}

const activeOf = (loaded: LoadedCase) => {
  if (!loaded.active) throw new AppError(409, 'work_case.no_active_step', noActiveStep);
  return loaded.active;
};
const noActiveStep = {
  vi: 'Công việc không còn bước nào đang xử lý.',
  en: 'The case has no step in progress.',
};

async function assigneeOrNull(tx: Tx, deps: Deps, field: string, personId: string | undefined) {
  if (!personId) return null;
  const person = await personInAgency(tx, deps.actor.agencyId, personId);
  if (!person) {
    throw invalidField(field, {
      vi: 'Người được giao không thuộc cơ quan hoặc đã ngừng hoạt động.',
      en: 'The assignee is not an active person of the agency.',
    });
  }
  return person;
}

const noCandidates = { candidateUnitId: null, candidateRole: null, candidatePositionId: null };

/**
 * Starts a pass through a procedure step: a person, or the people the step's performer
 * names (its unit — the case's unit when it names none — and the role or position there)
 * to claim it.
 */
async function openStep(
  tx: Tx,
  c: CaseRow,
  calendar: WorkingCalendar,
  input: {
    stepId: string;
    action: string;
    duration: number;
    sequence: number;
    start: string;
    route: StepRoute;
  },
  assigneeId: string | null,
) {
  const [row] = await tx
    .insert(caseSteps)
    .values({
      id: newId(),
      agencyId: c.agencyId,
      caseId: c.id,
      stepId: input.stepId,
      sequence: input.sequence,
      action: input.action,
      durationDays: input.duration,
      assigneeId,
      ...(assigneeId ? noCandidates : input.route),
      startDate: input.start,
      dueDate: stepDueDate(calendar, input.start, input.duration),
    })
    .returning();
  return row;
}

async function bump(tx: Tx, c: CaseRow, patch: Partial<CaseRow> = {}) {
  return updateVersioned(tx, workCases, { id: c.id, agencyId: c.agencyId, version: c.version }, patch);
}

async function audit(tx: Tx, deps: Deps, c: CaseRow, action: string, before: object | null, after: object) {
  await recordAudit(tx, deps.audit, {
    agencyId: c.agencyId,
    entityType: 'work_case',
    entityId: c.id,
    entityLabel: `${c.code}: ${c.title}`,
    action,
    changes: diff(before, after),
  });
}

async function mailStep(deps: StepDeps, c: CaseRow, step: StepRow | null) {
  if (!step) return;
  await notifyAssignment(deps.db, deps.mailer, {
    agencyId: c.agencyId,
    caseId: c.id,
    stepId: step.id,
    caseCode: c.code,
    caseTitle: c.title,
    action: step.action,
    dueDate: step.dueDate,
    assigneeId: step.assigneeId,
    candidateUnitId: step.candidateUnitId,
    candidatePositionId: step.candidatePositionId,
  });
}

/** A person of the case's unit takes an unassigned step. */
export async function claimStep(deps: StepDeps, caseId: string, version: number) {
  return deps.db.transaction(async (tx) => {
    const loaded = await caseForAction(tx, deps.actor, caseId, version, (s) =>
      casesPolicy.claim(deps.actor, s),
    );
    const step = activeOf(loaded);
    await tx
      .update(caseSteps)
      .set({ assigneeId: deps.actor.personId, ...noCandidates, updatedAt: new Date() })
      .where(eq(caseSteps.id, step.id));
    await audit(
      tx,
      deps,
      loaded.case,
      'claim_step',
      { step: step.stepId, assigneeId: null },
      {
        step: step.stepId,
        assigneeId: deps.actor.personId,
      },
    );
    return bump(tx, loaded.case);
  });
}

/**
 * Completes the active step with its output (text and/or a file added to the case's file),
 * then starts the next one — by the condition's answer when the step has one — or closes
 * the case after the last.
 */
export async function completeStep(
  deps: StepDeps,
  files: FileStore,
  caseId: string,
  body: CompleteStepBody,
  upload: Upload,
) {
  const today = todayInVietnam();
  const doneDate = body.doneDate ?? today;
  if (doneDate > today) {
    throw invalidField('doneDate', {
      vi: 'Ngày hoàn thành không được sau hôm nay.',
      en: 'The completion date cannot be after today.',
    });
  }
  const calendar = await calendarOf(deps, caseId, doneDate);
  const kind = upload?.content.length ? await sniffAttachment(upload.content) : null;
  if (!body.output && !kind) {
    throw invalidField('output', {
      vi: 'Hãy nhập kết quả của bước hoặc tải lên tệp kết quả.',
      en: 'Give the step’s output as text or an uploaded file.',
    });
  }
  const stored = kind && upload ? await storeFile(files, upload.content) : null;
  const result = await deps.db.transaction(async (tx) => {
    const loaded = await caseForAction(tx, deps.actor, caseId, body.version, (s) =>
      casesPolicy.complete(deps.actor, s),
    );
    const step = activeOf(loaded);
    const procedureStep = loaded.procedureSteps.find((s) => s.id === step.stepId);
    if (procedureStep?.condition && !body.decision) {
      throw invalidField('decision', {
        vi: `Bước này có điều kiện "${procedureStep.condition}": hãy chọn Có hoặc Không.`,
        en: `This step asks "${procedureStep.condition}": answer yes or no.`,
      });
    }
    if (doneDate < step.startDate) {
      throw invalidField('doneDate', {
        vi: 'Ngày hoàn thành không được trước ngày bắt đầu bước.',
        en: 'The completion date cannot be before the step started.',
      });
    }
    // Every step's output lands in the case's file: the uploaded document, or else a link
    // to the step carrying the output's text.
    const fileId = loaded.case.fileId;
    const item = !fileId
      ? null
      : kind && stored && upload
        ? await addFileItem(tx, deps, {
            fileId,
            kind: 'upload',
            title: `${step.stepId}. ${step.action}`.slice(0, 500),
            documentDate: doneDate,
            fileHash: stored.hash,
            fileName: displayName(upload.fileName, kind),
            mimeType: attachmentMimeTypes[kind],
            size: stored.size,
          })
        : body.output
          ? await addFileItem(tx, deps, {
              fileId,
              kind: 'link',
              linkType: 'case_step',
              linkId: step.id,
              title: `${step.stepId}. ${body.output}`.slice(0, 500),
              documentDate: doneDate,
            })
          : null;
    const decision = procedureStep?.condition ? (body.decision ?? null) : null;
    const [done] = await tx
      .update(caseSteps)
      .set({
        state: 'done',
        doneDate,
        doneAt: new Date(),
        doneBy: deps.actor.personId,
        decision,
        output: body.output || null,
        outputItemId: item?.id ?? null,
        workingDays: Math.max(0, calendar.countWorkingDays(step.startDate, doneDate)),
        daysLate: Math.max(0, calendar.countWorkingDays(step.dueDate, doneDate)),
        updatedAt: new Date(),
      })
      .where(eq(caseSteps.id, step.id))
      .returning();
    const following = nextStep(loaded.procedureSteps, step.stepId, decision as 'yes' | 'no' | null);
    const assignee = following ? await assigneeOrNull(tx, deps, 'nextAssigneeId', body.nextAssigneeId) : null;
    const next = following
      ? await openStep(
          tx,
          loaded.case,
          calendar,
          {
            stepId: following.id,
            action: following.action,
            duration: stepDuration(following),
            sequence: step.sequence + 1,
            start: doneDate,
            route: routeStep(following, loaded.case.unitId, loaded.units),
          },
          assignee?.id ?? null,
        )
      : null;
    const updated = await bump(
      tx,
      loaded.case,
      next
        ? {}
        : {
            state: 'closed',
            closedDate: doneDate,
            closedAt: new Date(),
            workingDays: Math.max(0, calendar.countWorkingDays(loaded.case.startDate, doneDate)),
          },
    );
    await audit(tx, deps, loaded.case, next ? 'complete_step' : 'close', step, {
      ...done,
      nextStep: next?.stepId ?? null,
      caseState: updated.state,
    });
    return { updated, next };
  });
  await mailStep(deps, result.updated, result.next);
  return result.updated;
}

/** Sends the case back to a step it has been through, with the reason; that step starts again today. */
export async function returnStep(
  deps: StepDeps,
  caseId: string,
  body: { version: number; toStepId: string; reason: string },
) {
  const today = todayInVietnam();
  const calendar = await calendarOf(deps, caseId, today);
  const result = await deps.db.transaction(async (tx) => {
    const loaded = await caseForAction(tx, deps.actor, caseId, body.version, (s) =>
      casesPolicy.returnStep(deps.actor, s),
    );
    const step = activeOf(loaded);
    const earlier = loaded.steps.filter((s) => s.state === 'done' && s.stepId === body.toStepId).at(-1);
    const procedureStep = loaded.procedureSteps.find((s) => s.id === body.toStepId);
    if (!earlier || !procedureStep) {
      throw invalidField('toStepId', {
        vi: 'Chỉ trả lại được về một bước mà công việc đã đi qua.',
        en: 'A case can only be returned to a step it has been through.',
      });
    }
    const [returned] = await tx
      .update(caseSteps)
      .set({
        state: 'returned',
        returnReason: body.reason,
        doneDate: today < step.startDate ? step.startDate : today,
        doneAt: new Date(),
        doneBy: deps.actor.personId,
        updatedAt: new Date(),
      })
      .where(eq(caseSteps.id, step.id))
      .returning();
    const next = await openStep(
      tx,
      loaded.case,
      calendar,
      {
        stepId: procedureStep.id,
        action: procedureStep.action,
        duration: stepDuration(procedureStep),
        sequence: step.sequence + 1,
        start: today,
        route: routeStep(procedureStep, loaded.case.unitId, loaded.units),
      },
      earlier.doneBy ?? earlier.assigneeId,
    );
    const updated = await bump(tx, loaded.case);
    await audit(tx, deps, loaded.case, 'return_step', step, { ...returned, nextStep: next.stepId });
    return { updated, next };
  });
  await mailStep(deps, result.updated, result.next);
  return result.updated;
}

/** Hands the active step to another person of the agency. */
export async function reassignStep(
  deps: StepDeps,
  caseId: string,
  body: { version: number; assigneeId: string },
) {
  const result = await deps.db.transaction(async (tx) => {
    const loaded = await caseForAction(tx, deps.actor, caseId, body.version, (s) =>
      casesPolicy.reassign(deps.actor, s),
    );
    const step = activeOf(loaded);
    const person = await assigneeOrNull(tx, deps, 'assigneeId', body.assigneeId);
    const [moved] = await tx
      .update(caseSteps)
      .set({ assigneeId: person?.id, ...noCandidates, reminderSentOn: null, updatedAt: new Date() })
      .where(eq(caseSteps.id, step.id))
      .returning();
    const updated = await bump(tx, loaded.case);
    await audit(
      tx,
      deps,
      loaded.case,
      'reassign_step',
      { step: step.stepId, assigneeId: step.assigneeId },
      {
        step: step.stepId,
        assigneeId: moved.assigneeId,
      },
    );
    return { updated, moved };
  });
  await mailStep(deps, result.updated, result.moved);
  return result.updated;
}

/** The unit head stops a case; its active step ends as returned with the reason. */
export async function cancelCase(deps: StepDeps, caseId: string, body: { version: number; reason: string }) {
  const today = todayInVietnam();
  return deps.db.transaction(async (tx) => {
    const loaded = await caseForAction(tx, deps.actor, caseId, body.version, (s) =>
      casesPolicy.cancel(deps.actor, s),
    );
    if (loaded.active) {
      await tx
        .update(caseSteps)
        .set({
          state: 'returned',
          returnReason: `Hủy công việc: ${body.reason}`,
          doneDate: today < loaded.active.startDate ? loaded.active.startDate : today,
          doneAt: new Date(),
          doneBy: deps.actor.personId,
          updatedAt: new Date(),
        })
        .where(eq(caseSteps.id, loaded.active.id));
    }
    const updated = await bump(tx, loaded.case, {
      state: 'cancelled',
      closedDate: today,
      closedAt: new Date(),
    });
    await audit(
      tx,
      deps,
      loaded.case,
      'cancel',
      { state: loaded.case.state },
      {
        state: 'cancelled',
        reason: body.reason,
      },
    );
    return updated;
  });
}
