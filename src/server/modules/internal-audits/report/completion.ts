/*
 * Audit programme completion (mức độ hoàn thành chương trình đánh giá nội bộ), per period —
 * what quality objectives measure (objectives' audit_programme_completion_rate):
 *
 * - planned: the unit audits the programme planned in [from, to] — each unit in the scope of a
 *   round of an approved programme (approved now, or approved once and being amended) whose
 *   planned month (of the programme's year) begins in the period;
 * - done: those of them whose audit of that unit in that round is done (state done) with its
 *   audit date on or before the period's last day (a round done late counts in a later, longer
 *   period, not in its month);
 * - narrowed to one audited unit with `unitId`.
 */
import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../round.table.ts';

export type AuditCompletion = { planned: number; done: number };

export async function auditProgrammeCompletion(
  db: Db,
  agencyId: string,
  query: { from: string; to: string; unitId?: string },
): Promise<AuditCompletion> {
  const fromYear = Number(query.from.slice(0, 4));
  const toYear = Number(query.to.slice(0, 4));
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const rounds = await db
    .select({
      id: internalAuditRounds.id,
      year: internalAuditProgrammes.year,
      month: internalAuditRounds.plannedMonth,
      unitIds: internalAuditRounds.scopeUnitIds,
    })
    .from(internalAuditRounds)
    .innerJoin(
      internalAuditProgrammes,
      and(
        eq(internalAuditProgrammes.agencyId, internalAuditRounds.agencyId),
        eq(internalAuditProgrammes.id, internalAuditRounds.programmeId),
      ),
    )
    .where(
      and(
        eq(internalAuditRounds.agencyId, agencyId),
        inArray(internalAuditProgrammes.year, years),
        or(eq(internalAuditProgrammes.state, 'approved'), isNotNull(internalAuditProgrammes.approvedAt)),
      ),
    );
  const pad = (n: number) => String(n).padStart(2, '0');
  const inPeriod = rounds.filter((r) => {
    const first = `${r.year}-${pad(r.month)}-01`;
    return first >= query.from && first <= query.to;
  });
  const planned = inPeriod.flatMap((r) =>
    r.unitIds.filter((u) => !query.unitId || u === query.unitId).map((unitId) => `${r.id}/${unitId}`),
  );
  if (!planned.length) return { planned: 0, done: 0 };
  const audits = await db
    .select({
      roundId: internalAuditRoundAudits.roundId,
      unitId: internalAuditRoundAudits.unitId,
      state: internalAuditRoundAudits.state,
      auditDate: internalAuditRoundAudits.auditDate,
    })
    .from(internalAuditRoundAudits)
    .where(
      and(
        eq(internalAuditRoundAudits.agencyId, agencyId),
        inArray(
          internalAuditRoundAudits.roundId,
          inPeriod.map((r) => r.id),
        ),
      ),
    );
  const doneKeys = new Set(
    audits
      .filter((a) => a.state === 'done' && a.auditDate !== null && a.auditDate <= query.to)
      .map((a) => `${a.roundId}/${a.unitId}`),
  );
  return { planned: planned.length, done: planned.filter((k) => doneKeys.has(k)).length };
}
