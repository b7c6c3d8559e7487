import { eq } from 'drizzle-orm';
import type { SignatureMeaning } from '../../../contract/documents.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { verifyPassword } from '../../platform/auth/passwords.ts';
import { invalidField } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { people, positions, units } from '../org/org.table.ts';
import { documentSignatures } from './documents.table.ts';

/**
 * An electronic signature is the signer re-entering their password. Checks it (400 on the
 * `password` field, nothing signed) and returns the position shown under the signature.
 */
export async function verifySigner(tx: Tx, actor: Actor, password: string): Promise<string> {
  const [signer] = await tx
    .select({ passwordHash: people.passwordHash, position: positions.name, unitName: units.name })
    .from(people)
    .leftJoin(positions, eq(positions.id, people.positionId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(people.id, actor.personId));
  if (!(await verifyPassword(signer.passwordHash, password))) {
    throw invalidField('password', {
      vi: 'Mật khẩu không đúng; chưa ký.',
      en: 'Wrong password; nothing was signed.',
    });
  }
  return [signer.position, signer.unitName].filter(Boolean).join(', ');
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
