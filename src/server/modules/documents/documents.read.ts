import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { VersionState } from '../../../contract/documents.ts';
import type { Db, Tx } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { documentsPolicy } from './documents.policy.ts';
import { loadVersion } from './documents.repository.ts';
import { documents, documentVersions } from './documents.table.ts';

/*
 * What other modules read of documents: the procedures cases run and records catalogue,
 * as functions; for lists that join a procedure's code or title in their own statement,
 * read-only row sources (subqueries PostgreSQL flattens into the outer query).
 */

const qb = new QueryBuilder();

/** Read-only documents (id, agency, type, code, title, owner unit, status, version in force). */
export const documentRows = (name = 'documents') =>
  qb
    .select({
      id: documents.id,
      agencyId: documents.agencyId,
      type: documents.type,
      code: documents.code,
      title: documents.title,
      ownerUnitId: documents.ownerUnitId,
      status: documents.status,
      currentVersionId: documents.currentVersionId,
    })
    .from(documents)
    .as(name);

/** Read-only versions (id, agency, document, state, issue number, title, content). */
export const versionRows = (name = 'document_versions') =>
  qb
    .select({
      id: documentVersions.id,
      agencyId: documentVersions.agencyId,
      documentId: documentVersions.documentId,
      state: documentVersions.state,
      issueNo: documentVersions.issueNo,
      title: documentVersions.title,
      content: documentVersions.content,
    })
    .from(documentVersions)
    .as(name);

export const procedureTypes = ['business_procedure', 'system_procedure'];

/** A procedure of the agency in force, with its version in force; undefined when there is none. */
export async function procedureInForce(db: Db | Tx, agencyId: string, documentId: string) {
  const [row] = await db
    .select({ document: documents, version: documentVersions })
    .from(documents)
    .innerJoin(documentVersions, eq(documentVersions.id, documents.currentVersionId))
    .where(
      and(
        eq(documents.id, documentId),
        eq(documents.agencyId, agencyId),
        eq(documents.status, 'in_force'),
        eq(documentVersions.state, 'in_force'),
        inArray(documents.type, procedureTypes),
      ),
    );
  return row;
}

/** The documents a unit owns that are in force, by code, each with the content of its version in force. */
export async function inForceDocumentsOfUnit(db: Db | Tx, agencyId: string, unitId: string) {
  return db
    .select({ document: documents, content: documentVersions.content })
    .from(documents)
    .innerJoin(documentVersions, eq(documentVersions.id, documents.currentVersionId))
    .where(
      and(
        eq(documents.agencyId, agencyId),
        eq(documents.ownerUnitId, unitId),
        eq(documents.status, 'in_force'),
      ),
    )
    .orderBy(asc(documents.code));
}

/** A version the actor may read (the same rule as the document's own page), or null. */
export async function readableVersion(tx: Tx, actor: Actor, versionId: string) {
  const loaded = await loadVersion(tx, actor, versionId).catch(() => null);
  if (!loaded || !documentsPolicy.readVersion(actor, loaded.scope, loaded.version.state as VersionState))
    return null;
  return loaded;
}

/**
 * The revision of a document that came into force after `since` (a change requested then),
 * if any: what a corrective action "revise this document" waits for.
 */
export async function revisionInForceSince(db: Db | Tx, agencyId: string, documentId: string, since: Date) {
  const [row] = await db
    .select({
      versionId: documentVersions.id,
      issueNo: documentVersions.issueNo,
      effectiveDate: documentVersions.effectiveDate,
    })
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        eq(documentVersions.documentId, documentId),
        inArray(documentVersions.state, ['in_force', 'superseded']),
        eq(documentVersions.changeKind, 'revise'),
        gte(documentVersions.createdAt, since),
      ),
    )
    .orderBy(asc(documentVersions.issueNo))
    .limit(1);
  return row;
}

/**
 * The leadership home's document figures per owner unit: versions sent to leadership and
 * not yet approved (state "submitted"), and documents in force whose periodic review is
 * overdue (next review date before `today`; the reviews-due list shows them first).
 */
export async function documentFiguresByUnit(db: Db, agencyId: string, today: string) {
  const n = sql<number>`count(*)::int`;
  const [awaiting, overdue] = await Promise.all([
    db
      .select({ unitId: documents.ownerUnitId, n })
      .from(documentVersions)
      .innerJoin(
        documents,
        and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
      )
      .where(and(eq(documentVersions.agencyId, agencyId), eq(documentVersions.state, 'submitted')))
      .groupBy(documents.ownerUnitId),
    db
      .select({ unitId: documents.ownerUnitId, n })
      .from(documents)
      .where(
        and(
          eq(documents.agencyId, agencyId),
          eq(documents.status, 'in_force'),
          lt(documents.nextReviewDate, today),
        ),
      )
      .groupBy(documents.ownerUnitId),
  ]);
  const figures = new Map<string, { awaitingApproval: number; reviewsOverdue: number }>();
  const of = (unitId: string) => {
    const found = figures.get(unitId) ?? { awaitingApproval: 0, reviewsOverdue: 0 };
    figures.set(unitId, found);
    return found;
  };
  for (const r of awaiting) of(r.unitId).awaitingApproval = r.n;
  for (const r of overdue) of(r.unitId).reviewsOverdue = r.n;
  return figures;
}

/**
 * The names of the agency's documents ("QT-01 Quy trình …") and versions ("QT-01 lần 2")
 * among `ids` (any other id is left out), for a page that shows ids (the audit trail).
 */
export async function documentNames(
  db: Db | Tx,
  agencyId: string,
  ids: string[],
  lang: 'vi' | 'en' = 'vi',
): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const [docs, versions] = await Promise.all([
    db
      .select({ id: documents.id, code: documents.code, title: documents.title })
      .from(documents)
      .where(and(eq(documents.agencyId, agencyId), inArray(documents.id, ids))),
    db
      .select({ id: documentVersions.id, code: documents.code, issueNo: documentVersions.issueNo })
      .from(documentVersions)
      .innerJoin(
        documents,
        and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
      )
      .where(and(eq(documentVersions.agencyId, agencyId), inArray(documentVersions.id, ids))),
  ]);
  const issue = lang === 'vi' ? 'lần' : 'issue';
  return Object.fromEntries([
    ...docs.map((d) => [d.id, `${d.code} ${d.title}`]),
    ...versions.map((v) => [v.id, `${v.code} ${issue} ${v.issueNo}`]),
  ]);
}
