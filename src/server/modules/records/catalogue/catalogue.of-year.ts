import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { catalogueEntries, recordsCatalogues } from '../records.table.ts';

/**
 * The records catalogues (danh mục hồ sơ) of a year, one per unit, with their state and
 * number of entries: the inspection evidence pack lists them (TT 26/2014 art. 36).
 */
export async function cataloguesOfYear(db: Db, agencyId: string, year: number) {
  return db
    .select({
      id: recordsCatalogues.id,
      unitId: recordsCatalogues.unitId,
      state: recordsCatalogues.state,
      entries: sql<number>`(select count(*)::int from ${catalogueEntries} e
        where e.agency_id = ${recordsCatalogues.agencyId} and e.catalogue_id = ${recordsCatalogues.id})`,
    })
    .from(recordsCatalogues)
    .where(and(eq(recordsCatalogues.agencyId, agencyId), eq(recordsCatalogues.year, year)))
    .orderBy(asc(recordsCatalogues.createdAt));
}
