import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { roundAuditBody, updateRoundAuditBody } from '../../../../contract/internal-audits.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { isUniqueViolation, updateVersioned } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { forbidden, invalidField, notFound, staleVersion } from '../../../platform/http/errors.ts';
import { unitRows } from '../../org/index.ts';
import { auditEvent } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import {
  type Deps,
  loadRound,
  loadRoundAudit,
  type ProgrammeRow,
  type RoundAuditRow,
  type RoundRow,
  type TeamRow,
} from '../internal-audits.repository.ts';
import { checkScope } from '../programme/rounds.service.ts';
import { internalAuditRoundAudits } from '../round.table.ts';
import { assertIndependent } from './independence.ts';
import { assertRoundState } from './plan.common.ts';

const units = unitRows();
type Fields = z.infer<typeof updateRoundAuditBody>;

export const auditLabel = (programme: ProgrammeRow, round: RoundRow, unitName: string) =>
  `Đợt ${round.number}/${programme.year} – ${unitName}`;

const unitTaken = () =>
  invalidField(
    'unitId',
    { vi: 'Đơn vị này đã có lịch trong đợt đánh giá.', en: 'This unit is already scheduled in the round.' },
    409,
    'internal_audit.unit_scheduled',
  );

/** The checks every write of a unit's audit makes; 400 naming the field, 409 on independence. */
async function checkAudit(
  tx: Tx,
  ctx: { programme: ProgrammeRow; team: TeamRow[]; unit: { id: string; path: string; name: string } },
  values: Omit<
    RoundAuditRow,
    | 'id'
    | 'agencyId'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'roundId'
    | 'unitId'
    | 'state'
    | 'noticeSentAt'
  >,
) {
  if (values.auditDate && Number(values.auditDate.slice(0, 4)) !== ctx.programme.year)
    throw invalidField('auditDate', {
      vi: `Ngày đánh giá phải trong năm ${ctx.programme.year} của chương trình.`,
      en: `The audit date must be in the programme's year, ${ctx.programme.year}.`,
    });
  if (values.startTime && values.endTime && values.endTime <= values.startTime)
    throw invalidField('endTime', {
      vi: 'Giờ kết thúc phải sau giờ bắt đầu.',
      en: 'The end time must be after the start time.',
    });
  const team = new Set(ctx.team.map((m) => m.personId));
  if (values.auditorIds.some((id) => !team.has(id)))
    throw invalidField('auditorIds', {
      vi: 'Người đánh giá phải là thành viên đoàn đánh giá của đợt.',
      en: 'Auditors must be members of the round’s audit team.',
    });
  await checkScope(tx, ctx.programme.agencyId, { scopeProcedureIds: values.procedureIds });
  await assertIndependent(tx, ctx.programme.agencyId, values.auditorIds, {
    unitId: ctx.unit.id,
    unitPath: ctx.unit.path,
    unitName: ctx.unit.name,
    procedureIds: values.procedureIds,
  });
}

/** A unit of the round's scope put on the schedule (date, time, place, people, procedures, auditors). */
export async function addRoundAudit(
  { db, actor, audit }: Deps,
  roundId: string,
  body: z.infer<typeof roundAuditBody>,
) {
  try {
    return await db.transaction(async (tx) => {
      const { round, programme, team } = await loadRound(tx, actor, roundId, true);
      if (!auditPolicy.plan(actor)) throw forbidden();
      assertRoundState(round, ['planned'], { vi: 'thêm đơn vị vào lịch', en: 'add a unit to the schedule' });
      if (!round.scopeUnitIds.includes(body.unitId))
        throw invalidField('unitId', {
          vi: 'Đơn vị không thuộc phạm vi của đợt đánh giá.',
          en: 'The unit is not in the round’s scope.',
        });
      const [unit] = await tx
        .select({ id: units.id, path: units.path, name: units.name })
        .from(units)
        .where(and(eq(units.agencyId, actor.agencyId), eq(units.id, body.unitId)));
      if (!unit) throw notFound('unit');
      const [existing] = await tx
        .select({ id: internalAuditRoundAudits.id })
        .from(internalAuditRoundAudits)
        .where(
          and(
            eq(internalAuditRoundAudits.agencyId, actor.agencyId),
            eq(internalAuditRoundAudits.roundId, roundId),
            eq(internalAuditRoundAudits.unitId, body.unitId),
          ),
        );
      if (existing) throw unitTaken();
      const values = {
        ...body,
        procedureIds: [...new Set(body.procedureIds)],
        auditorIds: [...new Set(body.auditorIds)],
        clauses: [...new Set(body.clauses)],
      };
      await checkAudit(tx, { programme, team, unit }, values);
      const [row] = await tx
        .insert(internalAuditRoundAudits)
        .values({ id: newId(), agencyId: actor.agencyId, roundId, ...values })
        .returning();
      await auditEvent(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'internal_audit_round_audit',
        entityId: row.id,
        entityLabel: auditLabel(programme, round, unit.name),
        action: 'create',
        changes: diff(null, values),
      });
      return row;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw unitTaken();
    throw e;
  }
}

/**
 * A unit's audit changed (before the round starts). A new date clears the notice sent, so
 * the unit hears of the new date.
 */
export async function updateRoundAudit({ db, actor, audit }: Deps, id: string, body: Fields) {
  return db.transaction(async (tx) => {
    const loaded = await loadRoundAudit(tx, actor, id, true);
    const { round } = loaded;
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertRoundState(round, ['planned', 'plan_published'], {
      vi: 'sửa lịch đánh giá',
      en: 'change the schedule',
    });
    if (body.version !== loaded.audit.version) throw staleVersion();
    const { programme } = await loadRound(tx, actor, round.id);
    const { version, ...rest } = body;
    const values = {
      auditDate: rest.auditDate !== undefined ? rest.auditDate : loaded.audit.auditDate,
      startTime: rest.startTime !== undefined ? rest.startTime : loaded.audit.startTime,
      endTime: rest.endTime !== undefined ? rest.endTime : loaded.audit.endTime,
      place: rest.place ?? loaded.audit.place,
      auditeeRepresentatives: rest.auditeeRepresentatives ?? loaded.audit.auditeeRepresentatives,
      procedureIds: rest.procedureIds ? [...new Set(rest.procedureIds)] : loaded.audit.procedureIds,
      clauses: rest.clauses ? [...new Set(rest.clauses)] : loaded.audit.clauses,
      auditorIds: rest.auditorIds ? [...new Set(rest.auditorIds)] : loaded.audit.auditorIds,
    };
    const unit = { id: loaded.audit.unitId, path: loaded.facts.unit.unitPath ?? '', name: loaded.unitName };
    await checkAudit(tx, { programme, team: loaded.team, unit }, values);
    const moved = values.auditDate !== loaded.audit.auditDate;
    const updated = await updateVersioned(
      tx,
      internalAuditRoundAudits,
      { id, agencyId: actor.agencyId, version },
      { ...values, ...(moved ? { noticeSentAt: null } : {}) },
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round_audit',
      entityId: id,
      entityLabel: auditLabel(programme, round, loaded.unitName),
      action: 'update',
      changes: diff(loaded.audit, updated),
    });
    return updated;
  });
}

/** A unit taken off the schedule while the round is being planned. */
export async function deleteRoundAudit({ db, actor, audit }: Deps, id: string, version: number) {
  await db.transaction(async (tx) => {
    const loaded = await loadRoundAudit(tx, actor, id, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertRoundState(loaded.round, ['planned'], {
      vi: 'bỏ đơn vị khỏi lịch',
      en: 'take a unit off the schedule',
    });
    if (version !== loaded.audit.version) throw staleVersion();
    const { programme } = await loadRound(tx, actor, loaded.round.id);
    await tx
      .delete(internalAuditRoundAudits)
      .where(and(eq(internalAuditRoundAudits.agencyId, actor.agencyId), eq(internalAuditRoundAudits.id, id)));
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round_audit',
      entityId: id,
      entityLabel: auditLabel(programme, loaded.round, loaded.unitName),
      action: 'delete',
      changes: diff(loaded.audit, null),
    });
  });
}
