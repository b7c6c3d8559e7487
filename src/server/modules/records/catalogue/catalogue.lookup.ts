import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import { catalogueEntries, recordsCatalogues } from '../records.table.ts';

export type CatalogueEntryRow = typeof catalogueEntries.$inferSelect;

/**
 * The entries of a unit's catalogue for the year that a procedure's records go to
 * (generated from, or linked to, that procedure), from the issued catalogue, or the
 * approved one before it is issued. Starting a case opens its file in one of them.
 */
export async function entriesForProcedure(
  db: Db | Tx,
  where: { agencyId: string; unitId: string; year: number; documentId: string },
): Promise<CatalogueEntryRow[]> {
  const rows = await db
    .select({ entry: catalogueEntries })
    .from(catalogueEntries)
    .innerJoin(recordsCatalogues, eq(recordsCatalogues.id, catalogueEntries.catalogueId))
    .where(
      and(
        eq(catalogueEntries.agencyId, where.agencyId),
        eq(recordsCatalogues.unitId, where.unitId),
        eq(recordsCatalogues.year, where.year),
        inArray(recordsCatalogues.state, ['approved', 'issued']),
        eq(catalogueEntries.sourceDocumentId, where.documentId),
      ),
    )
    .orderBy(asc(catalogueEntries.position));
  return rows.map((r) => r.entry);
}
