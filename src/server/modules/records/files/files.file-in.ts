import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.ts';
import type { AuditContext } from '../../../platform/audit/audit.service.ts';
import { type FileStore, storeFile } from '../../../platform/files/files.ts';
import { displayName } from '../../../platform/files/sniff.ts';
import { invalidField } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { catalogueEntries, recordFiles, recordsCatalogues } from '../records.table.ts';
import { addFileItem, openFile } from './files.open.ts';
import { sniffItem } from './files.sniff.ts';

/** What another module files: an uploaded document about one of its records (a nonconformity). */
export type FileDocumentInput = {
  unitId: string;
  /** The day it is filed: the catalogue and file of that day's year. */
  on: string;
  /**
   * Words a suitable catalogue entry's title carries, without diacritics, lower case
   * ("khac phuc"): the first entry (by position) of the unit's approved or issued catalogue
   * of the year whose title has any of them.
   */
  entryWords: string[];
  /** Files this subject's earlier documents went to: the first still open, of the unit and year, is used again. */
  earlierFileIds: string[];
  /** The title of a file opened outside the catalogue, when no entry suits. */
  adHocTitle: string;
  /** A note on such a file, saying why it was opened. */
  adHocNote: string;
  upload: { fileName: string; content: Buffer; title?: string };
};

export type FiledDocument = {
  file: { id: string; fileCode: string; title: string; inCatalogue: boolean };
  item: { id: string; fileHash: string; fileName: string; mimeType: string; size: number };
};

/**
 * Files an uploaded document in the unit's records file for a subject, inside the caller's
 * transaction: the file the subject's documents went to before if it is still open; else the
 * open file of the year under a suitable entry of the unit's catalogue, opened now when there
 * is none; else, the catalogue having no suitable entry, a file opened outside the catalogue
 * (its code ends in PSnn, its note says why). The caller checks permissions; the file's type
 * is read from its bytes (PDF, DOCX, XLSX, JPEG, PNG), a 400 on `file` otherwise.
 */
export async function fileUploadedDocument(
  tx: Tx,
  context: { actor: Actor; audit: AuditContext },
  files: FileStore,
  input: FileDocumentInput,
): Promise<FiledDocument> {
  const { actor } = context;
  if (input.upload.content.length === 0)
    throw invalidField('file', { vi: 'Hãy chọn tệp cần đưa vào hồ sơ.', en: 'Choose a file to add.' });
  const { ext, mimeType } = await sniffItem(input.upload.content);
  const fileName = displayName(input.upload.fileName, ext as never);
  const year = Number(input.on.slice(0, 4));
  const sameYearOpen = and(
    eq(recordFiles.agencyId, actor.agencyId),
    eq(recordFiles.unitId, input.unitId),
    eq(recordFiles.year, year),
    eq(recordFiles.state, 'open'),
  );
  let [file] = input.earlierFileIds.length
    ? await tx
        .select()
        .from(recordFiles)
        .where(and(sameYearOpen, inArray(recordFiles.id, input.earlierFileIds)))
        .orderBy(asc(recordFiles.createdAt))
        .limit(1)
    : [];
  if (!file) {
    const words = input.entryWords.map((w) => `%${w}%`);
    const [entry] = words.length
      ? await tx
          .select({ id: catalogueEntries.id })
          .from(catalogueEntries)
          .innerJoin(
            recordsCatalogues,
            and(
              eq(recordsCatalogues.agencyId, catalogueEntries.agencyId),
              eq(recordsCatalogues.id, catalogueEntries.catalogueId),
            ),
          )
          .where(
            and(
              eq(catalogueEntries.agencyId, actor.agencyId),
              eq(recordsCatalogues.unitId, input.unitId),
              eq(recordsCatalogues.year, year),
              inArray(recordsCatalogues.state, ['approved', 'issued']),
              sql`lower(f_unaccent(${catalogueEntries.title})) like any (${sql.param(words)}::text[])`,
            ),
          )
          .orderBy(asc(catalogueEntries.position))
          .limit(1)
      : [];
    if (entry) {
      [file] = await tx
        .select()
        .from(recordFiles)
        .where(and(sameYearOpen, eq(recordFiles.catalogueEntryId, entry.id)))
        .orderBy(asc(recordFiles.createdAt))
        .limit(1);
      file ??= await openFile(tx, context, {
        unitId: input.unitId,
        startDate: input.on,
        catalogueEntryId: entry.id,
      });
    } else {
      file = await openFile(tx, context, {
        unitId: input.unitId,
        startDate: input.on,
        title: input.adHocTitle.slice(0, 500),
        notes: input.adHocNote,
      });
    }
  }
  const { hash, size } = await storeFile(files, input.upload.content);
  const item = await addFileItem(tx, context, {
    fileId: file.id,
    kind: 'upload',
    title: (input.upload.title || fileName.replace(/\.[^.]*$/, '')).slice(0, 500),
    documentDate: input.on,
    fileHash: hash,
    fileName,
    mimeType,
    size,
  });
  return {
    file: {
      id: file.id,
      fileCode: file.fileCode,
      title: file.title,
      inCatalogue: file.catalogueEntryId !== null,
    },
    item: { id: item.id, fileHash: hash, fileName, mimeType, size },
  };
}
