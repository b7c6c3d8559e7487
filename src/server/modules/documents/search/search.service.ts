import { documentContent, type VersionState } from '../../../../contract/documents.ts';
import type { DocumentSearchHit, DocumentSearchQuery } from '../../../../contract/documents-search.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { searchableText } from '../documents.repository.ts';
import { highlight, type Matcher, queryTerms, snippet } from './highlight.ts';
import { hitDetails, rankedPage } from './search.query.ts';

/** Fewer exact hits than this, and near matches (prefixes, typos in titles) are added. */
const FEW_HITS = 5;

/**
 * Full-text search over code, title and content, diacritic-insensitive ("danh gia" finds
 * "đánh giá"): every word must match; title matches rank above content matches. When
 * that finds little, near matches are added below the exact ones. Titles and snippets
 * come back as HTML with the matched words marked.
 */
export async function searchDocuments(db: Db, actor: Actor, query: DocumentSearchQuery) {
  const terms = queryTerms(query.q);
  if (terms.length === 0)
    return { items: [], total: 0, page: query.page, pageSize: query.pageSize, approximate: false };
  const exactOnly = await rankedPage(db, actor, query, terms, false);
  const found = exactOnly.total < FEW_HITS ? await rankedPage(db, actor, query, terms, true) : exactOnly;
  const details = new Map(
    (
      await hitDetails(
        db,
        actor,
        found.rows.map((r) => r.versionId),
      )
    ).map((d) => [d.versionId, d]),
  );
  const exactWords: Matcher = { terms, prefixLast: false, fuzzy: false };
  const nearWords: Matcher = { terms, prefixLast: true, fuzzy: true };
  const items = found.rows.flatMap(({ versionId, rank, exact }): DocumentSearchHit[] => {
    const d = details.get(versionId);
    const scope = d && { agencyId: d.agencyId, unitPath: d.unitPath, approverRole: d.approverRole };
    if (!d || !scope || !documentsPolicy.readVersion(actor, scope, d.state as VersionState)) return [];
    const words = exact ? exactWords : nearWords;
    return [
      {
        documentId: d.documentId,
        versionId,
        code: d.code,
        title: d.title,
        type: d.type as DocumentSearchHit['type'],
        state: d.state as VersionState,
        ownerUnitName: d.ownerUnitName,
        issueNo: d.issueNo,
        rank,
        titleHighlight: highlight(d.title, words),
        snippet: snippet(searchableText('', '', documentContent.parse(d.content)), words),
      },
    ];
  });
  return {
    items,
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    approximate: found.total > exactOnly.total,
  };
}
