import { and, asc, eq, sql } from 'drizzle-orm';
import { type DocumentContent, type DocumentType, documentTypeNames } from '../../../contract/documents.ts';
import type { Role } from '../../../contract/roles.ts';
import type { Tx } from '../../db/connection.ts';
import { canonicalJson } from '../../platform/audit/audit.service.ts';
import { sha256 } from '../../platform/auth/tokens.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { unitRows } from '../org/index.ts';
import type { DocumentScope } from './documents.policy.ts';
import {
  documentAttachments,
  documentSignatures,
  documents,
  documentTypeSettings,
  documentVersions,
} from './documents.table.ts';

const units = unitRows();

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;

/**
 * The hash a signature holds: of the title, the structured content and the attached
 * files' hashes, canonically (without attachments, the same hash as before they existed).
 */
export const contentHash = (title: string, content: DocumentContent, attachmentHashes: string[] = []) =>
  sha256(
    canonicalJson(
      attachmentHashes.length
        ? { title, content, attachments: [...attachmentHashes].sort() }
        : { title, content },
    ),
  );

export async function attachmentHashesOf(tx: Tx, versionId: string) {
  const rows = await tx
    .select({ fileHash: documentAttachments.fileHash })
    .from(documentAttachments)
    .where(eq(documentAttachments.versionId, versionId));
  return rows.map((r) => r.fileHash);
}

/** Everything searchable of a version, as one text (unaccented in SQL when stored). */
export function searchableText(code: string, title: string, c: DocumentContent): string {
  return [
    code,
    title,
    c.purpose,
    c.scope,
    c.body,
    ...c.definitions.flatMap((d) => [d.term, d.meaning]),
    ...c.steps.flatMap((s) => [s.action, s.who, s.output, s.condition ?? '']),
    ...c.records.map((r) => r.name),
    ...c.forms.map((f) => `${f.code} ${f.title}`),
  ]
    .filter(Boolean)
    .join(' \n ');
}

export const unaccentedSql = (text: string) => sql`f_unaccent(lower(${text}))`;

export async function typeSettings(tx: Tx, agencyId: string, type: DocumentType) {
  const [row] = await tx
    .select()
    .from(documentTypeSettings)
    .where(and(eq(documentTypeSettings.agencyId, agencyId), eq(documentTypeSettings.type, type)));
  return (
    row ?? {
      agencyId,
      type,
      approverRole: 'leadership' as Role,
      codePrefix: documentTypeNames[type].prefix,
      needsSecretariatCheck: true,
    }
  );
}

/** The document of the actor's agency with what policies need, or 404 (`forUpdate`: its row locked). */
export async function loadDocument(tx: Tx, actor: Actor, id: string, forUpdate = false) {
  const query = tx
    .select({ document: documents, unitPath: units.path, unitName: units.name })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.ownerUnitId))
    .where(and(eq(documents.id, id), eq(documents.agencyId, actor.agencyId)));
  const [row] = forUpdate ? await query.for('update', { of: documents }) : await query;
  if (!row) throw notFound('document');
  const settings = await typeSettings(tx, actor.agencyId, row.document.type as DocumentType);
  const scope: DocumentScope = {
    agencyId: row.document.agencyId,
    unitPath: row.unitPath,
    approverRole: settings.approverRole as Role,
  };
  return { ...row, scope, settings };
}

/**
 * The version of the actor's agency with its document, or 404. `forUpdate` locks the version
 * row for the rest of the transaction: every read-modify-write of a version takes it, so two
 * requests at once act one after the other on what the first left.
 */
export async function loadVersion(tx: Tx, actor: Actor, versionId: string, forUpdate = false) {
  const query = tx
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.id, versionId), eq(documentVersions.agencyId, actor.agencyId)));
  const [version] = forUpdate ? await query.for('update') : await query;
  if (!version) throw notFound('document_version');
  const doc = await loadDocument(tx, actor, version.documentId);
  return { version, ...doc };
}

export async function signaturesOf(tx: Tx, versionId: string) {
  return tx
    .select()
    .from(documentSignatures)
    .where(eq(documentSignatures.versionId, versionId))
    .orderBy(asc(documentSignatures.signedAt));
}
