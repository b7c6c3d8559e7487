import { and, asc, eq, gt, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import { type DocumentType, documentsQuery, documentTypeNames } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { formatDate } from '../../../platform/format.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import { agencyReader } from '../../../platform/permissions/agency-reader.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { tableWorkbook } from '../../../platform/xlsx/write-table.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { loadExportModel } from '../export/export.service.ts';
import { issueLabel } from '../export/page.ts';

const masterListWorkbook = lazy(() => import('../master-list/master-list.xlsx.ts'), 'masterListWorkbook');
const renderPdf = lazy(() => import('../export/pdf.ts'), 'renderPdf');

/*
 * The documents' papers in the inspection evidence pack (TT 26/2014 art. 36): the master list
 * of what is in force and each internal document in force as the PDF its page exports. Read
 * with the agency secretariat's sight, for a caller that has checked who asks.
 */

/** Internal documents an inspector reads in full; forms go with their procedure, external texts are listed. */
const printedTypes: DocumentType[] = [
  'quality_policy',
  'quality_objectives',
  'manual',
  'system_procedure',
  'business_procedure',
  'guideline',
];

/**
 * Danh mục tài liệu đang hiệu lực (XLSX): today, the master list's own export filtered to what
 * is in force; on an earlier day (a past year's pack), the internal documents in force that day.
 */
export function documentsInForceList(
  db: Db,
  agencyId: string,
  asOf?: { day: string; agencyName: string },
): PaperFile {
  const fileName = 'danh-muc-tai-lieu-dang-hieu-luc.xlsx';
  if (!asOf || asOf.day >= todayInVietnam()) {
    const query = documentsQuery.parse({ status: 'in_force' });
    return {
      fileName,
      render: async () => (await masterListWorkbook(db, agencyReader(agencyId), query)).buffer,
    };
  }
  return {
    fileName,
    render: async () =>
      tableWorkbook({
        sheet: 'Tài liệu',
        agencyName: asOf.agencyName,
        title: 'Danh mục tài liệu đang hiệu lực',
        subtitle: [`Tại ngày ${formatDate(asOf.day)}`],
        columns: [
          { header: 'STT', width: 6, align: 'center' },
          { header: 'Mã hiệu', width: 18 },
          { header: 'Tên tài liệu', width: 60 },
          { header: 'Loại', width: 26 },
          { header: 'Lần ban hành', width: 12, align: 'center' },
          { header: 'Ngày hiệu lực', width: 14, align: 'center' },
        ],
        rows: (await versionsInForce(db, agencyId, asOf.day)).map((r, i) => [
          i + 1,
          r.code,
          r.title,
          documentTypeNames[r.type as DocumentType].vi,
          issueLabel(r.issueNo),
          formatDate(r.effectiveDate),
        ]),
      }),
  };
}

/** The internal documents' versions in force on `day`: issued (not a withdrawal), effective by then, not yet ended. */
function versionsInForce(db: Db, agencyId: string, day: string) {
  const v = documentVersions;
  return db
    .select({
      documentId: documents.id,
      code: documents.code,
      title: v.title,
      type: documents.type,
      issueNo: v.issueNo,
      effectiveDate: v.effectiveDate,
      versionId: v.id,
    })
    .from(v)
    .innerJoin(documents, and(eq(documents.agencyId, v.agencyId), eq(documents.id, v.documentId)))
    .where(
      and(
        eq(v.agencyId, agencyId),
        ne(v.changeKind, 'withdraw'),
        inArray(v.state, ['in_force', 'superseded', 'withdrawn']),
        lte(v.effectiveDate, day),
        or(isNull(v.endDate), gt(v.endDate, day)),
        inArray(documents.type, printedTypes),
      ),
    )
    .orderBy(asc(documents.code));
}

export type DocumentPaper = PaperFile & {
  documentId: string;
  code: string;
  title: string;
  type: DocumentType;
  issueNo: number;
};

/** Each internal document in force on `day` (today unless said), by type then code, as its PDF (made when asked). */
export async function documentPapersInForce(
  db: Db,
  agencyId: string,
  day = todayInVietnam(),
): Promise<DocumentPaper[]> {
  const rows = await versionsInForce(db, agencyId, day);
  const order = (t: string) => printedTypes.indexOf(t as DocumentType);
  return rows
    .sort((a, b) => order(a.type) - order(b.type))
    .map((r) => ({
      documentId: r.documentId,
      code: r.code,
      title: r.title,
      type: r.type as DocumentType,
      issueNo: r.issueNo,
      fileName: `${r.code}_lan-${r.issueNo}.pdf`,
      render: async () => renderPdf(await loadExportModel(db, agencyReader(agencyId), r.versionId)),
    }));
}
