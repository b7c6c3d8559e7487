import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type FindingKind, findingKinds } from '../../../../contract/internal-audits.ts';
import type { GradeCounts } from '../../../../contract/internal-audits-work.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { checklistCounts } from '../checklist/checklist.service.ts';
import { internalAuditFindings } from '../finding.table.ts';
import { namesFor } from '../internal-audits.names.ts';
import { internalAuditRoundAudits } from '../round.table.ts';
import { internalAuditSamples } from '../sample.table.ts';

export const emptyCounts = (): GradeCounts => ({
  conformity: 0,
  major: 0,
  minor: 0,
  observation: 0,
  improvement: 0,
  total: 0,
});

export function countKinds(kinds: string[]): GradeCounts {
  const counts = emptyCounts();
  for (const k of kinds)
    if ((findingKinds as readonly string[]).includes(k)) {
      counts[k as FindingKind] += 1;
      counts.total += 1;
    }
  return counts;
}

/**
 * What the report says of a round, recounted from its rows every time it is read: per
 * audited unit what was audited (procedures, clauses, checklist answered, samples) and the
 * findings by grade; and the round's totals. The snapshot kept at submission is this.
 */
export async function roundFigures(db: Db | Tx, agencyId: string, roundId: string) {
  const audits = await db
    .select()
    .from(internalAuditRoundAudits)
    .where(
      and(eq(internalAuditRoundAudits.agencyId, agencyId), eq(internalAuditRoundAudits.roundId, roundId)),
    )
    .orderBy(asc(internalAuditRoundAudits.auditDate), asc(internalAuditRoundAudits.createdAt));
  const ids = audits.map((a) => a.id);
  // One after another: inside a transaction the queries share one connection.
  const findings = await db
    .select()
    .from(internalAuditFindings)
    .where(and(eq(internalAuditFindings.agencyId, agencyId), eq(internalAuditFindings.roundId, roundId)))
    .orderBy(asc(internalAuditFindings.seq));
  const checklist = await checklistCounts(db, agencyId, ids);
  const samples = ids.length
    ? await db
        .select({ roundAuditId: internalAuditSamples.roundAuditId, n: sql<number>`count(*)::int` })
        .from(internalAuditSamples)
        .where(
          and(eq(internalAuditSamples.agencyId, agencyId), inArray(internalAuditSamples.roundAuditId, ids)),
        )
        .groupBy(internalAuditSamples.roundAuditId)
    : [];
  const names = await namesFor(db, agencyId, {
    units: audits.map((a) => a.unitId),
    people: audits.flatMap((a) => a.auditorIds),
    procedures: audits.flatMap((a) => a.procedureIds),
  });
  const sampled = new Map(samples.map((s) => [s.roundAuditId, s.n]));
  const units = audits.map((a) => ({
    roundAuditId: a.id,
    unit: names.unit(a.unitId),
    auditDate: a.auditDate,
    auditors: a.auditorIds.map(names.person),
    procedures: a.procedureIds.map(names.procedure),
    clauses: a.clauses,
    checklist: checklist.get(a.id) ?? { items: 0, answered: 0 },
    samples: sampled.get(a.id) ?? 0,
    counts: countKinds(findings.filter((f) => f.roundAuditId === a.id).map((f) => f.kind)),
  }));
  return { units, findings, counts: countKinds(findings.map((f) => f.kind)) };
}
export type RoundFigures = Awaited<ReturnType<typeof roundFigures>>;
