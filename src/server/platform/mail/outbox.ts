import { and, asc, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import type { Transport } from './mail.ts';
import { mailOutbox } from './outbox.table.ts';

/** After n failed attempts the next waits 2^n minutes, at most six hours. */
const retryDelayMinutes = (attempts: number) => Math.min(2 ** attempts, 360);

/**
 * Sends the mails that are due, one row at a time under its row lock (SKIP LOCKED: another
 * instance flushing at once takes other rows), so each mail is handed to SMTP once. A
 * failure keeps the row, counts the attempt, waits longer before the next, and ends the run.
 */
export async function flushOutbox(
  db: Db,
  transport: Transport,
  options: { now?: Date; limit?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < (options.limit ?? 200); i++) {
    const outcome = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(mailOutbox)
        .where(and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, now)))
        .orderBy(asc(mailOutbox.nextAttemptAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return 'empty';
      try {
        await transport.deliver({ to: row.toAddress, subject: row.subject, text: row.body });
        await tx
          .update(mailOutbox)
          .set({ sentAt: now, attempts: row.attempts + 1, lastError: null })
          .where(sql`${mailOutbox.id} = ${row.id}`);
        return 'sent';
      } catch (error) {
        const next = new Date(now.getTime() + retryDelayMinutes(row.attempts) * 60_000);
        await tx
          .update(mailOutbox)
          .set({ attempts: row.attempts + 1, nextAttemptAt: next, lastError: String(error).slice(0, 500) })
          .where(sql`${mailOutbox.id} = ${row.id}`);
        return 'failed';
      }
    });
    if (outcome === 'empty') break;
    if (outcome === 'failed') {
      failed++;
      break; // the server is likely down: the rest waits for the next run
    }
    sent++;
  }
  return { sent, failed };
}
