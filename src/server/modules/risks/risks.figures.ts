import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type RiskFigures, riskLevelBands } from '../../../contract/risks.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { levelCondition, readableCondition, score } from './risks.queries.ts';
import { units } from './risks.repository.ts';
import { risks } from './risks.table.ts';

const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

/**
 * The register's figures for [from, to], as the reader may see them (the management review's
 * input on risks and opportunities, 9.3.2 e): identified in the period and by level, treatments
 * done and done by their due date, closed and closed with the action found effective, and what
 * is still open at the period's end (its high ones by name).
 */
export async function riskFigures(
  db: Db,
  actor: Actor,
  period: { from: string; to: string },
): Promise<RiskFigures> {
  const { from, to } = period;
  const identified = sql`${risks.identifiedOn} between ${from} and ${to}`;
  const done = sql`${risks.treatmentDoneOn} between ${from} and ${to}`;
  const closed = sql`${risks.closedOn} between ${from} and ${to}`;
  const openAtEnd = sql`(${risks.identifiedOn} <= ${to} and (${risks.closedOn} is null or ${risks.closedOn} > ${to}))`;
  const overdueAtEnd = sql`(${openAtEnd} and ${risks.treatmentDueOn} < ${to}
    and (${risks.treatmentDoneOn} is null or ${risks.treatmentDoneOn} > ${to}))`;
  const readable = readableCondition(actor);
  const where = and(eq(risks.agencyId, actor.agencyId), readable);
  const totalsQuery = () =>
    db
      .select({
        recorded: count(identified),
        low: count(sql`${identified} and ${levelCondition('low')}`),
        medium: count(sql`${identified} and ${levelCondition('medium')}`),
        high: count(sql`${identified} and ${levelCondition('high')}`),
        treatmentsDone: count(done),
        treatmentsDoneOnTime: count(sql`${done} and ${risks.treatmentDoneOn} <= ${risks.treatmentDueOn}`),
        closed: count(closed),
        closedEffective: count(sql`${closed} and ${risks.effective}`),
        openAtEnd: count(openAtEnd),
        overdueAtEnd: count(overdueAtEnd),
      })
      .from(risks)
      .innerJoin(units, and(eq(units.agencyId, risks.agencyId), eq(units.id, risks.unitId)))
      .where(where);
  const [[totals], highOpen] = await Promise.all([
    totalsQuery(),
    db
      .select({
        id: risks.id,
        code: risks.code,
        unitName: units.name,
        description: risks.description,
      })
      .from(risks)
      .innerJoin(units, and(eq(units.agencyId, risks.agencyId), eq(units.id, risks.unitId)))
      .where(and(where, openAtEnd, sql`${score} >= ${riskLevelBands.high.min}`))
      .orderBy(desc(score), asc(risks.code))
      .limit(20),
  ]);
  const { low, medium, high, ...rest } = totals;
  return {
    ...rest,
    byLevel: { low, medium, high },
    highOpen,
  };
}
