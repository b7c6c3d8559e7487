import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { unitRows } from '../org/index.ts';
import { auditPolicy, type RoundAuditFacts, type RoundFacts } from './internal-audits.policy.ts';
import { internalAuditProgrammes } from './programme.table.ts';
import { internalAuditRoundAudits, internalAuditRounds, internalAuditTeamMembers } from './round.table.ts';

export type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type ProgrammeRow = typeof internalAuditProgrammes.$inferSelect;
export type RoundRow = typeof internalAuditRounds.$inferSelect;
export type RoundAuditRow = typeof internalAuditRoundAudits.$inferSelect;
export type TeamRow = typeof internalAuditTeamMembers.$inferSelect;

export const units = unitRows();

/** The joins from a unit's audit to its round, the round's programme, and the audited unit. */
export const auditJoins = {
  round: and(
    eq(internalAuditRounds.agencyId, internalAuditRoundAudits.agencyId),
    eq(internalAuditRounds.id, internalAuditRoundAudits.roundId),
  ),
  programme: and(
    eq(internalAuditProgrammes.agencyId, internalAuditRounds.agencyId),
    eq(internalAuditProgrammes.id, internalAuditRounds.programmeId),
  ),
  unit: and(
    eq(units.agencyId, internalAuditRoundAudits.agencyId),
    eq(units.id, internalAuditRoundAudits.unitId),
  ),
};

/** A programme the actor may read; `lock` takes its row (FOR UPDATE). Otherwise 404. */
export async function loadProgramme(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select()
    .from(internalAuditProgrammes)
    .where(and(eq(internalAuditProgrammes.agencyId, actor.agencyId), eq(internalAuditProgrammes.id, id)));
  const [programme] = lock ? await base.for('update') : await base;
  if (!programme || !auditPolicy.readProgramme(actor)) throw notFound('internal_audit_programme');
  return programme;
}

export async function teamOf(tx: Tx | Db, agencyId: string, roundId: string) {
  return tx
    .select()
    .from(internalAuditTeamMembers)
    .where(
      and(eq(internalAuditTeamMembers.agencyId, agencyId), eq(internalAuditTeamMembers.roundId, roundId)),
    )
    .orderBy(asc(internalAuditTeamMembers.createdAt), asc(internalAuditTeamMembers.id));
}

export const roundFacts = (round: RoundRow, team: TeamRow[]): RoundFacts => ({
  agencyId: round.agencyId,
  leadAuditorId: round.leadAuditorId,
  teamIds: team.map((m) => m.personId),
});

/**
 * A round the actor may read, with its programme and team; `lock` takes the round's row
 * (FOR UPDATE) so the change that follows is the only one. Otherwise 404.
 */
export async function loadRound(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select({ round: internalAuditRounds, programme: internalAuditProgrammes })
    .from(internalAuditRounds)
    .innerJoin(internalAuditProgrammes, auditJoins.programme)
    .where(and(eq(internalAuditRounds.agencyId, actor.agencyId), eq(internalAuditRounds.id, id)));
  const [row] = lock ? await base.for('update', { of: internalAuditRounds }) : await base;
  if (!row) throw notFound('internal_audit_round');
  const team = await teamOf(tx, actor.agencyId, id);
  const facts = roundFacts(row.round, team);
  if (!auditPolicy.readRound(actor, facts)) throw notFound('internal_audit_round');
  return { ...row, team, facts };
}

/**
 * One unit's audit of a round the actor may read (planners, the team, the audited unit's
 * head and ISO officer once published), with its round and unit; `lock` takes its row.
 */
export async function loadRoundAudit(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select({
      audit: internalAuditRoundAudits,
      round: internalAuditRounds,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(internalAuditRoundAudits)
    .innerJoin(internalAuditRounds, auditJoins.round)
    .innerJoin(units, auditJoins.unit)
    .where(and(eq(internalAuditRoundAudits.agencyId, actor.agencyId), eq(internalAuditRoundAudits.id, id)));
  const [row] = lock ? await base.for('update', { of: internalAuditRoundAudits }) : await base;
  if (!row) throw notFound('internal_audit_round_audit');
  const team = await teamOf(tx, actor.agencyId, row.round.id);
  const facts: RoundAuditFacts = {
    ...roundFacts(row.round, team),
    unit: { agencyId: row.audit.agencyId, unitPath: row.unitPath },
    auditorIds: row.audit.auditorIds,
    published: row.round.state !== 'planned',
  };
  if (!auditPolicy.readRoundAudit(actor, facts)) throw notFound('internal_audit_round_audit');
  return { audit: row.audit, round: row.round, unitName: row.unitName, team, facts };
}
