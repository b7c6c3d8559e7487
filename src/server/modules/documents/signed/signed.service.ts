import { and, desc, eq } from 'drizzle-orm';
import type { VersionState } from '../../../../contract/documents.ts';
import type { SignedDecisionView } from '../../../../contract/signed-decisions.ts';
import type { Db } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type FileStore, readFile, storeFile } from '../../../platform/files/files.ts';
import { AppError, forbidden, invalidField, notFound } from '../../../platform/http/errors.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import type { PadesVerification } from '../../../platform/signatures/pades.ts';
import { personRows } from '../../org/index.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { numberedStates } from '../documents.queries.ts';
import { loadVersion } from '../documents.repository.ts';
import { type Deps, notFoundVersion } from '../documents.service.ts';
import { documentSignedFiles } from '../documents.table.ts';

const people = personRows();
/** pkijs and asn1js load with the first verification, not at start. */
const verify = lazy(() => import('./verify.ts'), 'verifySignedPdf');

type Row = typeof documentSignedFiles.$inferSelect;
const view = (r: Row, uploadedByName: string | null): SignedDecisionView => {
  const v = r.verification as PadesVerification;
  return {
    id: r.id,
    fileName: r.fileName,
    size: r.size,
    fileHash: r.fileHash,
    intact: r.intact,
    digestMatches: v.digestMatches,
    signatureVerifies: v.signatureVerifies,
    coversWholeFile: v.coversWholeFile,
    signer: v.signer,
    signingTime: v.signingTime,
    certificateValidAtSigning: v.certificateValidAtSigning,
    uploadedByName,
    uploadedAt: r.uploadedAt.toISOString(),
  };
};

/** The signed decisions of a version the actor may read, newest first. */
export async function listSignedDecisions(db: Db, actor: Actor, versionId: string) {
  return db.transaction(async (tx) => {
    const { version, scope } = await loadVersion(tx, actor, versionId);
    if (!documentsPolicy.readVersion(actor, scope, version.state as VersionState)) throw notFoundVersion();
    const rows = await tx
      .select({ file: documentSignedFiles, uploadedByName: people.fullName })
      .from(documentSignedFiles)
      .leftJoin(
        people,
        and(eq(people.agencyId, documentSignedFiles.agencyId), eq(people.id, documentSignedFiles.uploadedBy)),
      )
      .where(
        and(eq(documentSignedFiles.agencyId, actor.agencyId), eq(documentSignedFiles.versionId, versionId)),
      )
      .orderBy(desc(documentSignedFiles.uploadedAt));
    return { items: rows.map((r) => view(r.file, r.uploadedByName)) };
  });
}

/**
 * Attaches the decision signed with a token to an approved version: verified first (an
 * unsigned PDF or another file is a 400, nothing stored); a file changed after signing is
 * kept, flagged "Tệp đã bị sửa sau khi ký", so the attempt is on record.
 */
export async function attachSignedDecision(
  { db, actor, audit }: Deps,
  files: FileStore,
  versionId: string,
  upload: { fileName: string; content: Buffer } | null,
) {
  return db.transaction(async (tx) => {
    const { version, document, scope } = await loadVersion(tx, actor, versionId, true);
    const state = version.state as VersionState;
    if (!documentsPolicy.readVersion(actor, scope, state)) throw notFoundVersion();
    if (!documentsPolicy.attachSignedDecision(actor, scope)) throw forbidden();
    if (!numberedStates.includes(state) || version.changeKind === 'withdraw') {
      throw new AppError(409, 'document.not_approved', {
        vi: 'Chỉ đính kèm quyết định đã ký số vào bản đã được phê duyệt.',
        en: 'A digitally signed decision is attached only to an approved version.',
      });
    }
    if (!upload || upload.content.length === 0) {
      throw invalidField('file', {
        vi: 'Hãy chọn tệp PDF quyết định đã ký số.',
        en: 'Choose the digitally signed decision (PDF).',
      });
    }
    const verification = await verify(upload.content);
    const { hash, size } = await storeFile(files, upload.content);
    const fileName = upload.fileName.toLowerCase().endsWith('.pdf')
      ? upload.fileName
      : `${upload.fileName}.pdf`;
    const [row] = await tx
      .insert(documentSignedFiles)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        versionId,
        fileHash: hash,
        fileName,
        size,
        intact: verification.intact,
        verification,
        uploadedBy: actor.personId,
      })
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_version',
      entityId: versionId,
      entityLabel: `${document.code} lần ${version.issueNo}`,
      action: 'attach_signed_decision',
      changes: {
        signedFile: { to: fileName },
        fileHash: { to: hash },
        intact: { to: verification.intact },
        signer: { to: verification.signer.subject },
      },
    });
    return view(row, actor.fullName);
  });
}

/** The signed PDF as uploaded, for the reader to check in their own software too. */
export async function downloadSignedDecision(
  db: Db,
  files: FileStore,
  actor: Actor,
  versionId: string,
  fileId: string,
) {
  await listSignedDecisions(db, actor, versionId);
  const [row] = await db
    .select()
    .from(documentSignedFiles)
    .where(
      and(
        eq(documentSignedFiles.id, fileId),
        eq(documentSignedFiles.versionId, versionId),
        eq(documentSignedFiles.agencyId, actor.agencyId),
      ),
    );
  if (!row) throw notFound('signed_decision');
  return { fileName: row.fileName, content: await readFile(files, row.fileHash) };
}
