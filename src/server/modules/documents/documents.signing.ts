import type { SignatureMeaning } from '../../../contract/documents.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { documentSignatures } from './documents.table.ts';

/** The shared e-approval check (password re-entry), from org. */
export { verifySigner } from '../org/index.ts';

/** Stores who signed which content (by hash), when and with what meaning. */
export async function recordSignature(
  tx: Tx,
  actor: Actor,
  s: { versionId: string; meaning: SignatureMeaning; contentHash: string; signerPosition: string },
) {
  const [row] = await tx
    .insert(documentSignatures)
    .values({
      id: newId(),
      agencyId: actor.agencyId,
      versionId: s.versionId,
      meaning: s.meaning,
      signerId: actor.personId,
      signerName: actor.fullName,
      signerPosition: s.signerPosition,
      signedAt: new Date(),
      contentHash: s.contentHash,
    })
    .returning();
  return row;
}
