import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type {
  ProgrammeState,
  RoundAuditState,
  RoundAuditView,
  RoundView,
} from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { agencyUnits, unitsInTreeOrder } from '../../org/index.ts';
import { type Names, namesFor, roundSummaries } from '../internal-audits.names.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import {
  auditJoins,
  loadRound,
  loadRoundAudit,
  type RoundAuditRow,
  roundFacts,
  units,
} from '../internal-audits.repository.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditRoundAudits, internalAuditRounds, internalAuditTeamMembers } from '../round.table.ts';

const idsOf = (audits: RoundAuditRow[]) => ({
  units: audits.map((a) => a.unitId),
  people: audits.flatMap((a) => a.auditorIds),
  procedures: audits.flatMap((a) => a.procedureIds),
});

export const roundAuditView = (a: RoundAuditRow, names: Names): RoundAuditView => ({
  id: a.id,
  unit: names.unit(a.unitId),
  auditDate: a.auditDate,
  startTime: a.startTime,
  endTime: a.endTime,
  place: a.place,
  auditeeRepresentatives: a.auditeeRepresentatives,
  procedures: a.procedureIds.map(names.procedure),
  clauses: a.clauses,
  auditors: a.auditorIds.map(names.person),
  state: a.state as RoundAuditState,
  noticeSentAt: a.noticeSentAt?.toISOString() ?? null,
  version: a.version,
});

/** The round page: scope, team, the schedule in the unit tree's order, and what this person may do. */
export async function getRound(db: Db, actor: Actor, id: string): Promise<RoundView> {
  const { round, programme, team, facts } = await loadRound(db, actor, id);
  const audits = await db
    .select()
    .from(internalAuditRoundAudits)
    .where(
      and(eq(internalAuditRoundAudits.agencyId, actor.agencyId), eq(internalAuditRoundAudits.roundId, id)),
    );
  const order = new Map(unitsInTreeOrder(await agencyUnits(db, actor.agencyId)).map((u, i) => [u.id, i]));
  audits.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  const ids = idsOf(audits);
  const names = await namesFor(db, actor.agencyId, {
    ...ids,
    people: [...ids.people, ...team.map((m) => m.personId)],
  });
  const memberUnits = await namesFor(db, actor.agencyId, {
    units: team.map((m) => names.personRow(m.personId)?.unitId ?? '').filter(Boolean),
  });
  const [summary] = await roundSummaries(db, actor.agencyId, [round]);
  const plans = auditPolicy.plan(actor);
  return {
    ...summary,
    programmeYear: programme.year,
    programmeState: programme.state as ProgrammeState,
    team: team.map((m) => ({
      person: names.person(m.personId),
      unitName: memberUnits.unit(names.personRow(m.personId)?.unitId ?? '').name,
      role: m.role as 'lead' | 'member',
    })),
    audits: audits.map((a) => roundAuditView(a, names)),
    can: {
      plan: plans && round.state === 'planned',
      schedule: plans && (round.state === 'planned' || round.state === 'plan_published'),
      run: auditPolicy.runRound(actor, facts),
      publish: plans && round.state === 'planned' && programme.state === 'approved',
    },
  };
}

/** One unit's audit (the audited unit's head and ISO officer read theirs once published). */
export async function getRoundAudit(db: Db, actor: Actor, id: string) {
  const { audit } = await loadRoundAudit(db, actor, id);
  return roundAuditView(audit, await namesFor(db, actor.agencyId, idsOf([audit])));
}

/**
 * "Lịch đánh giá": the published audits this person takes part in — as an auditor, or as the
 * head or ISO officer of the audited unit — with their round, soonest first.
 */
export async function mySchedule(db: Db, actor: Actor) {
  const rows = await db
    .select({
      audit: internalAuditRoundAudits,
      round: internalAuditRounds,
      year: internalAuditProgrammes.year,
      unitPath: units.path,
    })
    .from(internalAuditRoundAudits)
    .innerJoin(internalAuditRounds, auditJoins.round)
    .innerJoin(internalAuditProgrammes, auditJoins.programme)
    .innerJoin(units, auditJoins.unit)
    .where(
      and(
        eq(internalAuditRoundAudits.agencyId, actor.agencyId),
        ne(internalAuditRounds.state, 'planned'),
        ne(internalAuditRounds.state, 'closed'),
      ),
    )
    .orderBy(asc(internalAuditRoundAudits.auditDate));
  const roundIds = [...new Set(rows.map((r) => r.round.id))];
  const members = roundIds.length
    ? await db
        .select()
        .from(internalAuditTeamMembers)
        .where(
          and(
            eq(internalAuditTeamMembers.agencyId, actor.agencyId),
            inArray(internalAuditTeamMembers.roundId, roundIds),
          ),
        )
    : [];
  const teamByRound = new Map(roundIds.map((id) => [id, members.filter((m) => m.roundId === id)]));
  const mine = rows.filter(({ audit, round, unitPath }) => {
    const facts = {
      ...roundFacts(round, teamByRound.get(round.id) ?? []),
      unit: { agencyId: audit.agencyId, unitPath },
      auditorIds: audit.auditorIds,
      published: true,
    };
    return auditPolicy.auditorOf(actor, facts) || auditPolicy.auditeeOf(actor, facts);
  });
  const names = await namesFor(db, actor.agencyId, idsOf(mine.map((r) => r.audit)));
  return {
    items: mine.map((r) => ({
      ...roundAuditView(r.audit, names),
      round: { id: r.round.id, number: r.round.number, title: r.round.title, year: r.year },
    })),
  };
}
