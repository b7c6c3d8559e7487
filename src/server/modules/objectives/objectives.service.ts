import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CreateObjectiveBody,
  type indicatorBody,
  type ObjectiveState,
  type objectiveActionBody,
  objectiveStateNames,
  type objectiveTransitionBody,
  procedureMeasures,
} from '../../../contract/objectives.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { documentRows } from '../documents/index.ts';
import { createNc } from '../nonconformities/index.ts';
import { personRows, verifySigner } from '../org/index.ts';
import { assertMayApprove, objectivePolicy } from './objectives.policy.ts';
import { indicatorSeries } from './objectives.queries.ts';
import {
  auditObjective,
  type Deps,
  loadObjective,
  type ObjectiveRow,
  units,
} from './objectives.repository.ts';
import { indicatorValues, objectiveActions, objectiveIndicators, objectives } from './objectives.table.ts';

const people = personRows();
const documents = documentRows();

export const wrongState = (state: string) =>
  new AppError(409, 'objective.transition_forbidden', {
    vi: `Không thể thực hiện thao tác này khi mục tiêu đang ở trạng thái "${objectiveStateNames[state as ObjectiveState]?.vi ?? state}".`,
    en: `This action is not possible while the objective is ${objectiveStateNames[state as ObjectiveState]?.en ?? state}.`,
  });

async function personIn(tx: Tx, agencyId: string, id: string, field: string) {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.agencyId, agencyId), eq(people.id, id), eq(people.active, true)));
  if (!person)
    throw invalidField(field, {
      vi: 'Người này không có trong cơ quan.',
      en: 'No such person in the agency.',
    });
}

async function unitIn(tx: Tx, agencyId: string, id: string, field: string) {
  const [unit] = await tx
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)));
  if (!unit)
    throw invalidField(field, { vi: 'Đơn vị không có trong cơ quan.', en: 'No such unit in the agency.' });
  return unit;
}

/**
 * Drafts an objective of a year: the agency's (by the secretariat) or a unit's (by its ISO
 * officer), optionally contributing to an agency objective of the same year, linked to the
 * year's quality objectives document.
 */
export async function createObjective(deps: Deps, body: CreateObjectiveBody) {
  const { actor } = deps;
  return deps.db.transaction(async (tx) => {
    const unit = body.unitId ? await unitIn(tx, actor.agencyId, body.unitId, 'unitId') : null;
    const scope = { agencyId: actor.agencyId, unitPath: unit?.path ?? null };
    if (!objectivePolicy.draft(actor, { scope, agencyLevel: !unit })) throw forbidden();
    await personIn(tx, actor.agencyId, body.ownerPersonId, 'ownerPersonId');
    if (body.parentId) {
      const [parent] = await tx
        .select()
        .from(objectives)
        .where(and(eq(objectives.agencyId, actor.agencyId), eq(objectives.id, body.parentId)));
      if (!parent || parent.unitId !== null || parent.year !== body.year || !unit)
        throw invalidField('parentId', {
          vi: 'Mục tiêu của đơn vị chỉ đóng góp vào một mục tiêu của cơ quan cùng năm.',
          en: "A unit's objective contributes only to an agency objective of the same year.",
        });
    }
    if (body.documentId) {
      const [doc] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.agencyId, actor.agencyId), eq(documents.id, body.documentId)));
      if (!doc)
        throw invalidField('documentId', {
          vi: 'Không có tài liệu này trong cơ quan.',
          en: 'No such document in the agency.',
        });
    }
    const [row] = await tx
      .insert(objectives)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        year: body.year,
        unitId: body.unitId,
        parentId: body.parentId ?? null,
        title: body.title,
        description: body.description ?? '',
        ownerPersonId: body.ownerPersonId,
        documentId: body.documentId ?? null,
        draftedBy: actor.personId,
      })
      .returning();
    await auditObjective(tx, deps.audit, row, 'create', diff(null, row));
    return row;
  });
}

/**
 * submit (draft or returned → submitted, by whoever drafts), approve (→ approved, by the
 * unit head or leadership, with their password: the shared e-approval; never the drafter),
 * return (→ returned with a reason). The row is locked and the version checked: one wins.
 */
export async function transitionObjective(
  deps: Deps,
  id: string,
  body: z.infer<typeof objectiveTransitionBody>,
) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { objective, facts } = await loadObjective(tx, actor, id, true);
    let patch: Partial<ObjectiveRow>;
    if (body.action === 'submit') {
      if (!objectivePolicy.draft(actor, facts)) throw forbidden();
      if (objective.state !== 'draft' && objective.state !== 'returned') throw wrongState(objective.state);
      const [indicator] = await tx
        .select({ id: objectiveIndicators.id })
        .from(objectiveIndicators)
        .where(and(eq(objectiveIndicators.agencyId, actor.agencyId), eq(objectiveIndicators.objectiveId, id)))
        .limit(1);
      if (!indicator)
        throw invalidField('indicators', {
          vi: 'Mục tiêu cần ít nhất một chỉ số trước khi trình phê duyệt.',
          en: 'The objective needs at least one indicator before it is submitted.',
        });
      patch = {
        state: 'submitted',
        submittedBy: actor.personId,
        submittedAt: new Date(),
        returnReason: null,
      };
    } else {
      if (!objectivePolicy.approve(actor, facts)) throw forbidden();
      if (objective.state !== 'submitted') throw wrongState(objective.state);
      if (body.action === 'approve') {
        assertMayApprove(actor, facts);
        await verifySigner(tx, actor, body.password);
        patch = { state: 'approved', approvedBy: actor.personId, approvedAt: new Date() };
      } else patch = { state: 'returned', returnReason: body.reason };
    }
    const updated = await updateVersioned(
      tx,
      objectives,
      { id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    await auditObjective(tx, deps.audit, objective, body.action, diff(objective, updated));
  });
}

/** Adds an indicator while the objective is a draft or returned; computed ones default to the objective's unit. */
export async function addIndicator(deps: Deps, objectiveId: string, body: z.infer<typeof indicatorBody>) {
  const { db, actor } = deps;
  return db.transaction(async (tx) => {
    const { objective, facts } = await loadObjective(tx, actor, objectiveId, true);
    if (!objectivePolicy.draft(actor, facts)) throw forbidden();
    if (objective.state !== 'draft' && objective.state !== 'returned') throw wrongState(objective.state);
    const { version, measure, params, ...fields } = body;
    const computed = fields.source === 'computed';
    const chosen = computed ? { ...params } : {};
    if (computed && !chosen.unitId && objective.unitId) chosen.unitId = objective.unitId;
    if (chosen.unitId) await unitIn(tx, actor.agencyId, chosen.unitId, 'params.unitId');
    if (chosen.procedureId) {
      if (!measure || !procedureMeasures.includes(measure))
        throw invalidField('params.procedureId', {
          vi: 'Chỉ số này không lọc theo quy trình.',
          en: 'This measure is not filtered by procedure.',
        });
      const [doc] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.agencyId, actor.agencyId), eq(documents.id, chosen.procedureId)));
      if (!doc)
        throw invalidField('params.procedureId', {
          vi: 'Không có quy trình này trong cơ quan.',
          en: 'No such procedure in the agency.',
        });
    }
    await updateVersioned(tx, objectives, { id: objectiveId, agencyId: actor.agencyId, version }, {});
    const [row] = await tx
      .insert(objectiveIndicators)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        objectiveId,
        ...fields,
        measure: computed ? (measure ?? null) : null,
        params: chosen,
        createdBy: actor.personId,
      })
      .returning();
    await auditObjective(tx, deps.audit, objective, 'add_indicator', diff(null, row));
    return row;
  });
}

/** Adds an action of the plan to achieve the objective, due in working days of the agency's calendar. */
export async function addPlanAction(
  deps: Deps,
  objectiveId: string,
  body: z.infer<typeof objectiveActionBody>,
) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { objective, facts } = await loadObjective(tx, actor, objectiveId, true);
    if (!objectivePolicy.draft(actor, facts)) throw forbidden();
    await personIn(tx, actor.agencyId, body.ownerPersonId, 'ownerPersonId');
    const today = todayInVietnam();
    const calendar = await workingCalendarFor(
      tx,
      actor.agencyId,
      today,
      `${Number(today.slice(0, 4)) + 2}-12-31`,
    );
    await updateVersioned(
      tx,
      objectives,
      { id: objectiveId, agencyId: actor.agencyId, version: body.version },
      {},
    );
    const [row] = await tx
      .insert(objectiveActions)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        objectiveId,
        description: body.description,
        ownerPersonId: body.ownerPersonId,
        dueDate: calendar.addWorkingDays(today, body.dueInWorkingDays),
        createdBy: actor.personId,
      })
      .returning();
    await auditObjective(tx, deps.audit, objective, 'add_action', diff(null, row));
  });
}

/** Marks a plan action done: its owner, or whoever drafts the objective. */
export async function completePlanAction(deps: Deps, objectiveId: string, actionId: string) {
  const { db, actor } = deps;
  await db.transaction(async (tx) => {
    const { objective, facts } = await loadObjective(tx, actor, objectiveId, true);
    const [action] = await tx
      .select()
      .from(objectiveActions)
      .where(
        and(
          eq(objectiveActions.agencyId, actor.agencyId),
          eq(objectiveActions.objectiveId, objectiveId),
          eq(objectiveActions.id, actionId),
        ),
      );
    if (!action) throw notFound('objective');
    if (action.ownerPersonId !== actor.personId && !objectivePolicy.draft(actor, facts)) throw forbidden();
    if (action.done) return;
    const [updated] = await tx
      .update(objectiveActions)
      .set({ done: true, doneOn: todayInVietnam(), updatedAt: new Date() })
      .where(eq(objectiveActions.id, actionId))
      .returning();
    await auditObjective(tx, deps.audit, objective, 'complete_action', diff(action, updated));
  });
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const viNumber = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/**
 * A missed target opens a nonconformity in one click: through nonconformities' public
 * createNc (its numbering, its rights: the unit's keepers), self-detected, against clause
 * 6.2, with the indicator, the period, the value and the target in its words.
 */
export async function raiseNonconformity(deps: Deps, indicatorId: string, periodStart: string) {
  const { db, actor } = deps;
  const [indicator] = await db
    .select()
    .from(objectiveIndicators)
    .where(and(eq(objectiveIndicators.agencyId, actor.agencyId), eq(objectiveIndicators.id, indicatorId)));
  if (!indicator) throw notFound('objective');
  const { objective } = await loadObjective(db, actor, indicator.objectiveId);
  const entries = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.agencyId, actor.agencyId), eq(indicatorValues.indicatorId, indicatorId)));
  const series = await indicatorSeries(db, actor.agencyId, objective.year, indicator, entries);
  const period = series.values.find((v) => v.periodStart === periodStart);
  if (period?.status !== 'missed' || period.value === null)
    throw new AppError(409, 'objective.not_missed', {
      vi: 'Chỉ số không có kỳ này hoặc kỳ này không phải "Không đạt".',
      en: 'The indicator has no such period, or the period is not "missed".',
    });
  const sign = indicator.direction === 'gte' ? '≥' : '≤';
  const unit = indicator.unit.trim() === '%' ? ' %' : ` ${indicator.unit}`;
  const when = `${dmy(period.periodStart)}–${dmy(period.periodEnd)}`;
  return createNc(deps, {
    source: 'self_detected',
    origin: {
      type: 'other',
      id: null,
      label: `Mục tiêu chất lượng năm ${objective.year}: ${indicator.name}, kỳ ${when}`.slice(0, 300),
    },
    title: `Không đạt chỉ tiêu "${indicator.name}" kỳ ${when}`.slice(0, 300),
    description:
      `Giá trị kỳ ${when}: ${viNumber(period.value)}${unit}; chỉ tiêu ${sign} ${viNumber(indicator.target)}${unit}. Mục tiêu: ${objective.title}.`.slice(
        0,
        5000,
      ),
    requirement: `Mục tiêu chất lượng năm ${objective.year}: ${objective.title}`.slice(0, 1000),
    clause: '6.2',
    procedureDocumentId: indicator.params.procedureId ?? null,
    unitId: objective.unitId ?? indicator.params.unitId ?? actor.unitId,
    detectedOn: todayInVietnam(),
    grade: 'minor',
  });
}
