/*
 * Manual indicator values (giá trị nhập tay): entered by the objective's owner with their
 * evidence — a note, a file, or both (the rule: contract/objectives.ts, manualValueBody) —
 * and approved by the unit head, who reads the note and downloads the file first. The file
 * is filed in the unit's records file for its objectives through records' public
 * fileUploadedDocument, as a nonconformity's or a directive's evidence is.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import { type manualValueBody, periodsOf } from '../../../contract/objectives.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { type FileStore, readFile } from '../../platform/files/files.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import type { UploadedFile } from '../../platform/http/multipart.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { fileUploadedDocument } from '../records/index.ts';
import { assertMayApproveValue, objectivePolicy } from './objectives.policy.ts';
import { auditObjective, type Deps, loadObjective, type ObjectiveRow } from './objectives.repository.ts';
import { wrongState } from './objectives.service.ts';
import { indicatorValues, objectiveIndicators } from './objectives.table.ts';

/** Catalogue entries that hold a unit's records of its quality objectives carry these words. */
const ENTRY_WORDS = ['muc tieu chat luong', 'muc tieu'];

const alreadyApproved = () =>
  new AppError(409, 'objective.value_approved', {
    vi: 'Giá trị của kỳ này đã được phê duyệt.',
    en: "This period's value is already approved.",
  });

/** An indicator of an objective the actor may read, the objective's row locked. Out of reach: 404. */
async function loadIndicator(tx: Tx | Db, actor: Actor, indicatorId: string, lock = true) {
  const [indicator] = await tx
    .select()
    .from(objectiveIndicators)
    .where(and(eq(objectiveIndicators.agencyId, actor.agencyId), eq(objectiveIndicators.id, indicatorId)));
  if (!indicator) throw notFound('objective');
  return { indicator, ...(await loadObjective(tx, actor, indicator.objectiveId, lock)) };
}

/** The records files this objective's evidence went to before: the next goes to the same one. */
async function earlierRecordFiles(tx: Tx, agencyId: string, objectiveId: string) {
  const rows = await tx
    .select({ fileId: indicatorValues.recordFileId })
    .from(indicatorValues)
    .innerJoin(
      objectiveIndicators,
      and(
        eq(objectiveIndicators.agencyId, indicatorValues.agencyId),
        eq(objectiveIndicators.id, indicatorValues.indicatorId),
      ),
    )
    .where(
      and(
        eq(indicatorValues.agencyId, agencyId),
        eq(objectiveIndicators.objectiveId, objectiveId),
        isNotNull(indicatorValues.recordFileId),
      ),
    );
  return rows.flatMap((r) => (r.fileId ? [r.fileId] : []));
}

/** Files the evidence in the unit's records (the objective's unit; the agency's: the enterer's). */
async function fileEvidence(
  tx: Tx,
  deps: Deps,
  files: FileStore,
  objective: ObjectiveRow,
  indicatorName: string,
  upload: UploadedFile,
) {
  const today = todayInVietnam();
  const filed = await fileUploadedDocument(tx, deps, files, {
    unitId: objective.unitId ?? deps.actor.unitId,
    on: today,
    entryWords: ENTRY_WORDS,
    earlierFileIds: await earlierRecordFiles(tx, deps.actor.agencyId, objective.id),
    adHocTitle: `Hồ sơ theo dõi, đo lường mục tiêu chất lượng năm ${objective.year}`,
    adHocNote: `Mở khi lưu bằng chứng kết quả chỉ số "${indicatorName}": danh mục hồ sơ năm ${today.slice(0, 4)} của đơn vị chưa có hồ sơ về mục tiêu chất lượng.`,
    upload: {
      ...upload,
      title: `Bằng chứng chỉ số ${indicatorName}: ${upload.fileName.replace(/\.[^.]*$/, '')}`,
    },
  });
  return {
    fileHash: filed.item.fileHash,
    fileName: filed.item.fileName,
    mimeType: filed.item.mimeType,
    size: filed.item.size,
    recordFileId: filed.file.id,
    recordFileCode: filed.file.fileCode,
    recordItemId: filed.item.id,
  };
}

/**
 * Enters a manual indicator's value for one period of the objective's year (begun by today),
 * with its evidence (a note, a file, or both); it counts once the unit head approves it. One
 * value per period: a value not yet approved is replaced by the new one, keeping its file
 * when no new file comes. Without any evidence: 400 on `evidenceNote`, nothing written.
 */
export async function enterValue(
  deps: Deps,
  files: FileStore,
  indicatorId: string,
  body: z.infer<typeof manualValueBody>,
  upload: UploadedFile | null,
) {
  const { db, actor } = deps;
  const note = body.evidenceNote?.trim() ?? '';
  const file = upload?.content.length ? upload : null;
  return db.transaction(async (tx) => {
    const { indicator, objective, facts } = await loadIndicator(tx, actor, indicatorId);
    if (!objectivePolicy.enterValue(actor, facts, objective.ownerPersonId)) throw forbidden();
    if (objective.state !== 'approved') throw wrongState(objective.state);
    if (indicator.source !== 'manual')
      throw invalidField('value', {
        vi: 'Chỉ số này được tính tự động từ dữ liệu; không nhập tay.',
        en: 'This indicator is computed from the data; it is not entered by hand.',
      });
    const period = periodsOf(objective.year, indicator.frequency as never).find(
      (p) => p.start === body.periodStart,
    );
    if (!period || period.start > todayInVietnam())
      throw invalidField('periodStart', {
        vi: 'Kỳ không thuộc năm của mục tiêu theo tần suất của chỉ số, hoặc chưa bắt đầu.',
        en: "The period is not one of the objective's year at the indicator's frequency, or has not begun.",
      });
    const [existing] = await tx
      .select()
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.agencyId, actor.agencyId),
          eq(indicatorValues.indicatorId, indicatorId),
          eq(indicatorValues.periodStart, period.start),
        ),
      );
    if (existing?.state === 'approved') throw alreadyApproved();
    const keptFile = existing?.fileHash
      ? {
          fileHash: existing.fileHash,
          fileName: existing.fileName,
          mimeType: existing.mimeType,
          size: existing.size,
          recordFileId: existing.recordFileId,
          recordFileCode: existing.recordFileCode,
          recordItemId: existing.recordItemId,
        }
      : null;
    if (!note && !file && !keptFile)
      throw invalidField('evidenceNote', {
        vi: 'Giá trị nhập tay cần có bằng chứng: ghi bằng chứng hoặc gửi kèm tệp bằng chứng.',
        en: 'A value entered by hand needs evidence: describe it or attach an evidence file.',
      });
    const evidence = file
      ? await fileEvidence(tx, deps, files, objective, indicator.name, file)
      : (keptFile ?? {});
    if (existing) await tx.delete(indicatorValues).where(eq(indicatorValues.id, existing.id));
    const [row] = await tx
      .insert(indicatorValues)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        indicatorId,
        periodStart: period.start,
        periodEnd: period.end,
        value: body.value,
        evidenceNote: note,
        ...evidence,
        enteredBy: actor.personId,
      })
      .returning();
    await auditObjective(tx, deps.audit, objective, 'enter_value', diff(existing ?? null, row));
    return objective.id;
  });
}

/** The unit head (leadership for the agency's) approves a manual value someone else entered. */
export async function approveValue(deps: Deps, valueId: string, body: { version: number }) {
  const { db, actor } = deps;
  return db.transaction(async (tx) => {
    const [value] = await tx
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.agencyId, actor.agencyId), eq(indicatorValues.id, valueId)));
    if (!value) throw notFound('objective');
    const { objective, facts } = await loadIndicator(tx, actor, value.indicatorId);
    if (!objectivePolicy.approve(actor, facts)) throw forbidden();
    if (value.state !== 'entered') throw alreadyApproved();
    assertMayApproveValue(actor, value.enteredBy);
    const updated = await updateVersioned(
      tx,
      indicatorValues,
      { id: valueId, agencyId: actor.agencyId, version: body.version },
      { state: 'approved', approvedBy: actor.personId, approvedAt: new Date() },
    );
    await auditObjective(tx, deps.audit, objective, 'approve_value', diff(value, updated));
    return objective.id;
  });
}

/** A manual value's evidence file, for whoever may read its objective; 404 otherwise or when it has none. */
export async function valueEvidence(db: Db, files: FileStore, actor: Actor, valueId: string) {
  const [value] = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.agencyId, actor.agencyId), eq(indicatorValues.id, valueId)));
  if (!value) throw notFound('objective');
  await loadIndicator(db, actor, value.indicatorId, false);
  if (!value.fileHash || !value.fileName || !value.mimeType) throw notFound('objective_value_evidence');
  return {
    fileName: value.fileName,
    mimeType: value.mimeType,
    content: await readFile(files, value.fileHash),
  };
}
