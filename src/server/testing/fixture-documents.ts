import { documentContent } from '../../contract/documents.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { contentHash } from '../modules/documents/documents.repository.ts';
import { documents, documentVersions } from '../modules/documents/documents.table.ts';

let counter = 0;

/** A business procedure of a unit with one version in the given state, written directly. */
export async function seedDocument(
  db: Db,
  options: { agencyId: string; unitId: string; personId: string; state: 'draft' | 'in_force' },
) {
  const documentId = newId();
  const versionId = newId();
  const code = `QT-TEST-${++counter}`;
  const title = `Quy trình thử ${counter}`;
  const content = documentContent.parse({ purpose: 'Thử' });
  const inForce = options.state === 'in_force';
  await db.insert(documents).values({
    id: documentId,
    agencyId: options.agencyId,
    type: 'business_procedure',
    code,
    title,
    ownerUnitId: options.unitId,
    status: inForce ? 'in_force' : 'none',
    currentVersionId: inForce ? versionId : null,
  });
  const [version] = await db
    .insert(documentVersions)
    .values({
      id: versionId,
      agencyId: options.agencyId,
      documentId,
      changeKind: 'new',
      changeReason: 'Thử',
      requestingUnitId: options.unitId,
      requestedBy: options.personId,
      state: options.state,
      issueNo: 1,
      title,
      content,
      contentHash: contentHash(title, content),
      issueDate: inForce ? '2017-01-01' : null,
      effectiveDate: inForce ? '2017-01-01' : null,
    })
    .returning();
  return { documentId, versionId, version };
}
