import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { teamBody } from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { forbidden, invalidField } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { roleHolders } from '../../org/index.ts';
import { auditEvent, roundLabel } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { type Deps, loadRound } from '../internal-audits.repository.ts';
import { internalAuditRoundAudits, internalAuditTeamMembers } from '../round.table.ts';
import { assertRoundState, bumpRound } from './plan.common.ts';

/** People who may sit on an audit team: the holders of the internal auditor role. */
export async function auditorCandidates(db: Db, actor: Actor) {
  if (!auditPolicy.plan(actor)) throw forbidden();
  const holders = await roleHolders(db, actor.agencyId, 'internal_auditor');
  return {
    items: holders.map((h) => ({
      person: { id: h.id, name: h.fullName },
      unitId: h.unitId,
      unitName: h.unitName,
    })),
  };
}

/**
 * Đoàn đánh giá: the lead auditor (trưởng đoàn) and the members, each holding the internal
 * auditor role; replaces the team, and takes people no longer on it off the units' audits.
 */
export async function setTeam({ db, actor, audit }: Deps, roundId: string, body: z.infer<typeof teamBody>) {
  return db.transaction(async (tx) => {
    const { round, programme, team } = await loadRound(tx, actor, roundId, true);
    if (!auditPolicy.plan(actor)) throw forbidden();
    assertRoundState(round, ['planned'], { vi: 'đổi đoàn đánh giá', en: 'change the team' });
    const holders = new Set((await roleHolders(tx, actor.agencyId, 'internal_auditor')).map((h) => h.id));
    const notAuditor = {
      vi: 'Người này không giữ vai trò chuyên gia đánh giá nội bộ.',
      en: 'This person does not hold the internal auditor role.',
    };
    if (!holders.has(body.leadAuditorId)) throw invalidField('leadAuditorId', notAuditor);
    const members = [...new Set(body.memberIds)].filter((id) => id !== body.leadAuditorId);
    if (members.some((id) => !holders.has(id))) throw invalidField('memberIds', notAuditor);
    const updated = await bumpRound(tx, round, body.version, { leadAuditorId: body.leadAuditorId });
    await tx
      .delete(internalAuditTeamMembers)
      .where(
        and(
          eq(internalAuditTeamMembers.agencyId, actor.agencyId),
          eq(internalAuditTeamMembers.roundId, roundId),
        ),
      );
    await tx.insert(internalAuditTeamMembers).values(
      [body.leadAuditorId, ...members].map((personId, i) => ({
        id: newId(),
        agencyId: actor.agencyId,
        roundId,
        personId,
        role: i === 0 ? 'lead' : 'member',
        createdAt: new Date(Date.now() + i),
      })),
    );
    const onTeam = new Set([body.leadAuditorId, ...members]);
    const audits = await tx
      .select()
      .from(internalAuditRoundAudits)
      .where(
        and(
          eq(internalAuditRoundAudits.agencyId, actor.agencyId),
          eq(internalAuditRoundAudits.roundId, roundId),
        ),
      );
    for (const a of audits.filter((a) => a.auditorIds.some((id) => !onTeam.has(id)))) {
      await tx
        .update(internalAuditRoundAudits)
        .set({
          auditorIds: a.auditorIds.filter((id) => onTeam.has(id)),
          version: a.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(internalAuditRoundAudits.id, a.id));
    }
    await auditEvent(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'internal_audit_round',
      entityId: roundId,
      entityLabel: roundLabel(programme, round),
      action: 'set_team',
      changes: {
        leadAuditorId: { from: round.leadAuditorId, to: body.leadAuditorId },
        memberIds: { from: team.filter((m) => m.role === 'member').map((m) => m.personId), to: members },
      },
    });
    return updated;
  });
}
