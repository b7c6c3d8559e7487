import { and, asc, eq } from 'drizzle-orm';
import type { AttachmentView } from '../../../../contract/document-attachments.ts';
import { documentContent, type VersionState } from '../../../../contract/documents.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { type FileStore, readFile, storeFile } from '../../../platform/files/files.ts';
import { attachmentMimeTypes, displayName, sniffAttachment } from '../../../platform/files/sniff.ts';
import { AppError, forbidden, invalidField, notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { personRows } from '../../org/index.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { attachmentHashesOf, contentHash, loadVersion } from '../documents.repository.ts';
import { type Deps, notFoundVersion, voidSignatures } from '../documents.service.ts';
import { documentAttachments, documentVersions } from '../documents.table.ts';

const people = personRows();

export type Upload = { fileName: string; content: Buffer } | null;

/** The version the actor may read (else 404), with whether they may edit its attachments now. */
async function readableVersion(tx: Tx, actor: Actor, versionId: string) {
  const loaded = await loadVersion(tx, actor, versionId);
  if (!documentsPolicy.readVersion(actor, loaded.scope, loaded.version.state as VersionState))
    throw notFoundVersion();
  return loaded;
}

async function editableVersion(tx: Tx, actor: Actor, versionId: string) {
  const loaded = await readableVersion(tx, actor, versionId);
  if (!documentsPolicy.editDraft(actor, loaded.scope)) throw forbidden();
  // Locked so that concurrent changes to the attachments rehash over all of them.
  const [locked] = await tx
    .select()
    .from(documentVersions)
    .where(eq(documentVersions.id, versionId))
    .for('update');
  if (locked.state !== 'draft') {
    throw new AppError(409, 'document.not_draft', {
      vi: 'Chỉ thay đổi được tệp đính kèm của bản dự thảo; bản này đang ở bước khác của quy trình.',
      en: 'Only a draft’s attachments can be changed; this version is at another step.',
    });
  }
  return { ...loaded, version: locked };
}

async function findAttachment(tx: Tx, actor: Actor, versionId: string, attachmentId: string) {
  const [row] = await tx
    .select()
    .from(documentAttachments)
    .where(
      and(
        eq(documentAttachments.id, attachmentId),
        eq(documentAttachments.versionId, versionId),
        eq(documentAttachments.agencyId, actor.agencyId),
      ),
    );
  if (!row) throw notFound('document_attachment');
  return row;
}

/** Attachments are part of what is signed: a change rehashes the version and voids signatures. */
async function rehash(
  tx: Tx,
  deps: Pick<Deps, 'actor' | 'audit'>,
  loaded: Awaited<ReturnType<typeof editableVersion>>,
) {
  const { version, document } = loaded;
  const hash = contentHash(
    version.title,
    documentContent.parse(version.content),
    await attachmentHashesOf(tx, version.id),
  );
  if (hash === version.contentHash) return;
  await tx.update(documentVersions).set({ contentHash: hash }).where(eq(documentVersions.id, version.id));
  await voidSignatures(tx, deps, version.id, document.code);
}

export async function listAttachments(db: Db, actor: Actor, versionId: string): Promise<AttachmentView[]> {
  return db.transaction(async (tx) => {
    await readableVersion(tx, actor, versionId);
    const rows = await tx
      .select({ attachment: documentAttachments, uploadedByName: people.fullName })
      .from(documentAttachments)
      .leftJoin(people, eq(people.id, documentAttachments.uploadedBy))
      .where(
        and(eq(documentAttachments.versionId, versionId), eq(documentAttachments.agencyId, actor.agencyId)),
      )
      .orderBy(asc(documentAttachments.createdAt), asc(documentAttachments.fileName));
    return rows.map(({ attachment: a, uploadedByName }) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      size: a.size,
      fileHash: a.fileHash,
      uploadedByName,
      createdAt: a.createdAt.toISOString(),
    }));
  });
}

export async function addAttachment(deps: Deps, files: FileStore, versionId: string, upload: Upload) {
  const { db, actor, audit } = deps;
  return db.transaction(async (tx) => {
    const loaded = await editableVersion(tx, actor, versionId);
    if (!upload || upload.content.length === 0) {
      throw invalidField('file', { vi: 'Hãy chọn tệp cần đính kèm.', en: 'Choose a file to attach.' });
    }
    const kind = await sniffAttachment(upload.content);
    const { hash, size } = await storeFile(files, upload.content);
    const [row] = await tx
      .insert(documentAttachments)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        versionId,
        fileHash: hash,
        fileName: displayName(upload.fileName, kind),
        mimeType: attachmentMimeTypes[kind],
        size,
        uploadedBy: actor.personId,
      })
      .returning();
    await rehash(tx, deps, loaded);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_attachment',
      entityId: row.id,
      entityLabel: `${loaded.document.code} lần ${loaded.version.issueNo}: ${row.fileName}`,
      action: 'create',
      changes: diff(null, row),
    });
    return row;
  });
}

export async function removeAttachment(deps: Deps, versionId: string, attachmentId: string) {
  const { db, actor, audit } = deps;
  await db.transaction(async (tx) => {
    const loaded = await editableVersion(tx, actor, versionId);
    const row = await findAttachment(tx, actor, versionId, attachmentId);
    await tx.delete(documentAttachments).where(eq(documentAttachments.id, row.id));
    // The stored file stays: content-addressed files may be shared and backups rely on them.
    await rehash(tx, deps, loaded);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_attachment',
      entityId: row.id,
      entityLabel: `${loaded.document.code} lần ${loaded.version.issueNo}: ${row.fileName}`,
      action: 'delete',
      changes: diff(row, null),
    });
  });
}

export async function downloadAttachment(
  db: Db,
  files: FileStore,
  actor: Actor,
  versionId: string,
  attachmentId: string,
) {
  const row = await db.transaction(async (tx) => {
    await readableVersion(tx, actor, versionId);
    return findAttachment(tx, actor, versionId, attachmentId);
  });
  return { ...row, content: await readFile(files, row.fileHash) };
}
