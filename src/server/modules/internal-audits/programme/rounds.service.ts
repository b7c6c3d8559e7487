import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { roundBody, updateRoundBody } from '../../../../contract/internal-audits.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, staleVersion } from '../../../platform/http/errors.ts';
import { proceduresInForce } from '../../documents/index.ts';
import { agencyUnits } from '../../org/index.ts';
import { auditEvent, roundLabel } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadProgramme, loadRound } from '../internal-audits.repository.ts';
import { internalAuditRoundAudits, internalAuditRounds, internalAuditTeamMembers } from '../round.table.ts';
import { assertEditable } from './programme.service.ts';

/** Units must be active units of the agency; procedures, procedures in force. Else 400 naming the field. */
export async function checkScope(
  tx: Tx,
  agencyId: string,
  scope: { scopeUnitIds?: string[]; scopeProcedureIds?: string[] },
) {
  if (scope.scopeUnitIds) {
    const active = new Set(
      (await agencyUnits(tx, agencyId)).filter((u) => u.status === 'active').map((u) => u.id),
    );
    if (scope.scopeUnitIds.some((id) => !active.has(id)))
      throw invalidField('scopeUnitIds', {
        vi: 'Có đơn vị không thuộc cơ quan hoặc đã ngừng hoạt động.',
        en: 'A unit is not an active unit of the agency.',
      });
  }
  if (scope.scopeProcedureIds?.length) {
    const inForce = new Set((await proceduresInForce(tx, agencyId)).map((p) => p.id));
    if (scope.scopeProcedureIds.some((id) => !inForce.has(id)))
      throw invalidField('scopeProcedureIds', {
        vi: 'Có quy trình không thuộc cơ quan hoặc không còn hiệu lực.',
        en: 'A procedure is not one of the agency’s procedures in force.',
      });
  }
}

const dedupe = <T>(list: T[] | undefined) => (list ? [...new Set(list)] : undefined);

/** A round added to a draft programme: the next number of the programme (its row locked). */
export async function createRound(
  { db, actor, audit }: Deps,
  programmeId: string,
  body: z.infer<typeof roundBody>,
) {
  return db.transaction(async (tx) => {
    const programme = await loadProgramme(tx, actor, programmeId, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertEditable(programme);
    const values = {
      ...body,
      scopeUnitIds: dedupe(body.scopeUnitIds) ?? [],
      scopeProcedureIds: dedupe(body.scopeProcedureIds) ?? [],
      scopeClauses: dedupe(body.scopeClauses) ?? [],
    };
    await checkScope(tx, actor.agencyId, values);
    const [{ last }] = await tx
      .select({ last: sql<number>`coalesce(max(${internalAuditRounds.number}), 0)::int` })
      .from(internalAuditRounds)
      .where(
        and(
          eq(internalAuditRounds.agencyId, actor.agencyId),
          eq(internalAuditRounds.programmeId, programmeId),
        ),
      );
    const [row] = await tx
      .insert(internalAuditRounds)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        programmeId,
        number: last + 1,
        ...values,
        createdBy: actor.personId,
      })
      .returning();
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round',
      entityId: row.id,
      entityLabel: roundLabel(programme, row),
      action: 'create',
      changes: diff(null, values),
    });
    return row;
  });
}

/** Title, month, scope and criteria: only while the programme is a draft or returned. */
export async function updateRound(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof updateRoundBody>,
) {
  return db.transaction(async (tx) => {
    const { round, programme } = await loadRound(tx, actor, id, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertEditable(programme);
    if (body.version !== round.version) throw staleVersion();
    // An approved programme returned for amendment: what was published or audited stays as it was.
    if (round.state !== 'planned')
      throw new AppError(409, 'internal_audit.transition_forbidden', {
        vi: 'Đợt đánh giá đã công bố kế hoạch nên không sửa được phạm vi; hãy thêm một đợt mới nếu cần.',
        en: 'The round’s plan has been published, so its scope cannot change; add a new round if needed.',
      });
    const { version, ...rest } = body;
    const patch = {
      ...rest,
      scopeUnitIds: dedupe(rest.scopeUnitIds),
      scopeProcedureIds: dedupe(rest.scopeProcedureIds),
      scopeClauses: dedupe(rest.scopeClauses),
    };
    for (const key of Object.keys(patch) as Array<keyof typeof patch>)
      if (patch[key] === undefined) delete patch[key];
    await checkScope(tx, actor.agencyId, patch);
    const updated = await updateVersioned(
      tx,
      internalAuditRounds,
      { id, agencyId: actor.agencyId, version },
      patch,
    );
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round',
      entityId: id,
      entityLabel: roundLabel(programme, updated),
      action: 'update',
      changes: diff(round, updated),
    });
    return updated;
  });
}

/** A round of a draft programme, with its team and schedule, while nothing was audited yet. */
export async function deleteRound({ db, actor, audit }: Deps, id: string, version: number) {
  await db.transaction(async (tx) => {
    const { round, programme } = await loadRound(tx, actor, id, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertEditable(programme);
    if (version !== round.version) throw staleVersion();
    if (round.state !== 'planned')
      throw new AppError(409, 'internal_audit.transition_forbidden', {
        vi: 'Đợt đánh giá đã công bố kế hoạch nên không xóa được.',
        en: 'The round’s plan has been published; it cannot be deleted.',
      });
    await tx
      .delete(internalAuditRoundAudits)
      .where(
        and(eq(internalAuditRoundAudits.agencyId, actor.agencyId), eq(internalAuditRoundAudits.roundId, id)),
      );
    await tx
      .delete(internalAuditTeamMembers)
      .where(
        and(eq(internalAuditTeamMembers.agencyId, actor.agencyId), eq(internalAuditTeamMembers.roundId, id)),
      );
    await tx
      .delete(internalAuditRounds)
      .where(and(eq(internalAuditRounds.agencyId, actor.agencyId), eq(internalAuditRounds.id, id)));
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round',
      entityId: id,
      entityLabel: roundLabel(programme, round),
      action: 'delete',
      changes: diff(round, null),
    });
  });
}
