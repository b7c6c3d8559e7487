import { and, asc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import { catalogueEntries, recordFiles } from '../records.table.ts';

/**
 * The record files of a procedure in some units opened within a period: those of its
 * catalogue entries (generated from its "records to keep") and the files of its cases
 * (`caseFileIds`); optionally only those of `ids`. Internal audit samples evidence from them.
 */
export async function filesOfProcedure(
  db: Db | Tx,
  agencyId: string,
  o: {
    procedureDocumentId: string;
    unitIds: string[];
    from: string;
    to: string;
    caseFileIds: string[];
    ids?: string[];
  },
) {
  if (!o.unitIds.length || o.ids?.length === 0) return [];
  return db
    .select({
      id: recordFiles.id,
      fileCode: recordFiles.fileCode,
      title: recordFiles.title,
      startDate: recordFiles.startDate,
    })
    .from(recordFiles)
    .leftJoin(
      catalogueEntries,
      and(
        eq(catalogueEntries.agencyId, recordFiles.agencyId),
        eq(catalogueEntries.id, recordFiles.catalogueEntryId),
      ),
    )
    .where(
      and(
        eq(recordFiles.agencyId, agencyId),
        inArray(recordFiles.unitId, o.unitIds),
        gte(recordFiles.startDate, o.from),
        lte(recordFiles.startDate, o.to),
        or(
          eq(catalogueEntries.sourceDocumentId, o.procedureDocumentId),
          ...(o.caseFileIds.length ? [inArray(recordFiles.id, o.caseFileIds)] : []),
        ),
        ...(o.ids ? [inArray(recordFiles.id, o.ids)] : []),
      ),
    )
    .orderBy(asc(recordFiles.startDate), asc(recordFiles.fileCode));
}
