import { and, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { caseSteps, workCases } from './cases.table.ts';

/**
 * Steps returned (sent back to an earlier step) per case unit, by the day they were
 * returned within [from, to], cancelled cases left out: internal audit's planning aid weighs a unit by them.
 */
export async function returnedStepsByUnit(db: Db | Tx, agencyId: string, from: string, to: string) {
  const rows = await db
    .select({ unitId: workCases.unitId, n: sql<number>`count(*)::int` })
    .from(caseSteps)
    .innerJoin(workCases, and(eq(workCases.agencyId, caseSteps.agencyId), eq(workCases.id, caseSteps.caseId)))
    .where(
      and(
        eq(caseSteps.agencyId, agencyId),
        eq(caseSteps.state, 'returned'),
        // A cancelled case ends its active step as returned too: not a return.
        ne(workCases.state, 'cancelled'),
        gte(caseSteps.doneDate, from),
        lte(caseSteps.doneDate, to),
      ),
    )
    .groupBy(workCases.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}
