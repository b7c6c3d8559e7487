import { and, eq } from 'drizzle-orm';
import { type DocumentContent, documentContent, type ProcedureStep } from '../../../contract/documents.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { contentHash } from '../documents/documents.repository.ts';
import { documents, documentVersions } from '../documents/documents.table.ts';
import { catalogueEntries, recordsCatalogues } from '../records/records.table.ts';
import { caseSteps, workCases } from './cases.table.ts';

/** Test data for work cases: procedures with steps, catalogue entries, cases written directly. */
let counter = 0;

export const sampleSteps: ProcedureStep[] = [
  { id: 'B1', action: 'Tiếp nhận hồ sơ', who: 'Chuyên viên', durationDays: 0.5, output: 'Phiếu tiếp nhận' },
  {
    id: 'B2',
    action: 'Thẩm định hồ sơ',
    who: 'Chuyên viên',
    durationDays: 2,
    output: 'Báo cáo thẩm định',
    condition: 'Hồ sơ đạt yêu cầu?',
    yesNext: 'B4',
    noNext: 'B3',
  },
  { id: 'B3', action: 'Yêu cầu bổ sung hồ sơ', who: 'Chuyên viên', durationDays: 1, output: 'Công văn' },
  { id: 'B4', action: 'Trình lãnh đạo ký', who: 'Lãnh đạo đơn vị', durationDays: 3, output: 'Quyết định' },
  { id: 'B5', action: 'Lưu hồ sơ', who: 'Văn thư', durationDays: 0, output: '' },
];

function contentOf(steps: ProcedureStep[], retention: string): DocumentContent {
  return documentContent.parse({
    purpose: 'Thử',
    steps,
    records: [{ name: 'Hồ sơ giải quyết công việc', keeper: 'Chuyên viên', retention }],
  });
}

/** A business procedure in force with steps and one "record to keep". */
export async function seedProcedure(
  db: Db,
  o: { agencyId: string; unitId: string; personId: string; steps?: ProcedureStep[]; retention?: string },
) {
  const documentId = newId();
  const versionId = newId();
  const code = `QT-CV-${++counter}`;
  const title = `Quy trình công việc ${counter}`;
  const content = contentOf(o.steps ?? sampleSteps, o.retention ?? '10 năm');
  await db.insert(documents).values({
    id: documentId,
    agencyId: o.agencyId,
    type: 'business_procedure',
    code,
    title,
    ownerUnitId: o.unitId,
    status: 'in_force',
    currentVersionId: versionId,
  });
  await db.insert(documentVersions).values({
    id: versionId,
    agencyId: o.agencyId,
    documentId,
    changeKind: 'new',
    changeReason: 'Thử',
    requestingUnitId: o.unitId,
    requestedBy: o.personId,
    state: 'in_force',
    issueNo: 1,
    title,
    content,
    contentHash: contentHash(title, content),
    issueDate: '2017-01-01',
    effectiveDate: '2017-01-01',
  });
  return { documentId, versionId, code };
}

/** Puts a new version in force (the old one superseded), as an issue would. */
export async function supersede(
  db: Db,
  p: { documentId: string; versionId: string; agencyId: string; unitId: string; personId: string },
  steps: ProcedureStep[],
) {
  const versionId = newId();
  const title = 'Quy trình công việc (sửa đổi)';
  const content = contentOf(steps, '5 năm');
  await db.update(documentVersions).set({ state: 'superseded' }).where(eq(documentVersions.id, p.versionId));
  await db.insert(documentVersions).values({
    id: versionId,
    agencyId: p.agencyId,
    documentId: p.documentId,
    changeKind: 'revise',
    changeReason: 'Sửa đổi',
    requestingUnitId: p.unitId,
    requestedBy: p.personId,
    state: 'in_force',
    issueNo: 2,
    title,
    content,
    contentHash: contentHash(title, content),
    issueDate: '2018-01-01',
    effectiveDate: '2018-01-01',
  });
  await db.update(documents).set({ currentVersionId: versionId }).where(eq(documents.id, p.documentId));
  return versionId;
}

/** An issued catalogue of the unit for the year with `count` entries taking the procedure's records. */
export async function seedEntries(
  db: Db,
  o: {
    agencyId: string;
    unitId: string;
    year: number;
    documentId: string;
    count: number;
    ownerPersonId?: string;
  },
) {
  const [existing] = await db
    .select()
    .from(recordsCatalogues)
    .where(and(eq(recordsCatalogues.unitId, o.unitId), eq(recordsCatalogues.year, o.year)));
  const catalogueId = existing
    ? existing.id
    : (
        await db
          .insert(recordsCatalogues)
          .values({ id: newId(), agencyId: o.agencyId, unitId: o.unitId, year: o.year, state: 'issued' })
          .returning()
      )[0].id;
  const ids: string[] = [];
  for (let i = 0; i < o.count; i++) {
    const n = ++counter;
    const [row] = await db
      .insert(catalogueEntries)
      .values({
        id: newId(),
        agencyId: o.agencyId,
        catalogueId,
        position: n,
        code: `${String(n).padStart(2, '0')}.TST`,
        title: `Hồ sơ mục ${n}`,
        retentionYears: 20,
        ownerUnitId: o.unitId,
        ownerPersonId: o.ownerPersonId ?? null,
        sourceDocumentId: o.documentId,
      })
      .returning();
    ids.push(row.id);
  }
  return ids;
}

/** An open case at its first step, written directly (no file): for the permission matrix. */
export async function seedCase(
  db: Db,
  o: {
    agencyId: string;
    unitId: string;
    startedBy: string;
    procedure: { documentId: string; versionId: string };
    assigneeId?: string | null;
    /** B1 done by the starter, B2 active: the case can be returned to B1. */
    atSecondStep?: boolean;
  },
) {
  const id = newId();
  const [row] = await db
    .insert(workCases)
    .values({
      id,
      agencyId: o.agencyId,
      code: `9999-${String(++counter).padStart(4, '0')}`,
      title: `Công việc thử ${counter}`,
      unitId: o.unitId,
      procedureDocumentId: o.procedure.documentId,
      procedureVersionId: o.procedure.versionId,
      startedBy: o.startedBy,
      startDate: '2018-03-01',
    })
    .returning();
  const active = {
    agencyId: o.agencyId,
    caseId: id,
    durationDays: 1,
    assigneeId: o.assigneeId ?? null,
    candidateUnitId: o.assigneeId ? null : o.unitId,
    startDate: '2018-03-01',
    dueDate: '2018-03-02',
  };
  if (o.atSecondStep) {
    await db.insert(caseSteps).values({
      ...active,
      id: newId(),
      stepId: 'B1',
      sequence: 1,
      action: 'Tiếp nhận hồ sơ',
      state: 'done',
      doneDate: '2018-03-01',
      doneBy: o.startedBy,
      assigneeId: o.startedBy,
      candidateUnitId: null,
    });
  }
  await db.insert(caseSteps).values({
    ...active,
    id: newId(),
    stepId: o.atSecondStep ? 'B2' : 'B1',
    sequence: o.atSecondStep ? 2 : 1,
    action: o.atSecondStep ? 'Thẩm định hồ sơ' : 'Tiếp nhận hồ sơ',
  });
  return row;
}
