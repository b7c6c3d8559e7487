import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { FindingList, MyAuditsView } from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { holdsSql } from '../../../platform/permissions/sql.ts';
import { checklistCounts } from '../checklist/checklist.service.ts';
import { internalAuditFindings } from '../finding.table.ts';
import { auditJoins, loadRoundAudit, units } from '../internal-audits.repository.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../round.table.ts';
import { findingViews } from './findings.service.ts';

/**
 * The unit head's (or ISO officer's) view: the findings at the units they manage, of
 * published rounds, newest round first; open ones to answer are marked by `can.respond`.
 */
export async function unitFindings(db: Db, actor: Actor): Promise<FindingList> {
  const rows = await db
    .select({ finding: internalAuditFindings })
    .from(internalAuditFindings)
    .innerJoin(
      units,
      and(eq(units.agencyId, internalAuditFindings.agencyId), eq(units.id, internalAuditFindings.unitId)),
    )
    .innerJoin(
      internalAuditRounds,
      and(
        eq(internalAuditRounds.agencyId, internalAuditFindings.agencyId),
        eq(internalAuditRounds.id, internalAuditFindings.roundId),
      ),
    )
    .where(
      and(
        eq(internalAuditFindings.agencyId, actor.agencyId),
        ne(internalAuditRounds.state, 'planned'),
        or(holdsSql(actor, 'unit_head', units.path), holdsSql(actor, 'iso_officer', units.path)),
      ),
    )
    .orderBy(desc(internalAuditRounds.createdAt), asc(internalAuditFindings.seq))
    .limit(500);
  const findings = rows.map((r) => r.finding);
  const loaded = new Map<string, Awaited<ReturnType<typeof loadRoundAudit>>>();
  for (const id of new Set(findings.map((f) => f.roundAuditId)))
    loaded.set(id, await loadRoundAudit(db, actor, id));
  return { items: await findingViews(db, actor, findings, (id) => loaded.get(id)), can: { record: false } };
}

/** "Đánh giá của tôi": the unit audits the actor performs in rounds under way, with what is left. */
export async function myAudits(db: Db, actor: Actor): Promise<MyAuditsView> {
  const rows = await db
    .select({
      audit: internalAuditRoundAudits,
      round: internalAuditRounds,
      year: internalAuditProgrammes.year,
      unitName: units.name,
    })
    .from(internalAuditRoundAudits)
    .innerJoin(internalAuditRounds, auditJoins.round)
    .innerJoin(internalAuditProgrammes, auditJoins.programme)
    .innerJoin(units, auditJoins.unit)
    .where(
      and(
        eq(internalAuditRoundAudits.agencyId, actor.agencyId),
        inArray(internalAuditRounds.state, ['plan_published', 'in_progress', 'reporting']),
        or(
          sql`${internalAuditRoundAudits.auditorIds} @> ${JSON.stringify([actor.personId])}::jsonb`,
          eq(internalAuditRounds.leadAuditorId, actor.personId),
        ),
      ),
    )
    .orderBy(asc(internalAuditRoundAudits.auditDate), asc(units.name));
  const ids = rows.map((r) => r.audit.id);
  const [counts, findings] = await Promise.all([
    checklistCounts(db, actor.agencyId, ids),
    ids.length
      ? db
          .select({ roundAuditId: internalAuditFindings.roundAuditId, n: sql<number>`count(*)::int` })
          .from(internalAuditFindings)
          .where(
            and(
              eq(internalAuditFindings.agencyId, actor.agencyId),
              inArray(internalAuditFindings.roundAuditId, ids),
            ),
          )
          .groupBy(internalAuditFindings.roundAuditId)
      : [],
  ]);
  const found = new Map(findings.map((f) => [f.roundAuditId, f.n]));
  return {
    items: rows.map((r) => {
      const c = counts.get(r.audit.id) ?? { items: 0, answered: 0 };
      return {
        roundAuditId: r.audit.id,
        round: { id: r.round.id, number: r.round.number, title: r.round.title, year: r.year },
        unit: { id: r.audit.unitId, name: r.unitName },
        auditDate: r.audit.auditDate,
        state: r.audit.state,
        unanswered: c.items - c.answered,
        findings: found.get(r.audit.id) ?? 0,
      };
    }),
  };
}
