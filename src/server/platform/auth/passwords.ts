import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, t=2): ~100 ms here, OWASP's minimum.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Unknown users still pay for a hash, so timing does not tell which usernames exist.
  if (!passwordHash) {
    await hash(password);
    return false;
  }
  return verify(passwordHash, password);
}

/** A readable one-time password for a new account or an admin reset. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(14);
  const body = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `${body.slice(0, 6)}-${body.slice(6, 12)}-${(bytes[12] % 10).toString()}${alphabet[bytes[13] % 23]}`;
}
