import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { procedureTypes } from '../documents.read.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { loadExportModel } from '../export/export.service.ts';

/*
 * What an agency publishes without sign-in (its public page, QĐ 19/2014): the quality policy
 * and the procedures in force, each as the PDF of its version in force. Nothing else of the
 * documents module is reachable this way: a draft, a superseded or withdrawn version, any
 * other type, another agency's document — all are "not there" (undefined, the caller's 404).
 */

const renderPdf = lazy(() => import('../export/pdf.ts'), 'renderPdf');

/** The types an agency's public page shows (the policy and its procedures). */
const publicTypes = ['quality_policy', ...procedureTypes];

/**
 * Nobody in particular, of the agency, holding no role: the documents policy lets such a
 * reader see versions in force (and past ones — which the functions below never ask for).
 */
const publicReader = (agencyId: string): Actor => ({
  personId: '00000000-0000-0000-0000-000000000000',
  agencyId,
  fullName: 'Công khai',
  username: 'public',
  unitId: '00000000-0000-0000-0000-000000000000',
  unitPath: '',
  isOperator: false,
  grants: [],
  via: 'session',
});

export type PublicDocument = {
  id: string;
  type: string;
  code: string;
  title: string;
  issueNo: number;
  /** yyyy-mm-dd */
  issueDate: string | null;
  effectiveDate: string | null;
  /** The free text of a policy (empty for procedures, which are read as PDF). */
  body: string;
};

/** The agency's documents in force that it publishes: its quality policy (the latest in force) and procedures. */
export async function publicDocumentsInForce(db: Db, agencyId: string) {
  const rows = await db
    .select({
      id: documents.id,
      type: documents.type,
      code: documents.code,
      title: documents.title,
      issueNo: documentVersions.issueNo,
      issueDate: documentVersions.issueDate,
      effectiveDate: documentVersions.effectiveDate,
      content: documentVersions.content,
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
        inArray(documents.type, publicTypes),
      ),
    )
    .orderBy(desc(documentVersions.effectiveDate), asc(documents.code));
  const list: PublicDocument[] = rows.map((r) => ({
    id: r.id,
    type: r.type,
    code: r.code,
    title: r.title,
    issueNo: r.issueNo,
    issueDate: r.issueDate,
    effectiveDate: r.effectiveDate,
    body: r.type === 'quality_policy' ? ((r.content as { body?: string }).body ?? '') : '',
  }));
  return {
    policy: list.find((d) => d.type === 'quality_policy') ?? null,
    procedures: list.filter((d) => d.type !== 'quality_policy').sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/**
 * The PDF of the version in force of a document the agency publishes (the same paper the
 * signed-in export prints), or undefined when the document is not one of those.
 */
export async function publicDocumentPdf(db: Db, agencyId: string, documentId: string) {
  const [row] = await db
    .select({ versionId: documentVersions.id })
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
        eq(documents.id, documentId),
        eq(documents.status, 'in_force'),
        eq(documentVersions.state, 'in_force'),
        inArray(documents.type, publicTypes),
      ),
    );
  if (!row) return undefined;
  const model = await loadExportModel(db, publicReader(agencyId), row.versionId);
  return { fileName: `${model.fileBase}.pdf`, body: await renderPdf(model) };
}
