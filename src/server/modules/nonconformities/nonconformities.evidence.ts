import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { type FileStore, readFile } from '../../platform/files/files.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { unitRows } from '../org/index.ts';
import { fileUploadedDocument } from '../records/index.ts';
import { ncPolicy } from './nonconformities.policy.ts';
import { type Deps, loadNc } from './nonconformities.repository.ts';
import { auditNc, wrongState } from './nonconformities.shared.ts';
import { nonconformityEvidence } from './nonconformities.table.ts';

const units = unitRows();

export type EvidenceUpload = { fileName: string; content: Buffer } | null;

/** Catalogue entries that hold a unit's corrective action records carry these words. */
const ENTRY_WORDS = ['khac phuc', 'khong phu hop'];

/**
 * A file as evidence of an open action, by whoever may complete it: kept with the action
 * and filed in the unit's records file for the nonconformity (the one its earlier evidence
 * went to, else the year's file under the catalogue's entry for corrective action, else a
 * file opened outside the catalogue, which the record then names).
 */
export async function addEvidence(
  deps: Deps,
  files: FileStore,
  id: string,
  actionId: string,
  upload: EvidenceUpload,
) {
  const { db, actor } = deps;
  return db.transaction(async (tx) => {
    const { nc, actions } = await loadNc(tx, actor, id, true);
    const action = actions.find((a) => a.id === actionId);
    if (!action) throw notFound('action');
    const [ownerUnit] = await tx
      .select({ path: units.path })
      .from(units)
      .where(and(eq(units.agencyId, actor.agencyId), eq(units.id, action.ownerUnitId)));
    if (
      !ncPolicy.completeAction(actor, {
        ownerPersonId: action.ownerPersonId,
        ownerUnit: { agencyId: actor.agencyId, unitPath: ownerUnit?.path ?? null },
      })
    )
      throw forbidden();
    if (nc.state !== 'in_progress') throw wrongState(nc.state);
    if (action.state !== 'open')
      throw new AppError(409, 'nonconformity.action_done', {
        vi: 'Hành động này đã hoàn thành.',
        en: 'This action is done already.',
      });
    if (!upload || upload.content.length === 0)
      throw invalidField('file', { vi: 'Hãy chọn tệp bằng chứng.', en: 'Choose an evidence file.' });
    const earlier = await tx
      .select({ fileId: nonconformityEvidence.recordFileId })
      .from(nonconformityEvidence)
      .where(
        and(
          eq(nonconformityEvidence.agencyId, actor.agencyId),
          eq(nonconformityEvidence.nonconformityId, id),
        ),
      )
      .orderBy(asc(nonconformityEvidence.createdAt));
    const today = todayInVietnam();
    const filed = await fileUploadedDocument(tx, deps, files, {
      unitId: nc.unitId,
      on: today,
      entryWords: ENTRY_WORDS,
      earlierFileIds: earlier.flatMap((e) => (e.fileId ? [e.fileId] : [])),
      adHocTitle: `Hồ sơ xử lý sự không phù hợp ${nc.code}: ${nc.title}`,
      adHocNote: `Mở khi lưu bằng chứng hành động khắc phục của ${nc.code}: danh mục hồ sơ năm ${today.slice(0, 4)} của đơn vị chưa có hồ sơ về hành động khắc phục.`,
      upload: { ...upload, title: `Bằng chứng ${nc.code}: ${upload.fileName.replace(/\.[^.]*$/, '')}` },
    });
    const [row] = await tx
      .insert(nonconformityEvidence)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        nonconformityId: id,
        actionId,
        fileHash: filed.item.fileHash,
        fileName: filed.item.fileName,
        mimeType: filed.item.mimeType,
        size: filed.item.size,
        recordFileId: filed.file.id,
        recordFileCode: filed.file.fileCode,
        recordFileTitle: filed.file.title,
        inCatalogue: filed.file.inCatalogue,
        recordItemId: filed.item.id,
        addedBy: actor.personId,
      })
      .returning();
    await auditNc(tx, deps.audit, nc, 'add_evidence', diff(null, row));
    return row;
  });
}

/** The evidence files of a record's actions (for its page). */
export const evidenceOf = (db: Db | Tx, agencyId: string, id: string) =>
  db
    .select()
    .from(nonconformityEvidence)
    .where(and(eq(nonconformityEvidence.agencyId, agencyId), eq(nonconformityEvidence.nonconformityId, id)))
    .orderBy(asc(nonconformityEvidence.createdAt), asc(nonconformityEvidence.id));

/** An evidence file of a record the actor may read; 404 otherwise. */
export async function downloadEvidence(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
  evidenceId: string,
) {
  await loadNc(db, actor, id);
  const [row] = await db
    .select()
    .from(nonconformityEvidence)
    .where(
      and(
        eq(nonconformityEvidence.agencyId, actor.agencyId),
        eq(nonconformityEvidence.nonconformityId, id),
        eq(nonconformityEvidence.id, evidenceId),
      ),
    );
  if (!row) throw notFound('nonconformity_evidence');
  return { ...row, content: await readFile(files, row.fileHash) };
}
