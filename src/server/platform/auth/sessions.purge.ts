import { lt } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { sessions } from './auth.table.ts';

/** Deletes the sessions that have expired (the `auth.purge` job, daily). */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<{ purged: number }> {
  const gone = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ tokenHash: sessions.tokenHash });
  return { purged: gone.length };
}
