import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { procedureTypes } from './documents.read.ts';
import { documentSignatures, documents, documentVersions } from './documents.table.ts';

/** The procedures of the agency in force (id, code, title, owner unit), by code. */
export async function proceduresInForce(db: Db | Tx, agencyId: string) {
  return db
    .select({
      id: documents.id,
      code: documents.code,
      title: documents.title,
      ownerUnitId: documents.ownerUnitId,
    })
    .from(documents)
    .where(
      and(
        eq(documents.agencyId, agencyId),
        eq(documents.status, 'in_force'),
        inArray(documents.type, procedureTypes),
      ),
    )
    .orderBy(asc(documents.code));
}

export type Signatory = { personId: string; role: 'drafted' | 'review' | 'check' | 'approve' };

/**
 * Who drafted, reviewed, checked or approved the version in force of each document (the
 * e-approvals given in eiso; paper signatures recorded at import name nobody in eiso, and a
 * voided signature was over other content). Internal audit's independence reads this: nobody
 * audits a procedure they wrote or signed in its current version.
 */
export async function currentVersionSignatories(db: Db | Tx, agencyId: string, documentIds: string[]) {
  const result = new Map<string, { code: string; title: string; people: Signatory[] }>();
  if (!documentIds.length) return result;
  const rows = await db
    .select({
      documentId: documents.id,
      code: documents.code,
      title: documents.title,
      draftedBy: documentVersions.draftedBy,
      signerId: documentSignatures.signerId,
      meaning: documentSignatures.meaning,
    })
    .from(documents)
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.agencyId, documents.agencyId),
        eq(documentVersions.id, documents.currentVersionId),
      ),
    )
    .leftJoin(
      documentSignatures,
      and(
        eq(documentSignatures.agencyId, documentVersions.agencyId),
        eq(documentSignatures.versionId, documentVersions.id),
        eq(documentSignatures.onPaper, false),
        isNull(documentSignatures.voidedAt),
        inArray(documentSignatures.meaning, ['review', 'check', 'approve']),
      ),
    )
    .where(and(eq(documents.agencyId, agencyId), inArray(documents.id, documentIds)));
  for (const r of rows) {
    const entry = result.get(r.documentId) ?? { code: r.code, title: r.title, people: [] };
    result.set(r.documentId, entry);
    const add = (s: Signatory) => {
      if (!entry.people.some((p) => p.personId === s.personId && p.role === s.role)) entry.people.push(s);
    };
    if (r.draftedBy) add({ personId: r.draftedBy, role: 'drafted' });
    if (r.signerId) add({ personId: r.signerId, role: r.meaning as Signatory['role'] });
  }
  return result;
}
