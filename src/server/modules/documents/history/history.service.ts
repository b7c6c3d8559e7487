import { and, asc, eq } from 'drizzle-orm';
import type { HistoryRow, VersionDiff } from '../../../../contract/document-reports.ts';
import { documentContent, type VersionState } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { invalidField } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { loadDocument, loadVersion, type VersionRow } from '../documents.repository.ts';
import { notFoundVersion } from '../documents.service.ts';
import { documentVersions } from '../documents.table.ts';
import { diffContent, whereChanged } from './content-diff.ts';

/** States of a version that was approved and issued (lần ban hành). */
const issuedStates: VersionState[] = ['approved', 'in_force', 'superseded', 'withdrawn'];
const WHOLE_DOCUMENT = 'Toàn bộ tài liệu';

const sideOf = (v: VersionRow) => ({ title: v.title, content: documentContent.parse(v.content) });

function whatChanged(v: VersionRow) {
  if (v.changeSummary) return v.changeSummary;
  if (v.changeKind === 'new') return 'Ban hành lần đầu';
  if (v.changeKind === 'withdraw') return `Thu hồi tài liệu: ${v.changeReason}`;
  return v.changeReason;
}

/**
 * Mục lục sửa đổi: every issue of the document, oldest first, with what changed and where
 * (the sections that differ from the issue before it).
 */
export async function documentHistory(db: Db, actor: Actor, documentId: string) {
  const { document, scope } = await loadDocument(db, actor, documentId);
  const versions = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.agencyId, actor.agencyId), eq(documentVersions.documentId, documentId)))
    .orderBy(asc(documentVersions.issueNo), asc(documentVersions.createdAt));
  if (!versions.some((v) => documentsPolicy.readVersion(actor, scope, v.state as VersionState)))
    throw notFoundVersion();
  const rows: HistoryRow[] = [];
  let previous: VersionRow | undefined;
  for (const v of versions) {
    if (!issuedStates.includes(v.state as VersionState) || !v.issueDate) continue;
    let where = WHOLE_DOCUMENT;
    let changedSections: HistoryRow['changedSections'] = [];
    if (v.changeKind === 'revise' && previous) {
      const sections = diffContent(sideOf(previous), sideOf(v));
      where = whereChanged(sections);
      changedSections = sections.filter((s) => s.changed).map((s) => s.section);
    }
    rows.push({
      versionId: v.id,
      issueNo: v.issueNo,
      changeKind: v.changeKind as HistoryRow['changeKind'],
      state: v.state as VersionState,
      issueDate: v.issueDate,
      effectiveDate: v.effectiveDate,
      decisionNo: v.decisionNo,
      changeSummary: whatChanged(v),
      legalBasis: v.legalBasis,
      where,
      changedSections,
    });
    // A withdrawal carries the content unchanged; the next issue is compared with the last content.
    if (v.changeKind !== 'withdraw') previous = v;
  }
  return { documentId: document.id, code: document.code, title: document.title, rows };
}

/** What changed from `againstId` to `versionId`, two versions of one document this person may read. */
export async function versionDiff(
  db: Db,
  actor: Actor,
  versionId: string,
  againstId: string,
): Promise<VersionDiff> {
  const readable = async (id: string) => {
    const loaded = await loadVersion(db, actor, id);
    if (!documentsPolicy.readVersion(actor, loaded.scope, loaded.version.state as VersionState))
      throw notFoundVersion();
    return loaded;
  };
  const to = await readable(versionId);
  const from = await readable(againstId);
  if (from.version.documentId !== to.version.documentId) {
    throw invalidField('against', {
      vi: 'Hai bản được so sánh phải thuộc cùng một tài liệu.',
      en: 'Both versions must belong to the same document.',
    });
  }
  const sections = diffContent(sideOf(from.version), sideOf(to.version));
  const ref = (v: VersionRow) => ({
    id: v.id,
    issueNo: v.issueNo,
    state: v.state as VersionState,
    title: v.title,
    issueDate: v.issueDate,
  });
  return {
    documentId: to.document.id,
    code: to.document.code,
    from: ref(from.version),
    to: ref(to.version),
    changed: sections.some((s) => s.changed),
    where: whereChanged(sections),
    sections,
  };
}
