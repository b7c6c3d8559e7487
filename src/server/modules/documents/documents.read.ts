import { and, asc, eq, inArray } from 'drizzle-orm';
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
