import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { DocumentSearchQuery } from '../../../../contract/documents-search.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { unitRows } from '../../org/index.ts';
import { publicStates } from '../documents.policy.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { approverRoleSql, draftsReadableSql, versionReadableSql } from './readable.ts';

const units = unitRows();

const vector = documentVersions.searchVector;
/** As indexed (documents.table.ts): the trigram index serves only this expression. */
const foldedTitle = sql`f_unaccent(lower(${documentVersions.title}))`;

/**
 * Only the newest version of each document the actor may read, unless older ones are
 * asked for. Cancelled requests never count. A superseded version always has a newer
 * one in force or withdrawn, readable by all: leaving them out early saves most rows.
 */
function newestReadable(actor: Actor): SQL {
  return sql`${documentVersions.state} <> 'superseded' and not exists (select 1 from ${documentVersions} n where n.agency_id = ${documentVersions.agencyId} and n.document_id = ${documentVersions.documentId} and n.state not in ('cancelled', 'superseded') and (n.created_at, n.id) > (${documentVersions.createdAt}, ${documentVersions.id}) and (${inArray(sql`n.state`, publicStates)} or ${draftsReadableSql(actor)}))`;
}

/** Every term must match; `weight` 'A' keeps to the title's words. */
function tsQuery(terms: string[], { prefixLast, weight = '' }: { prefixLast: boolean; weight?: 'A' | '' }) {
  const words = terms.map((t, i) => {
    const label = `${prefixLast && i === terms.length - 1 ? '*' : ''}${weight}`;
    return label ? `'${t}':${label}` : `'${t}'`;
  });
  return sql`to_tsquery('simple', ${words.join(' & ')})`;
}

/** 0 without a match; from 1 with one, from 2 when the words are all in the title. */
const matchRank = (terms: string[], prefixLast: boolean) => {
  const q = tsQuery(terms, { prefixLast });
  return sql`case when ${vector} @@ ${q} then 1 + ts_rank(${vector}, ${q}) + case when ${vector} @@ ${tsQuery(terms, { prefixLast, weight: 'A' })} then 1 else 0 end else 0 end`;
};

export type RankedPage = { rows: Array<{ versionId: string; rank: number; exact: boolean }>; total: number };

/**
 * One page of the versions matching the (folded) terms that the actor may read, best
 * first, with the total. `near` adds near matches: the last word also as a prefix (it may
 * be half typed) and titles within a typo or two; exact hits stay first (+3), then
 * prefix hits, then titles by similarity.
 */
export async function rankedPage(
  db: Db,
  actor: Actor,
  query: DocumentSearchQuery,
  terms: string[],
  near: boolean,
): Promise<RankedPage> {
  const where: SQL[] = [
    eq(documentVersions.agencyId, actor.agencyId),
    ne(documentVersions.state, 'cancelled'),
    versionReadableSql(actor, documentVersions.state),
  ];
  if (query.type) where.push(eq(documents.type, query.type));
  if (query.ownerUnitId) where.push(eq(documents.ownerUnitId, query.ownerUnitId));
  if (query.includeSuperseded !== 'true') where.push(newestReadable(actor));
  const strict = sql`${vector} @@ ${tsQuery(terms, { prefixLast: false })}`;
  const folded = terms.join(' ');
  const match = near
    ? sql`(${vector} @@ ${tsQuery(terms, { prefixLast: true })} or ${foldedTitle} %> ${folded})`
    : strict;
  const rank = near
    ? sql`case when ${strict} then 3 else 0 end + ${matchRank(terms, true)} + word_similarity(${folded}, ${foldedTitle})`
    : matchRank(terms, false);
  const page = (n: number) =>
    db
      .select({
        versionId: documentVersions.id,
        rank: sql<number>`(${rank})::float8`.as('rank'),
        exact: near ? sql<boolean>`${strict}` : sql<boolean>`true`,
        total: sql<number>`(count(*) over ())::int`,
      })
      .from(documentVersions)
      .innerJoin(
        documents,
        and(eq(documents.id, documentVersions.documentId), eq(documents.agencyId, actor.agencyId)),
      )
      .innerJoin(units, eq(units.id, documents.ownerUnitId))
      .where(and(...where, match))
      .orderBy(sql`rank desc`, documents.code, documentVersions.id)
      .limit(query.pageSize)
      .offset((n - 1) * query.pageSize);
  const rows = await page(query.page);
  // The total comes with the rows: past the last page, ask the first page for it.
  const total = rows.length || query.page === 1 ? (rows[0]?.total ?? 0) : ((await page(1))[0]?.total ?? 0);
  return { rows, total };
}

/** What a hit shows, and what the policy needs to check it, for the versions of a page. */
export function hitDetails(db: Db, actor: Actor, versionIds: string[]) {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      versionId: documentVersions.id,
      documentId: documents.id,
      agencyId: documents.agencyId,
      code: documents.code,
      title: documentVersions.title,
      type: documents.type,
      state: documentVersions.state,
      issueNo: documentVersions.issueNo,
      content: documentVersions.content,
      ownerUnitName: units.name,
      unitPath: units.path,
      approverRole: approverRoleSql,
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .innerJoin(units, eq(units.id, documents.ownerUnitId))
    .where(and(eq(documentVersions.agencyId, actor.agencyId), inArray(documentVersions.id, versionIds)));
}
