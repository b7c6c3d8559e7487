import type { Db, Tx } from '../../db/connection.ts';
import { invalidField } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { checkSigner } from './org.read.ts';

/**
 * The one e-approval of every module (documents, records catalogues): the signer re-enters
 * their password. Checks it (400 on the `password` field, nothing signed) and returns the
 * position and unit printed under the approval. This is phê duyệt điện tử (xác thực bằng
 * mật khẩu), not ký số (signing with a certificate), which is verified separately.
 */
export async function verifySigner(tx: Db | Tx, actor: Actor, password: string): Promise<string> {
  const signer = await checkSigner(tx, actor.personId, password);
  if (!signer.passwordOk) {
    throw invalidField('password', {
      vi: 'Mật khẩu không đúng; chưa xác nhận.',
      en: 'Wrong password; nothing was confirmed.',
    });
  }
  return signer.signedAs;
}
