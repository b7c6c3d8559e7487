import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { AppError } from '../http/errors.ts';
import { loginFailures } from './auth.table.ts';

/** LOGIN_ATTEMPTS_PER_MINUTE counts the failures of this last stretch of time. */
export const LOGIN_LIMIT_WINDOW_MS = 60_000;

/** Who tried: the address the trusted proxy saw and the username as typed. */
export type LoginAttempt = { ip: string; username: string };

const tooManyAttempts = () =>
  new AppError(429, 'rate_limited', {
    vi: 'Bạn đã thử quá nhiều lần. Hãy đợi một phút rồi thử lại.',
    en: 'Too many attempts. Wait a minute and try again.',
  });

const key = (attempt: LoginAttempt) => ({ ip: attempt.ip, username: attempt.username.toLowerCase() });

/**
 * 429 when this address, or this username, already failed `perMinute` times in the last
 * minute. The failures are in the database, so every instance of eiso counts the same
 * ones; successful sign-ins are not counted (an office behind one address signs in at 8:00).
 */
export async function assertLoginAllowed(db: Db, attempt: LoginAttempt, perMinute: number, now: Date) {
  const { ip, username } = key(attempt);
  const [counts] = await db
    .select({
      byAddress: sql<number>`count(*) filter (where ${loginFailures.ip} = ${ip})::int`,
      byUsername: sql<number>`count(*) filter (where ${loginFailures.username} = ${username})::int`,
    })
    .from(loginFailures)
    .where(
      and(
        gt(loginFailures.failedAt, new Date(now.getTime() - LOGIN_LIMIT_WINDOW_MS)),
        or(eq(loginFailures.ip, ip), eq(loginFailures.username, username)),
      ),
    );
  if (counts.byAddress >= perMinute || counts.byUsername >= perMinute) throw tooManyAttempts();
}

export async function recordLoginFailure(db: Tx, attempt: LoginAttempt, now: Date) {
  await db.insert(loginFailures).values({ id: newId(), ...key(attempt), failedAt: now });
}

/**
 * Deletes the failures too old to count any more; sign-in calls it after each failure, so
 * scheduling it is optional. Returns how many rows went.
 */
export async function purgeLoginFailures(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(loginFailures)
    .where(lt(loginFailures.failedAt, new Date(now.getTime() - LOGIN_LIMIT_WINDOW_MS)))
    .returning({ id: loginFailures.id });
  return gone.length;
}
