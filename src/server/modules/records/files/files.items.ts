import { and, eq, sql } from 'drizzle-orm';
import { isoDate } from '../../../../contract/common.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { type FileStore, readFile, storeFile } from '../../../platform/files/files.ts';
import { displayName } from '../../../platform/files/sniff.ts';
import { forbidden, invalidField, notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { readableVersion } from '../../documents/index.ts';
import { recordFileItems, recordFiles } from '../records.table.ts';
import { addFileItem } from './files.open.ts';
import { filesPolicy } from './files.policy.ts';
import { loadFile } from './files.scope.ts';
import { type Deps, wrongState } from './files.service.ts';
import { sniffItem } from './files.sniff.ts';

export type ItemUpload = {
  fileName: string;
  content: Buffer;
  fields: { title?: string; documentDate?: string; pageCount?: string };
} | null;

/** The open file the actor may add to or remove from; 404 unreadable, 409 closed, 403 otherwise. */
async function editableFile(tx: Tx, actor: Actor, fileId: string) {
  const loaded = await loadFile(tx, actor, fileId, { lock: true });
  if (loaded.file.state !== 'open') throw wrongState('open');
  if (!filesPolicy.edit(actor, loaded.scope)) throw forbidden();
  return loaded;
}

function itemFields(fields: { title?: string; documentDate?: string | null; pageCount?: string | number }) {
  const documentDate = fields.documentDate || null;
  if (documentDate && !isoDate.safeParse(documentDate).success)
    throw invalidField('documentDate', {
      vi: 'Ngày văn bản không hợp lệ.',
      en: 'The document date is not valid.',
    });
  const pageCount = fields.pageCount === undefined || fields.pageCount === '' ? 0 : Number(fields.pageCount);
  if (!Number.isInteger(pageCount) || pageCount < 0 || pageCount > 100_000)
    throw invalidField('pageCount', {
      vi: 'Số trang phải là số nguyên không âm.',
      en: 'The page count must be a whole number, zero or more.',
    });
  const title = fields.title?.trim().slice(0, 500);
  return { documentDate, pageCount, title };
}

export async function addUploadItem(deps: Deps, files: FileStore, fileId: string, upload: ItemUpload) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    await editableFile(tx, actor, fileId);
    if (!upload || upload.content.length === 0)
      throw invalidField('file', {
        vi: 'Hãy chọn tệp văn bản cần đưa vào hồ sơ.',
        en: 'Choose a file to add.',
      });
    const fields = itemFields(upload.fields);
    const { ext, mimeType } = await sniffItem(upload.content);
    const fileName = displayName(upload.fileName, ext as never);
    const { hash, size } = await storeFile(files, upload.content);
    return addFileItem(
      tx,
      { actor, audit },
      {
        fileId,
        kind: 'upload',
        title: fields.title || fileName.replace(/\.[^.]*$/, ''),
        documentDate: fields.documentDate,
        pageCount: fields.pageCount,
        fileHash: hash,
        fileName,
        mimeType,
        size,
      },
    );
  });
}

/** A document version in eiso the actor may read, linked into the file. */
export async function addLinkItem(
  deps: Deps,
  fileId: string,
  body: { documentVersionId: string; title?: string; documentDate?: string | null; pageCount?: number },
) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    await editableFile(tx, actor, fileId);
    const linked = await readableVersion(tx, actor, body.documentVersionId);
    if (!linked)
      throw invalidField('documentVersionId', {
        vi: 'Không tìm thấy tài liệu này hoặc bạn không có quyền xem.',
        en: 'This document was not found, or you may not see it.',
      });
    const fields = itemFields(body);
    return addFileItem(
      tx,
      { actor, audit },
      {
        fileId,
        kind: 'link',
        linkType: 'document_version',
        linkId: body.documentVersionId,
        title: fields.title || `${linked.document.code} – ${linked.version.title}`,
        documentDate: fields.documentDate ?? linked.version.issueDate ?? null,
        pageCount: fields.pageCount,
      },
    );
  });
}

async function findItem(tx: Db | Tx, actor: Actor, fileId: string, itemId: string) {
  const [row] = await tx
    .select()
    .from(recordFileItems)
    .where(
      and(
        eq(recordFileItems.id, itemId),
        eq(recordFileItems.fileId, fileId),
        eq(recordFileItems.agencyId, actor.agencyId),
        eq(recordFileItems.removed, false),
      ),
    );
  if (!row) throw notFound('record_file_item');
  return row;
}

/** Removed while the file is open: kept as a row flagged removed, so the trail stays whole. */
export async function removeItem(deps: Deps, fileId: string, itemId: string) {
  const { db, actor, audit } = deps;
  await db.transaction(async (tx) => {
    const loaded = await editableFile(tx, actor, fileId);
    const row = await findItem(tx, actor, fileId, itemId);
    const [after] = await tx
      .update(recordFileItems)
      .set({ removed: true, version: row.version + 1, updatedAt: new Date() })
      .where(eq(recordFileItems.id, itemId))
      .returning();
    await tx
      .update(recordFiles)
      .set({
        pageCount: sql`greatest(${recordFiles.pageCount} - ${row.pageCount}, 0)`,
        updatedAt: new Date(),
      })
      .where(eq(recordFiles.id, fileId));
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'record_file_item',
      entityId: itemId,
      entityLabel: `${loaded.file.fileCode}: ${row.title}`,
      action: 'delete',
      changes: diff(row, after),
    });
  });
}

export async function downloadItem(db: Db, files: FileStore, actor: Actor, fileId: string, itemId: string) {
  await loadFile(db, actor, fileId);
  const row = await findItem(db, actor, fileId, itemId);
  if (row.kind !== 'upload' || !row.fileHash) throw notFound('record_file_item');
  return {
    fileName: row.fileName ?? 'tep',
    mimeType: row.mimeType ?? 'application/octet-stream',
    content: await readFile(files, row.fileHash),
  };
}
