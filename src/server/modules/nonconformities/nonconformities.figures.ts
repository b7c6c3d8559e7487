import { and, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { nonconformities } from './nonconformities.table.ts';

/** Open nonconformities (neither closed nor cancelled) per unit: internal audit's planning aid. */
export async function openNonconformitiesByUnit(db: Db | Tx, agencyId: string) {
  const rows = await db
    .select({ unitId: nonconformities.unitId, n: sql<number>`count(*)::int` })
    .from(nonconformities)
    .where(
      and(eq(nonconformities.agencyId, agencyId), notInArray(nonconformities.state, ['closed', 'cancelled'])),
    )
    .groupBy(nonconformities.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

/** Open nonconformities per procedure (document id) they concern. */
export async function openNonconformitiesByProcedure(db: Db | Tx, agencyId: string) {
  const rows = await db
    .select({ procedureId: nonconformities.procedureDocumentId, n: sql<number>`count(*)::int` })
    .from(nonconformities)
    .where(
      and(
        eq(nonconformities.agencyId, agencyId),
        notInArray(nonconformities.state, ['closed', 'cancelled']),
        isNotNull(nonconformities.procedureDocumentId),
      ),
    )
    .groupBy(nonconformities.procedureDocumentId);
  return new Map(rows.map((r) => [r.procedureId as string, r.n]));
}
