import type { Db } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { multipartFile } from '../../../testing/xlsx-upload.ts';
import { caseSteps, workCases } from '../../cases/cases.table.ts';
import { catalogueEntries, recordFiles, recordsCatalogues } from '../records.table.ts';

export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A unit's catalogue of the year with one entry, written directly. */
export async function seedCatalogue(
  db: Db,
  where: {
    agencyId: string;
    unitId: string;
    year: number;
    state?: string;
    code?: string;
    retentionYears?: number | null;
  },
) {
  const catalogueId = newId();
  await db.insert(recordsCatalogues).values({
    id: catalogueId,
    agencyId: where.agencyId,
    unitId: where.unitId,
    year: where.year,
    state: where.state ?? 'issued',
  });
  const entryId = newId();
  await db.insert(catalogueEntries).values({
    id: entryId,
    agencyId: where.agencyId,
    catalogueId,
    position: 1,
    code: where.code ?? '01.TCCB',
    title: 'Hồ sơ tuyển dụng công chức',
    retentionYears: where.retentionYears === undefined ? 10 : where.retentionYears,
    ownerUnitId: where.unitId,
  });
  return { catalogueId, entryId };
}

let seq = 0;
/** A file written directly, for permission tests and lists with chosen dates. */
export async function seedFile(
  db: Db,
  f: {
    agencyId: string;
    unitId: string;
    ownerPersonId?: string | null;
    openedBy?: string | null;
    accessRegime?: string;
    state?: string;
    startDate?: string;
    endDate?: string | null;
    retentionYears?: number | null;
    title?: string;
  },
) {
  const id = newId();
  const startDate = f.startDate ?? '2017-03-01';
  await db.insert(recordFiles).values({
    id,
    agencyId: f.agencyId,
    unitId: f.unitId,
    year: Number(startDate.slice(0, 4)),
    fileCode: `T.${startDate.slice(0, 4)}.SEED${++seq}-${id.slice(-6)}`,
    title: f.title ?? 'Hồ sơ thử nghiệm',
    retentionYears: f.retentionYears === undefined ? 5 : f.retentionYears,
    accessRegime: f.accessRegime ?? 'internal',
    ownerUnitId: f.unitId,
    ownerPersonId: f.ownerPersonId ?? null,
    openedBy: f.openedBy ?? null,
    startDate,
    endDate: f.endDate ?? null,
    state: f.state ?? 'open',
  });
  return id;
}

/** A work case on the file with one step assigned to the person (the cases module's tables, written directly). */
export async function seedCaseStep(
  db: Db,
  w: { agencyId: string; unitId: string; fileId: string; assigneeId: string },
) {
  const caseId = newId();
  await db.insert(workCases).values({
    id: caseId,
    agencyId: w.agencyId,
    code: `2017-${caseId.slice(-6)}`,
    title: 'Tuyển dụng công chức',
    unitId: w.unitId,
    procedureDocumentId: newId(),
    procedureVersionId: newId(),
    fileId: w.fileId,
    startedBy: w.assigneeId,
    startDate: '2017-03-01',
  });
  const stepId = newId();
  await db.insert(caseSteps).values({
    id: stepId,
    agencyId: w.agencyId,
    caseId,
    stepId: 'B1',
    sequence: 1,
    action: 'Tiếp nhận hồ sơ',
    durationDays: 1,
    assigneeId: w.assigneeId,
    startDate: '2017-03-01',
    dueDate: '2017-03-02',
  });
  return { caseId, stepId };
}

/** A multipart body with text fields first, then the file. */
export const multipartItem = (fields: Record<string, string>, filename: string, content: Buffer | string) =>
  multipartFile(filename, content, fields);
