import type { SignatureMeaning } from '../../../contract/documents.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { invalidField } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { checkSigner } from '../org/index.ts';
import { documentSignatures } from './documents.table.ts';

/**
 * An electronic signature is the signer re-entering their password. Checks it (400 on the
 * `password` field, nothing signed) and returns the position shown under the signature.
 */
export async function verifySigner(tx: Tx, actor: Actor, password: string): Promise<string> {
  const signer = await checkSigner(tx, actor.personId, password);
  if (!signer.passwordOk) {
    throw invalidField('password', {
      vi: 'Mật khẩu không đúng; chưa ký.',
      en: 'Wrong password; nothing was signed.',
    });
  }
  return signer.signedAs;
}

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
