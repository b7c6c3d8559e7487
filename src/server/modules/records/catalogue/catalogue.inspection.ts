import { and, asc, eq, sql } from 'drizzle-orm';
import type { CatalogueState } from '../../../../contract/records-catalogue.ts';
import type { Db } from '../../../db/connection.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import { agencyReader } from '../../../platform/permissions/agency-reader.ts';
import { unitRows } from '../../org/index.ts';
import { catalogueEntries, recordsCatalogues } from '../records.table.ts';
import { catalogueExport, catalogueFileBase } from './catalogue.export.ts';

const cataloguePdf = lazy(() => import('./catalogue.pdf.ts'), 'cataloguePdf');
const catalogueWorkbook = lazy(() => import('./catalogue.xlsx.ts'), 'catalogueWorkbook');
const units = unitRows();

export type CataloguePaper = {
  unitId: string;
  unitName: string;
  state: CatalogueState;
  entries: number;
  /** The five-column paper of Nghị định 30/2020, as the catalogue's page exports it. */
  pdf: PaperFile;
  xlsx: PaperFile;
};

/**
 * Each unit's records catalogue (danh mục hồ sơ) of a year, in the units' order of creation of
 * the catalogues, with its papers made when asked: the inspection evidence pack (TT 26/2014
 * art. 36). Read with the agency secretariat's sight, for a caller that has checked who asks.
 */
export async function cataloguePapersOfYear(
  db: Db,
  agencyId: string,
  year: number,
): Promise<CataloguePaper[]> {
  const rows = await db
    .select({
      id: recordsCatalogues.id,
      unitId: recordsCatalogues.unitId,
      unitName: units.name,
      unitCode: units.code,
      state: recordsCatalogues.state,
      entries: sql<number>`(select count(*)::int from ${catalogueEntries} e
        where e.agency_id = ${recordsCatalogues.agencyId} and e.catalogue_id = ${recordsCatalogues.id})`,
    })
    .from(recordsCatalogues)
    .innerJoin(
      units,
      and(eq(units.agencyId, recordsCatalogues.agencyId), eq(units.id, recordsCatalogues.unitId)),
    )
    .where(and(eq(recordsCatalogues.agencyId, agencyId), eq(recordsCatalogues.year, year)))
    .orderBy(asc(units.path), asc(recordsCatalogues.createdAt));
  const model = (id: string) => catalogueExport(db, agencyReader(agencyId), id);
  return rows.map((r) => {
    const base = catalogueFileBase(r.unitCode, year);
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      state: r.state as CatalogueState,
      entries: r.entries,
      pdf: { fileName: `${base}.pdf`, render: async () => cataloguePdf(await model(r.id)) },
      xlsx: { fileName: `${base}.xlsx`, render: async () => catalogueWorkbook(await model(r.id)) },
    };
  });
}
