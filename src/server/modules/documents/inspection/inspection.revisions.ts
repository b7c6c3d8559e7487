import { and, asc, between, eq, inArray } from 'drizzle-orm';
import { type ChangeKind, type DocumentType, documentContent } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { unitRows } from '../../org/index.ts';
import { documents, documentVersions } from '../documents.table.ts';

const units = unitRows();
/** A version that was issued (approved, then in force, and maybe past it). */
const issuedStates = ['approved', 'in_force', 'superseded', 'withdrawn'];

export type RevisionInPeriod = {
  documentId: string;
  versionId: string;
  code: string;
  title: string;
  type: DocumentType;
  ownerUnitName: string;
  issueNo: number;
  changeKind: ChangeKind;
  issueDate: string | null;
  effectiveDate: string;
  decisionNo: string | null;
  /** Why it was asked for (the change request's reason). */
  reason: string;
  /** What changed, as the drafter summarised it. */
  summary: string | null;
  /** The legal text the requester named as calling for the change (căn cứ pháp lý). */
  legalBasis: string | null;
  /** Referenced documents (legal texts among them) the issue cites that the issue before did not. */
  newReferences: string[];
};

const referenceTexts = (content: unknown) =>
  documentContent.parse(content).references.map((r) => r.text.trim());

/**
 * The issues of the agency's documents that came into force in [from, to] (new, revised,
 * withdrawn), by date: with the reason, the legal text that called for each when recorded,
 * and the references it added — the evidence that procedures follow changes in the law
 * (QĐ 19/2014 art. 4; TT 26/2014 art. 36). For a caller that has checked who asks.
 */
export async function revisionsInPeriod(
  db: Db,
  agencyId: string,
  period: { from: string; to: string },
): Promise<RevisionInPeriod[]> {
  const rows = await db
    .select({
      version: documentVersions,
      code: documents.code,
      type: documents.type,
      ownerUnitName: units.name,
    })
    .from(documentVersions)
    .innerJoin(
      documents,
      and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
    )
    .innerJoin(units, and(eq(units.agencyId, documents.agencyId), eq(units.id, documents.ownerUnitId)))
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        inArray(documentVersions.state, issuedStates),
        between(documentVersions.effectiveDate, period.from, period.to),
      ),
    )
    .orderBy(asc(documentVersions.effectiveDate), asc(documents.code), asc(documentVersions.issueNo));
  const revised = rows.filter((r) => r.version.changeKind === 'revise').map((r) => r.version.documentId);
  const earlier = revised.length
    ? await db
        .select({
          documentId: documentVersions.documentId,
          issueNo: documentVersions.issueNo,
          changeKind: documentVersions.changeKind,
          content: documentVersions.content,
        })
        .from(documentVersions)
        .where(
          and(
            eq(documentVersions.agencyId, agencyId),
            inArray(documentVersions.documentId, [...new Set(revised)]),
            inArray(documentVersions.state, issuedStates),
          ),
        )
    : [];
  /** The issue a revision replaced: the last one before it that carried content (not a withdrawal). */
  const previousOf = (documentId: string, issueNo: number) =>
    earlier
      .filter((e) => e.documentId === documentId && e.issueNo < issueNo && e.changeKind !== 'withdraw')
      .sort((a, b) => b.issueNo - a.issueNo)[0];
  return rows.map(({ version: v, code, type, ownerUnitName }) => {
    const previous = v.changeKind === 'revise' ? previousOf(v.documentId, v.issueNo) : undefined;
    const before = new Set(previous ? referenceTexts(previous.content) : []);
    return {
      documentId: v.documentId,
      versionId: v.id,
      code,
      title: v.title,
      type: type as DocumentType,
      ownerUnitName,
      issueNo: v.issueNo,
      changeKind: v.changeKind as ChangeKind,
      issueDate: v.issueDate,
      effectiveDate: v.effectiveDate as string,
      decisionNo: v.decisionNo,
      reason: v.changeReason,
      summary: v.changeSummary,
      legalBasis: v.legalBasis,
      newReferences: previous ? referenceTexts(v.content).filter((t) => !before.has(t)) : [],
    };
  });
}
