import { QueryBuilder } from 'drizzle-orm/pg-core';
import { recordFileItems, recordFiles } from './records.table.ts';

/*
 * Read-only row sources of records for lists of other modules that join a file's code or
 * state in their own statement (subqueries PostgreSQL flattens into the outer query).
 */

const qb = new QueryBuilder();

/** Read-only record files (id, agency, unit, code, title, state). */
export const fileRows = (name = 'record_files') =>
  qb
    .select({
      id: recordFiles.id,
      agencyId: recordFiles.agencyId,
      unitId: recordFiles.unitId,
      fileCode: recordFiles.fileCode,
      title: recordFiles.title,
      state: recordFiles.state,
    })
    .from(recordFiles)
    .as(name);

/** Read-only items of record files (id, agency, file, file name). */
export const fileItemRows = (name = 'record_file_items') =>
  qb
    .select({
      id: recordFileItems.id,
      agencyId: recordFileItems.agencyId,
      fileId: recordFileItems.fileId,
      fileName: recordFileItems.fileName,
    })
    .from(recordFileItems)
    .as(name);
