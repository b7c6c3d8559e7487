import { and, asc, eq, inArray } from 'drizzle-orm';
import { type DocumentType, documentsQuery } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import { agencyReader } from '../../../platform/permissions/agency-reader.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { loadExportModel } from '../export/export.service.ts';

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

/** Danh mục tài liệu đang hiệu lực (XLSX), the master list's own export filtered to what is in force. */
export function documentsInForceList(db: Db, agencyId: string): PaperFile {
  const query = documentsQuery.parse({ status: 'in_force' });
  return {
    fileName: 'danh-muc-tai-lieu-dang-hieu-luc.xlsx',
    render: async () => (await masterListWorkbook(db, agencyReader(agencyId), query)).buffer,
  };
}

export type DocumentPaper = PaperFile & {
  documentId: string;
  code: string;
  title: string;
  type: DocumentType;
  issueNo: number;
};

/** Each internal document in force, by type then code, as its PDF (made when asked). */
export async function documentPapersInForce(db: Db, agencyId: string): Promise<DocumentPaper[]> {
  const rows = await db
    .select({
      documentId: documents.id,
      code: documents.code,
      title: documentVersions.title,
      type: documents.type,
      issueNo: documentVersions.issueNo,
      versionId: documentVersions.id,
    })
    .from(documents)
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.agencyId, documents.agencyId),
        eq(documentVersions.id, documents.currentVersionId),
      ),
    )
    .where(
      and(
        eq(documents.agencyId, agencyId),
        eq(documents.status, 'in_force'),
        eq(documentVersions.state, 'in_force'),
        inArray(documents.type, printedTypes),
      ),
    )
    .orderBy(asc(documents.code));
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
