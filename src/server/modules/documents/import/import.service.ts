/*
 * Bringing an existing QMS in: the documents an agency already has in force, each with its
 * issues, as versions marked `imported` whose approval was signed on paper. All or nothing:
 * the whole import is checked (in the transaction that writes it, under the agency's code
 * lock) and one error anywhere answers 422 with every error and writes nothing.
 */
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  FILES_COLUMN,
  type ImportPreview,
  type ImportResult,
  importColumns,
  importErrorPath,
} from '../../../../contract/document-import.ts';
import { documentContent, documentTypeNames, documentTypes } from '../../../../contract/documents.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type FileStore, storeFile } from '../../../platform/files/files.ts';
import { attachmentMimeTypes, displayName } from '../../../platform/files/sniff.ts';
import { formatDate } from '../../../platform/format.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { addDays, todayInVietnam } from '../../../platform/time.ts';
import { unitRows } from '../../org/index.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { contentHash, searchableText, unaccentedSql } from '../documents.repository.ts';
import type { Deps } from '../documents.service.ts';
import {
  documentAttachments,
  documentEvents,
  documentSignatures,
  documents,
  documentVersions,
} from '../documents.table.ts';
import { addMonths } from '../documents.transition.ts';
import {
  type ImportError,
  type ImportFile,
  type PlannedDocument,
  planImport,
  previewOf,
} from './import.parse.ts';

const units = unitRows();

export type ImportUpload = { list: Buffer | null; files: ImportFile[] };

const invalid = (errors: ImportError[]) =>
  new AppError(
    422,
    'documents.import_invalid',
    {
      vi: `Danh mục và tệp có ${errors.length} lỗi; chưa nhập tài liệu nào. Sửa các lỗi được nêu rồi kiểm tra lại.`,
      en: `The list and files have ${errors.length} errors; nothing was imported. Fix the errors listed and check again.`,
    },
    errors.map((e) => ({
      path:
        e.row != null
          ? importErrorPath(e.row, e.column ?? FILES_COLUMN)
          : e.file
            ? `files[${e.file}]`
            : 'list',
      text: e.text,
    })),
  );

async function checked(tx: Tx | Db, actor: Actor, upload: ImportUpload) {
  if (!documentsPolicy.importQms(actor)) throw forbidden();
  const [agencyUnits, codes] = await Promise.all([
    tx
      .select({ id: units.id, name: units.name, code: units.code, status: units.status })
      .from(units)
      .where(eq(units.agencyId, actor.agencyId)),
    tx.select({ code: documents.code }).from(documents).where(eq(documents.agencyId, actor.agencyId)),
  ]);
  const { plan, errors } = await planImport({
    ...upload,
    units: agencyUnits,
    existingCodes: new Set(codes.map((c) => c.code.toLowerCase())),
    today: todayInVietnam(),
  });
  if (errors.length) throw invalid(errors);
  return plan;
}

/** The check step: what would be created, or 422 with every error. Writes nothing. */
export async function checkImport(db: Db, actor: Actor, upload: ImportUpload): Promise<ImportPreview> {
  return previewOf(await checked(db, actor, upload));
}

/** A calendar day's start in Vietnam, as the moment a paper signature is dated. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);

/** Imports everything in one transaction, or nothing (422). One audit event per document. */
export async function commitImport(
  { db, actor, audit }: Deps,
  files: FileStore,
  upload: ImportUpload,
): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    // The same lock as a new change request: no code can be taken between check and insert.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`documents:code:${actor.agencyId}`}))`);
    const plan = await checked(tx, actor, upload);
    const imported: ImportResult['imported'] = [];
    for (const doc of plan) imported.push(await importDocument(tx, files, { actor, audit }, doc));
    return { ...previewOf(plan), imported };
  });
}

async function importDocument(
  tx: Tx,
  files: FileStore,
  { actor, audit }: Pick<Deps, 'actor' | 'audit'>,
  doc: PlannedDocument,
) {
  const documentId = newId();
  const content = documentContent.parse({});
  const current = doc.issues[doc.issues.length - 1];
  const stored = [];
  for (const f of doc.files) {
    const { hash, size } = await storeFile(files, f.content);
    stored.push({ ...f, hash, size });
  }
  const versionIds = doc.issues.map(() => newId());
  const currentId = versionIds[versionIds.length - 1];
  await tx.insert(documents).values({
    id: documentId,
    agencyId: actor.agencyId,
    type: doc.type,
    code: doc.code,
    title: doc.title,
    ownerUnitId: doc.unit.id,
    status: 'in_force',
    currentVersionId: currentId,
    nextReviewDate: addMonths(current.effectiveDate, 12),
  });
  for (const [i, issue] of doc.issues.entries()) {
    const inForce = i === doc.issues.length - 1;
    const hash = contentHash(issue.title, content, inForce ? stored.map((s) => s.hash) : []);
    const versionId = versionIds[i];
    const state = inForce ? 'in_force' : 'superseded';
    await tx.insert(documentVersions).values({
      id: versionId,
      agencyId: actor.agencyId,
      documentId,
      changeKind: i === 0 ? 'new' : 'revise',
      changeReason: `Nhập từ hệ thống tài liệu đang áp dụng; ban hành trên giấy theo Quyết định số ${issue.decisionNo}.`,
      requestingUnitId: doc.unit.id,
      requestedBy: actor.personId,
      state,
      issueNo: issue.issueNo,
      title: issue.title,
      content,
      contentHash: hash,
      decisionNo: issue.decisionNo,
      issueDate: issue.issueDate,
      effectiveDate: issue.effectiveDate,
      endDate: inForce ? null : doc.issues[i + 1].effectiveDate,
      approvedAt: dayStart(issue.issueDate),
      imported: true,
      searchText: unaccentedSql(searchableText(doc.code, issue.title, content)) as never,
    });
    await tx.insert(documentSignatures).values({
      id: newId(),
      agencyId: actor.agencyId,
      versionId,
      meaning: 'approve',
      // Who recorded it; who signed on paper is the name given in the list.
      signerId: actor.personId,
      signerName: issue.signerName ?? actor.fullName,
      signerPosition: issue.signerName ? issue.signerPosition : 'Người ghi nhận khi nhập',
      signedAt: dayStart(issue.issueDate),
      contentHash: hash,
      onPaper: true,
    });
    await tx.insert(documentEvents).values({
      id: newId(),
      agencyId: actor.agencyId,
      versionId,
      action: 'import',
      fromState: null,
      toState: state,
      actorId: actor.personId,
      actorName: actor.fullName,
      comment: `Quyết định số ${issue.decisionNo}, ký trên giấy.`,
    });
    if (inForce && stored.length) {
      await tx.insert(documentAttachments).values(
        stored.map((s) => ({
          id: newId(),
          agencyId: actor.agencyId,
          versionId,
          fileHash: s.hash,
          fileName: displayName(s.fileName, s.kind),
          mimeType: attachmentMimeTypes[s.kind],
          size: s.size,
          uploadedBy: actor.personId,
        })),
      );
    }
  }
  await recordAudit(tx, audit, {
    agencyId: actor.agencyId,
    entityType: 'document',
    entityId: documentId,
    entityLabel: `${doc.code} ${doc.title}`,
    action: 'import',
    changes: {
      code: { to: doc.code },
      title: { to: doc.title },
      type: { to: doc.type },
      ownerUnitId: { to: doc.unit.id },
      issueNo: { to: current.issueNo },
      decisionNo: { to: current.decisionNo },
      issueDate: { to: current.issueDate },
      effectiveDate: { to: current.effectiveDate },
      earlierIssues: { to: doc.issues.slice(0, -1).map((i) => i.issueNo) },
      files: { to: stored.map((s) => s.fileName) },
    },
  });
  return { code: doc.code, documentId, versionId: currentId };
}

/**
 * The template's example row, valid for the agency it is downloaded from: a business
 * procedure of one of its active units, under a code it does not use yet, issued a month
 * ago and in force since (so imported with a file named after its code, it goes in).
 */
export function importExampleRow(input: {
  units: Array<{ name: string; code: string }>;
  existingCodes: Set<string>;
  today: string;
}): string[] {
  const unit = input.units[0] ?? { name: '', code: 'DV' };
  const unitCode = unit.code.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase() || 'DV';
  let n = 1;
  const codeOf = (i: number) => `QT-${unitCode}-${String(i).padStart(2, '0')}`;
  while (input.existingCodes.has(codeOf(n).toLowerCase())) n++;
  const issued = addDays(input.today, -30);
  return [
    codeOf(n),
    'Quy trình tiếp nhận và xử lý văn bản đến',
    documentTypeNames.business_procedure.vi,
    unit.name,
    '1',
    formatDate(issued),
    formatDate(issued),
    `${n}/QĐ-${unitCode}`,
    'Nguyễn Văn An',
    `Thủ trưởng ${unit.name}`,
  ];
}

/** The template: the headers in Vietnamese, an example row, and a sheet listing types and units. */
export async function importTemplate(db: Db, actor: Actor): Promise<Buffer> {
  if (!documentsPolicy.importQms(actor)) throw forbidden();
  const [agencyUnits, codes] = await Promise.all([
    db
      .select({ name: units.name, code: units.code })
      .from(units)
      .where(and(eq(units.agencyId, actor.agencyId), eq(units.status, 'active')))
      .orderBy(units.name),
    db.select({ code: documents.code }).from(documents).where(eq(documents.agencyId, actor.agencyId)),
  ]);
  const example = importExampleRow({
    units: agencyUnits,
    existingCodes: new Set(codes.map((c) => c.code.toLowerCase())),
    today: todayInVietnam(),
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục tài liệu');
  sheet.columns = importColumns.map((c) => ({
    header: c.vi,
    width: c.key === 'title' ? 48 : c.key === 'code' || c.key === 'issueNo' ? 14 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(example);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 40 }, { width: 60 }];
  help.addRow(['Loại tài liệu (ghi đúng một trong các tên)']).font = { bold: true };
  for (const t of documentTypes.filter((t) => t !== 'external')) help.addRow([documentTypeNames[t].vi]);
  help.addRow([]);
  help.addRow(['Đơn vị chủ trì (tên hoặc mã)', 'Mã']).font = { bold: true };
  for (const u of agencyUnits) help.addRow([u.name, u.code]);
  help.addRow([]);
  help.addRow([
    'Ghi chú',
    `Mỗi dòng là một lần ban hành. Cùng mã hiệu có nhiều dòng: lần lớn nhất là bản đang hiệu lực, các lần trước là lịch sử. Ngày ghi dd/mm/yyyy. Tệp DOCX/PDF đặt tên bắt đầu bằng mã hiệu, ví dụ "${example[0]} Quy trình.pdf". Dòng ví dụ dùng một đơn vị của cơ quan và một mã hiệu chưa có, nên nhập được ngay; hãy thay bằng tài liệu thật của cơ quan.`,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
