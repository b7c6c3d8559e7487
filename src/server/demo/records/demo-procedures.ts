// The units' business procedures as loaded by the documents demo, with every version that
// came into force: a case runs the version in force on the day it starts.
import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { type DocumentContent, documentContent } from '../../../contract/documents.ts';
import type { Tx } from '../../db/connection.ts';
import { documents, documentVersions } from '../../modules/documents/documents.table.ts';

export type ProcedureVersion = {
  id: string;
  effectiveDate: string;
  endDate: string | null;
  content: DocumentContent;
};

export type DemoProcedure = {
  documentId: string;
  code: string;
  title: string;
  unitId: string;
  /** Handled through the one-stop shop (thủ tục hành chính): cases are applications. */
  oneStop: boolean;
  versions: ProcedureVersion[];
};

export async function loadDemoProcedures(tx: Tx, agencyId: string): Promise<DemoProcedure[]> {
  const rows = await tx
    .select({ doc: documents, version: documentVersions })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        eq(documents.type, 'business_procedure'),
        inArray(documentVersions.state, ['in_force', 'superseded', 'withdrawn']),
        ne(documentVersions.changeKind, 'withdraw'),
        isNotNull(documentVersions.effectiveDate),
      ),
    )
    .orderBy(asc(documents.code), asc(documentVersions.issueNo));
  const byId = new Map<string, DemoProcedure>();
  for (const { doc, version } of rows) {
    const content = documentContent.parse(version.content);
    let procedure = byId.get(doc.id);
    if (!procedure) {
      procedure = {
        documentId: doc.id,
        code: doc.code,
        title: doc.title,
        unitId: doc.ownerUnitId,
        oneStop: content.definitions.some((d) => d.term === 'Bộ phận Một cửa'),
        versions: [],
      };
      byId.set(doc.id, procedure);
    }
    procedure.versions.push({
      id: version.id,
      effectiveDate: version.effectiveDate!,
      endDate: version.endDate,
      content,
    });
  }
  return [...byId.values()].filter((p) => p.versions.some((v) => v.content.steps.length > 0));
}

/** The version in force on `day` (effective on or before it, not yet ended). */
export const versionAt = (procedure: DemoProcedure, day: string) =>
  procedure.versions.find((v) => v.effectiveDate <= day && (v.endDate === null || v.endDate > day)) ?? null;

/** "Quy trình cấp giấy phép bưu chính" → "Cấp giấy phép bưu chính". */
export const subjectOf = (title: string) => {
  const rest = title.replace(/^Quy trình\s+/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};
