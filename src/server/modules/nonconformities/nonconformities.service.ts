import { and, eq, gte, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type actionBody,
  type analysisBody,
  type CreateNcBody,
  type completeActionBody,
  createNcBody,
  type NcGrade,
  type ncTransitionBody,
} from '../../../contract/nonconformities.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { caseForLink } from '../cases/index.ts';
import { documentRows, requestDocumentChange } from '../documents/index.ts';
import { personRows, unitRows } from '../org/index.ts';
import { notifyActionsAssigned, notifyPlanToApprove } from './nonconformities.notify.ts';
import { assertMayApprovePlan, assertMayVerify, ncPolicy } from './nonconformities.policy.ts';
import { type ActionRow, type Deps, loadNc, type NcRow } from './nonconformities.repository.ts';
import { ncSettingsOf, waitDaysFor } from './nonconformities.settings.ts';
import { auditNc, wrongState } from './nonconformities.shared.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const units = unitRows();
const people = personRows();
const documents = documentRows();

const audited = (tx: Tx, deps: Deps, nc: NcRow, action: string, changes: object) =>
  auditNc(tx, deps.audit, nc, action, changes);

async function unitOf(tx: Tx, agencyId: string, id: string, field: string) {
  const [unit] = await tx
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)));
  if (!unit)
    throw invalidField(field, { vi: 'Đơn vị không có trong cơ quan.', en: 'No such unit in the agency.' });
  return unit;
}

/** The earlier record of the same requirement in the same unit within a year, if any. */
async function earlierOccurrence(tx: Tx, agencyId: string, body: CreateNcBody) {
  const yearBefore = new Date(`${body.detectedOn}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  const sameRequirement = body.procedureDocumentId
    ? sql`(${nonconformities.procedureDocumentId} = ${body.procedureDocumentId} and coalesce(${nonconformities.clause}, '') = ${body.clause ?? ''})`
    : sql`lower(btrim(${nonconformities.requirement})) = lower(btrim(${body.requirement}))`;
  const [earlier] = await tx
    .select()
    .from(nonconformities)
    .where(
      and(
        eq(nonconformities.agencyId, agencyId),
        eq(nonconformities.unitId, body.unitId),
        ne(nonconformities.state, 'cancelled'),
        gte(nonconformities.detectedOn, yearBefore.toISOString().slice(0, 10)),
        sameRequirement,
      ),
    )
    .orderBy(sql`${nonconformities.detectedOn} desc`)
    .limit(1);
  return earlier;
}

/**
 * Records a nonconformity. Its number is the next of the agency's year, under a lock held
 * to the end of the transaction. A recurrence links to the earlier record and, if that one
 * was closed, sends it back to verification: its actions did not work.
 */
export async function createNc(deps: Deps, body: CreateNcBody) {
  return deps.db.transaction(async (tx) => {
    const unit = await unitOf(tx, deps.actor.agencyId, body.unitId, 'unitId');
    if (!ncPolicy.create(deps.actor, { agencyId: deps.actor.agencyId, unitPath: unit.path }))
      throw forbidden();
    return insertNc(tx, deps, await checkedOrigin(tx, deps.actor, body));
  });
}

/**
 * A work case named as origin must be one the person may read (its code becomes the label);
 * an audit finding is linked only by the internal-audit module (createFromAuditFinding).
 */
async function checkedOrigin(tx: Tx, actor: Deps['actor'], body: CreateNcBody): Promise<CreateNcBody> {
  const origin = body.origin;
  if (!origin) return body;
  if (origin.type === 'audit_finding')
    throw invalidField('origin.type', {
      vi: 'Sự không phù hợp từ phát hiện đánh giá nội bộ được ghi nhận từ phiếu phát hiện của đợt đánh giá.',
      en: 'A nonconformity from an audit finding is recorded from the finding, in the audit round.',
    });
  if (origin.type === 'work_case') {
    const found = origin.id ? await caseForLink(tx, actor, origin.id) : null;
    if (!found)
      throw invalidField('origin.id', {
        vi: 'Không tìm thấy công việc này hoặc bạn không có quyền xem.',
        en: 'This work case was not found, or you may not see it.',
      });
    return {
      ...body,
      origin: { type: 'work_case', id: found.id, label: `${found.code}: ${found.title}`.slice(0, 300) },
    };
  }
  return {
    ...body,
    origin: { ...origin, id: origin.type === 'document' ? origin.id : null, roundId: undefined },
  };
}

type NewNc = CreateNcBody & { origin: CreateNcBody['origin'] };

/**
 * Records a nonconformity inside the caller's transaction. Its number is the next of the
 * agency's year, under a lock held to the end of the transaction. A recurrence links to the
 * earlier record and, if that one was closed, sends it back to verification: its actions did
 * not work.
 */
async function insertNc(tx: Tx, deps: Pick<Deps, 'actor' | 'audit'>, body: NewNc) {
  const { actor } = deps;
  if (body.procedureDocumentId) {
    const [doc] = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.agencyId, actor.agencyId), eq(documents.id, body.procedureDocumentId)));
    if (!doc)
      throw invalidField('procedureDocumentId', {
        vi: 'Không có tài liệu này trong cơ quan.',
        en: 'No such document in the agency.',
      });
  }
  if (body.detectedOn > todayInVietnam())
    throw invalidField('detectedOn', {
      vi: 'Ngày phát hiện ở tương lai.',
      en: 'Detected on a future day.',
    });
  const year = Number(body.detectedOn.slice(0, 4));
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`nonconformities:${actor.agencyId}:${year}`}))`,
  );
  const [{ last }] = await tx
    .select({ last: sql<number>`coalesce(max(${nonconformities.seq}), 0)::int` })
    .from(nonconformities)
    .where(and(eq(nonconformities.agencyId, actor.agencyId), eq(nonconformities.year, year)));
  const seq = last + 1;
  const earlier = await earlierOccurrence(tx, actor.agencyId, body);
  const [row] = await tx
    .insert(nonconformities)
    .values({
      id: newId(),
      agencyId: actor.agencyId,
      year,
      seq,
      code: `KPH-${year}-${String(seq).padStart(3, '0')}`,
      ...body,
      detectedBy: actor.personId,
      recurrenceOfId: earlier?.id ?? null,
      createdBy: actor.personId,
    })
    .returning();
  await auditNc(tx, deps.audit, row, 'create', diff(null, row));
  if (earlier?.state === 'closed') {
    const reopened = await updateVersioned(
      tx,
      nonconformities,
      { id: earlier.id, agencyId: actor.agencyId, version: earlier.version },
      {
        state: 'awaiting_verification',
        closedOn: null,
        effective: null,
        verifiedBy: null,
        verifiedOn: null,
      },
    );
    await auditNc(tx, deps.audit, earlier, 'reopen_verification', {
      ...diff(earlier, reopened),
      recurrence: { to: row.code },
    });
  }
  return row;
}

/** What the internal-audit module hands over when a finding becomes a nonconformity. */
export type AuditFindingInput = {
  findingId: string;
  roundId: string;
  /** The finding's number or short name, shown as "Phát hiện <label>" (e.g. "ĐG-2026-01/03"). */
  findingLabel?: string;
  unitId: string;
  grade: NcGrade;
  clause?: string | null;
  /** The requirement not met, in words; the clause's words when not given. */
  requirement?: string;
  title?: string;
  description: string;
  procedureDocumentId?: string | null;
  /** The day of the finding; today when not given. */
  detectedOn?: string;
};

/**
 * Records the nonconformity of an audit finding, inside the caller's transaction (or its
 * own on a Db), with the link to the finding (origin audit_finding + id, shown as a link to
 * /internal-audits/findings/:id) and its round. The audit module decides who raises findings; this
 * checks the unit and the fields. Returns the new record's id.
 */
export async function createFromAuditFinding(
  db: Db | Tx,
  actorOrContext: Deps['actor'] | { actor: Deps['actor']; audit: AuditContext },
  input: AuditFindingInput,
): Promise<string> {
  // The actor alone (its audit event then carries no request's address), or the route's context.
  const context =
    'audit' in actorOrContext ? actorOrContext : { actor: actorOrContext, audit: { actor: actorOrContext } };
  const parsed = createNcBody.safeParse({
    source: 'internal_audit',
    origin: {
      type: 'audit_finding',
      id: input.findingId,
      roundId: input.roundId,
      label: (input.findingLabel ? `Phát hiện ${input.findingLabel}` : 'Phát hiện của đánh giá nội bộ').slice(
        0,
        300,
      ),
    },
    title: (input.title ?? input.description).trim().slice(0, 300),
    description: input.description,
    requirement: input.requirement ?? (input.clause ? `TCVN ISO 9001:2015 mục ${input.clause}` : ''),
    clause: input.clause ?? null,
    procedureDocumentId: input.procedureDocumentId ?? null,
    unitId: input.unitId,
    detectedOn: input.detectedOn ?? todayInVietnam(),
    grade: input.grade,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidField(issue.path.join('.'), {
      vi: `Phát hiện chưa đủ thông tin để ghi nhận sự không phù hợp (${issue.path.join('.')}).`,
      en: `The finding lacks what a nonconformity needs (${issue.path.join('.')}).`,
    });
  }
  const body = parsed.data;
  const run = async (tx: Tx) => {
    await unitOf(tx, context.actor.agencyId, body.unitId, 'unitId');
    return (await insertNc(tx, context, body)).id;
  };
  // On a transaction this is a savepoint: a refusal leaves the caller's work as it was.
  return (db as Db).transaction(run);
}

/** "Revise a document" names a document of the agency in force. */
async function assertRevisable(tx: Tx, agencyId: string, documentId: string | null) {
  const [doc] = documentId
    ? await tx
        .select({ status: documents.status })
        .from(documents)
        .where(and(eq(documents.agencyId, agencyId), eq(documents.id, documentId)))
    : [];
  if (doc?.status !== 'in_force')
    throw invalidField('documentId', {
      vi: 'Chọn tài liệu đang hiệu lực cần sửa đổi.',
      en: 'Choose the document in force to revise.',
    });
}

/**
 * On plan approval each "revise a document" action opens its change request in document
 * control, as the approver. When document control refuses (a change already in progress,
 * or a document the approver may not change), the action waits for whichever revision
 * comes into force next (the follow-up job completes it).
 */
async function openChangeRequests(tx: Tx, deps: Deps, nc: NcRow, actions: ActionRow[]) {
  for (const action of actions) {
    if (action.kind !== 'revise_document' || action.state !== 'open' || !action.documentId) continue;
    try {
      const opened = await tx.transaction((savepoint) =>
        requestDocumentChange(
          { ...deps, db: savepoint as never },
          {
            kind: 'revise',
            documentId: action.documentId as string,
            reason: `Hành động khắc phục ${nc.code}: ${action.description}`.slice(0, 2000),
          },
        ),
      );
      await tx
        .update(nonconformityActions)
        .set({ changeVersionId: opened.versionId })
        .where(and(eq(nonconformityActions.agencyId, nc.agencyId), eq(nonconformityActions.id, action.id)));
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
    }
  }
}

/** Records the correction, the why-why chain and the decision; again while not yet approved. */
export async function analyseNc(deps: Deps, id: string, body: z.infer<typeof analysisBody>) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { nc, facts } = await loadNc(tx, actor, id, true);
    if (!ncPolicy.edit(actor, facts.unit)) throw forbidden();
    if (nc.state !== 'draft' && nc.state !== 'analysed') throw wrongState(nc.state);
    const { version, ...analysis } = body;
    const updated = await updateVersioned(
      tx,
      nonconformities,
      { id, agencyId: actor.agencyId, version },
      { ...analysis, state: 'analysed', analysedBy: actor.personId, analysedAt: new Date() },
    );
    await audited(tx, deps, nc, 'analyse', diff(nc, updated));
    await notifyPlanToApprove(tx, updated);
  });
}

/** Adds an action to the plan (before approval), due in working days of the agency's calendar. */
export async function addAction(deps: Deps, id: string, body: z.infer<typeof actionBody>) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { nc, facts } = await loadNc(tx, actor, id, true);
    if (!ncPolicy.edit(actor, facts.unit)) throw forbidden();
    if (nc.state !== 'analysed') throw wrongState(nc.state);
    if (nc.decision === 'correct_only' && body.kind !== 'correction')
      throw invalidField('kind', {
        vi: 'Quyết định là chỉ khắc phục tức thời: kế hoạch chỉ có hành động khắc phục tức thời.',
        en: 'The decision is correction only: the plan holds corrections only.',
      });
    if (body.kind === 'revise_document') await assertRevisable(tx, actor.agencyId, body.documentId);
    await unitOf(tx, actor.agencyId, body.ownerUnitId, 'ownerUnitId');
    const [owner] = await tx
      .select()
      .from(people)
      .where(
        and(eq(people.agencyId, actor.agencyId), eq(people.id, body.ownerPersonId), eq(people.active, true)),
      );
    if (!owner)
      throw invalidField('ownerPersonId', {
        vi: 'Người phụ trách không có trong cơ quan.',
        en: 'No such person in the agency.',
      });
    const today = todayInVietnam();
    const calendar = await workingCalendarFor(
      tx,
      actor.agencyId,
      today,
      `${Number(today.slice(0, 4)) + 2}-12-31`,
    );
    const { version, dueInWorkingDays, ...fields } = body;
    // The record's version guards the plan: two people adding at once, one wins.
    await updateVersioned(tx, nonconformities, { id, agencyId: actor.agencyId, version }, {});
    const [row] = await tx
      .insert(nonconformityActions)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        nonconformityId: id,
        ...fields,
        dueDate: calendar.addWorkingDays(today, dueInWorkingDays),
        createdBy: actor.personId,
      })
      .returning();
    await audited(tx, deps, nc, 'add_action', diff(null, row));
  });
}

/**
 * When no action of the plan is open any more, the record waits for verification, from the
 * day its grade's waiting period (working days) ends.
 */
export async function awaitVerificationIfLast(
  tx: Tx,
  audit: AuditContext,
  nc: NcRow,
  otherActions: ActionRow[],
  today: string,
) {
  if (otherActions.some((a) => a.state === 'open')) return;
  const calendar = await workingCalendarFor(tx, nc.agencyId, today, `${Number(today.slice(0, 4)) + 1}-12-31`);
  const settings = await ncSettingsOf(tx, nc.agencyId);
  const verifiableFrom = calendar.addWorkingDays(today, waitDaysFor(settings, nc.grade as NcGrade));
  const updated = await updateVersioned(
    tx,
    nonconformities,
    { id: nc.id, agencyId: nc.agencyId, version: nc.version },
    { state: 'awaiting_verification', verifiableFrom },
  );
  await auditNc(tx, audit, nc, 'await_verification', diff(nc, updated));
}

/**
 * An action done, with its evidence. When it was the last one the record waits for
 * verification, from the day its grade's waiting period ends.
 */
export async function completeAction(
  deps: Deps,
  id: string,
  actionId: string,
  body: z.infer<typeof completeActionBody>,
) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { nc, actions } = await loadNc(tx, actor, id, true);
    const action = actions.find((a) => a.id === actionId);
    if (!action) throw notFound('action');
    const ownerUnit = await unitOf(tx, actor.agencyId, action.ownerUnitId, 'ownerUnitId');
    if (
      !ncPolicy.completeAction(actor, {
        ...action,
        ownerUnit: { agencyId: actor.agencyId, unitPath: ownerUnit.path },
      })
    )
      throw forbidden();
    if (nc.state !== 'in_progress') throw wrongState(nc.state);
    if (action.kind === 'revise_document')
      throw new AppError(409, 'nonconformity.action_by_revision', {
        vi: 'Hành động sửa đổi tài liệu hoàn thành khi phiên bản mới có hiệu lực.',
        en: 'A "revise a document" action is done when the new version comes into force.',
      });
    if (action.state !== 'open')
      throw new AppError(409, 'nonconformity.action_done', {
        vi: 'Hành động này đã hoàn thành.',
        en: 'This action is done already.',
      });
    const today = todayInVietnam();
    const done = await updateVersioned(
      tx,
      nonconformityActions,
      { id: actionId, agencyId: actor.agencyId, version: body.version },
      { state: 'done', doneOn: today, doneBy: actor.personId, evidence: body.evidence },
    );
    await audited(tx, deps, nc, 'complete_action', diff(action, done));
    const rest = actions.filter((a) => a.id !== actionId);
    await awaitVerificationIfLast(tx, deps.audit, nc, rest, today);
  });
}

/** approve_plan (unit head, not the analyst), verify (not an implementer, after the wait), cancel. */
export async function transitionNc(deps: Deps, id: string, body: z.infer<typeof ncTransitionBody>) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { nc, actions, facts } = await loadNc(tx, actor, id, true);
    const key = { id, agencyId: actor.agencyId, version: body.version };
    const today = todayInVietnam();
    let patch: Partial<NcRow>;
    if (body.action === 'approve_plan') {
      if (!ncPolicy.approvePlan(actor, facts.unit)) throw forbidden();
      if (nc.state !== 'analysed') throw wrongState(nc.state);
      assertMayApprovePlan(actor, facts);
      if (!actions.some((a) => a.state === 'open'))
        throw invalidField(
          'actions',
          { vi: 'Kế hoạch chưa có hành động nào.', en: 'The plan has no action yet.' },
          409,
          'nonconformity.empty_plan',
        );
      patch = { state: 'in_progress', planApprovedBy: actor.personId, planApprovedAt: new Date() };
      await openChangeRequests(tx, deps, nc, actions);
    } else if (body.action === 'verify') {
      if (!ncPolicy.verify(actor, facts.unit)) throw forbidden();
      if (nc.state !== 'awaiting_verification') throw wrongState(nc.state);
      assertMayVerify(actor, facts);
      if (body.effective === undefined)
        throw invalidField('effective', {
          vi: 'Cho biết hành động có hiệu quả không.',
          en: 'Say whether it was effective.',
        });
      if (nc.verifiableFrom && today < nc.verifiableFrom)
        throw invalidField(
          'effective',
          {
            vi: `Chưa hết thời gian chờ để xác nhận hiệu quả: từ ngày ${nc.verifiableFrom.split('-').reverse().join('/')}.`,
            en: `The waiting period before verification runs until ${nc.verifiableFrom}.`,
          },
          409,
          'nonconformity.too_early',
        );
      patch = body.effective
        ? {
            state: 'closed',
            effective: true,
            verifiedBy: actor.personId,
            verifiedOn: today,
            closedOn: today,
            verificationNote: body.note ?? '',
          }
        : {
            state: 'analysed',
            effective: false,
            verifiedBy: actor.personId,
            verifiedOn: today,
            verificationNote: body.note ?? '',
            planApprovedBy: null,
            planApprovedAt: null,
          };
    } else {
      if (!ncPolicy.cancel(actor, facts.unit)) throw forbidden();
      if (nc.state === 'closed' || nc.state === 'cancelled') throw wrongState(nc.state);
      if (!body.reason)
        throw invalidField('reason', { vi: 'Cho biết lý do hủy.', en: 'Give the reason for cancelling.' });
      patch = { state: 'cancelled', cancelReason: body.reason };
    }
    const updated = await updateVersioned(tx, nonconformities, key, patch);
    await audited(tx, deps, nc, body.action, diff(nc, updated));
    if (body.action === 'approve_plan') await notifyActionsAssigned(tx, updated, actions);
  });
}
