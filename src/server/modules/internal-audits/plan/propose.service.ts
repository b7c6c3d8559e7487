import { and, eq } from 'drizzle-orm';
import type { CrossAssignmentView } from '../../../../contract/internal-audits.ts';
import { newId } from '../../../db/ids.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { proceduresInForce } from '../../documents/index.ts';
import { unitRows } from '../../org/index.ts';
import { auditEvent, roundLabel } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadRound } from '../internal-audits.repository.ts';
import { internalAuditRoundAudits } from '../round.table.ts';
import { proposeCrossAssignment } from './cross-assign.ts';
import { auditorsById, independenceReason, signatoriesOf } from './independence.ts';
import { assertRoundState, bumpRound } from './plan.common.ts';

const units = unitRows();

/**
 * "Đề xuất đánh giá chéo": puts every unit of the round's scope on the schedule (with the
 * procedures in scope it owns, when it has no audit yet) and assigns each unit auditors of
 * other units, balancing the load and respecting independence (the same rule the server
 * applies to every hand edit). The round's row is locked and its version moved on.
 */
export async function proposeForRound({ db, actor, audit }: Deps, roundId: string, version: number) {
  return db.transaction(async (tx): Promise<CrossAssignmentView> => {
    const { round, programme, team } = await loadRound(tx, actor, roundId, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertRoundState(round, ['planned'], { vi: 'đề xuất phân công', en: 'propose assignments' });
    await bumpRound(tx, round, version);
    const scopeUnits = await tx
      .select({ id: units.id, path: units.path, name: units.name })
      .from(units)
      .where(eq(units.agencyId, actor.agencyId));
    const unitById = new Map(scopeUnits.map((u) => [u.id, u]));
    const existing = await tx
      .select()
      .from(internalAuditRoundAudits)
      .where(
        and(
          eq(internalAuditRoundAudits.agencyId, actor.agencyId),
          eq(internalAuditRoundAudits.roundId, roundId),
        ),
      );
    const owned = await proceduresInForce(tx, actor.agencyId);
    for (const unitId of round.scopeUnitIds.filter((id) => !existing.some((a) => a.unitId === id))) {
      const procedureIds = owned
        .filter((p) => p.ownerUnitId === unitId && round.scopeProcedureIds.includes(p.id))
        .map((p) => p.id);
      const [row] = await tx
        .insert(internalAuditRoundAudits)
        .values({
          id: newId(),
          agencyId: actor.agencyId,
          roundId,
          unitId,
          procedureIds,
          clauses: round.scopeClauses,
        })
        .returning();
      existing.push(row);
    }
    const auditorIds = team.map((m) => m.personId);
    const [auditors, signatories] = await Promise.all([
      auditorsById(tx, actor.agencyId, auditorIds),
      signatoriesOf(
        tx,
        actor.agencyId,
        existing.flatMap((a) => a.procedureIds),
      ),
    ]);
    const target = (auditId: string) => {
      const a = existing.find((x) => x.id === auditId)!;
      const unit = unitById.get(a.unitId)!;
      return { unitId: unit.id, unitPath: unit.path, unitName: unit.name, procedureIds: a.procedureIds };
    };
    const proposal = proposeCrossAssignment(
      existing.map((a) => a.id),
      auditorIds.filter((id) => auditors.has(id)),
      (auditorId, auditId) => !independenceReason(auditors.get(auditorId)!, target(auditId), signatories),
    );
    for (const a of existing) {
      await tx
        .update(internalAuditRoundAudits)
        .set({
          auditorIds: proposal.assignments.get(a.id) ?? [],
          version: a.version + 1,
          updatedAt: new Date(),
        })
        .where(
          and(eq(internalAuditRoundAudits.agencyId, actor.agencyId), eq(internalAuditRoundAudits.id, a.id)),
        );
    }
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round',
      entityId: roundId,
      entityLabel: roundLabel(programme, round),
      action: 'propose_cross_assignment',
      changes: {
        assignments: {
          to: Object.fromEntries(
            existing.map((a) => [
              unitById.get(a.unitId)?.name ?? a.unitId,
              (proposal.assignments.get(a.id) ?? []).map((id) => auditors.get(id)?.name ?? id),
            ]),
          ),
        },
      },
    });
    const person = (id: string) => ({ id, name: auditors.get(id)?.name ?? '' });
    const unitRef = (id: string) => ({ id, name: unitById.get(id)?.name ?? '' });
    return {
      assignments: existing.map((a) => ({
        roundAuditId: a.id,
        unit: unitRef(a.unitId),
        auditors: (proposal.assignments.get(a.id) ?? []).map(person),
      })),
      uncovered: proposal.uncovered.map((id) => ({
        unit: unitRef(existing.find((a) => a.id === id)!.unitId),
        reason: {
          vi: 'Không thành viên nào của đoàn độc lập với đơn vị này (cùng đơn vị hoặc đã soạn thảo, xem xét, phê duyệt quy trình được đánh giá); hãy bổ sung chuyên gia vào đoàn.',
          en: 'No team member is independent of this unit (same unit, or drafted, reviewed or approved an audited procedure); add an auditor to the team.',
        },
      })),
    };
  });
}
