import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { GradeCounts } from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import { internalAuditFindings } from '../finding.table.ts';
import { internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditReports } from '../report.table.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../round.table.ts';
import { countKinds } from './report.figures.ts';

export type AuditRoundResult = {
  roundId: string;
  year: number;
  number: number;
  title: string;
  /** Audits of the round held in the period (state done, audit date in the period). */
  unitsAudited: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Findings of those audits by grade. */
  counts: GradeCounts;
  /** The round's report: draft | submitted | approved (null before one is written). */
  reportState: string | null;
};

/**
 * The internal audits held in [from, to] (an audit of a unit done, its date in the period),
 * by round, with their findings by grade; and the year's programme state and rounds planned
 * (the steering committee's input pack and statutory clock read this).
 */
export async function auditResultsInPeriod(db: Db, agencyId: string, from: string, to: string) {
  const audits = await db
    .select({
      id: internalAuditRoundAudits.id,
      roundId: internalAuditRoundAudits.roundId,
      auditDate: internalAuditRoundAudits.auditDate,
    })
    .from(internalAuditRoundAudits)
    .where(
      and(
        eq(internalAuditRoundAudits.agencyId, agencyId),
        eq(internalAuditRoundAudits.state, 'done'),
        between(internalAuditRoundAudits.auditDate, from, to),
      ),
    )
    .orderBy(asc(internalAuditRoundAudits.auditDate));
  const roundIds = [...new Set(audits.map((a) => a.roundId))];
  const auditIds = audits.map((a) => a.id);
  const rounds = roundIds.length
    ? await db
        .select({ round: internalAuditRounds, year: internalAuditProgrammes.year })
        .from(internalAuditRounds)
        .innerJoin(
          internalAuditProgrammes,
          and(
            eq(internalAuditProgrammes.agencyId, internalAuditRounds.agencyId),
            eq(internalAuditProgrammes.id, internalAuditRounds.programmeId),
          ),
        )
        .where(and(eq(internalAuditRounds.agencyId, agencyId), inArray(internalAuditRounds.id, roundIds)))
    : [];
  const findings = auditIds.length
    ? await db
        .select({ roundAuditId: internalAuditFindings.roundAuditId, kind: internalAuditFindings.kind })
        .from(internalAuditFindings)
        .where(
          and(
            eq(internalAuditFindings.agencyId, agencyId),
            inArray(internalAuditFindings.roundAuditId, auditIds),
          ),
        )
    : [];
  const reports = roundIds.length
    ? await db
        .select({ roundId: internalAuditReports.roundId, state: internalAuditReports.state })
        .from(internalAuditReports)
        .where(
          and(eq(internalAuditReports.agencyId, agencyId), inArray(internalAuditReports.roundId, roundIds)),
        )
    : [];
  const results: AuditRoundResult[] = rounds
    .map(({ round, year }) => {
      const mine = audits.filter((a) => a.roundId === round.id);
      const ids = new Set(mine.map((a) => a.id));
      return {
        roundId: round.id,
        year,
        number: round.number,
        title: round.title,
        unitsAudited: mine.length,
        firstDate: mine[0]?.auditDate ?? null,
        lastDate: mine.at(-1)?.auditDate ?? null,
        counts: countKinds(findings.filter((f) => ids.has(f.roundAuditId)).map((f) => f.kind)),
        reportState: reports.find((r) => r.roundId === round.id)?.state ?? null,
      };
    })
    .sort((a, b) => a.year - b.year || a.number - b.number);
  return { from, to, rounds: results, counts: countKinds(findings.map((f) => f.kind)) };
}

/** The year's programme (its state) and how many rounds it plans: the statutory clock's amber. */
export async function auditProgrammeOfYear(db: Db, agencyId: string, year: number) {
  const [programme] = await db
    .select({ id: internalAuditProgrammes.id, state: internalAuditProgrammes.state })
    .from(internalAuditProgrammes)
    .where(and(eq(internalAuditProgrammes.agencyId, agencyId), eq(internalAuditProgrammes.year, year)));
  if (!programme) return null;
  const rounds = await db
    .select({ id: internalAuditRounds.id })
    .from(internalAuditRounds)
    .where(
      and(eq(internalAuditRounds.agencyId, agencyId), eq(internalAuditRounds.programmeId, programme.id)),
    );
  return { id: programme.id, state: programme.state, rounds: rounds.length };
}
