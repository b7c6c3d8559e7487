import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../db/connection.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { createMailer, type Mail, type Transport } from './mail.ts';
import { mailOutbox } from './outbox.table.ts';
import { flushOutbox } from './outbox.ts';

const ctx = setupTestApp();

/** An SMTP server stand-in (SMTP lies outside eiso): up or down, and what it accepted. */
function smtpServer() {
  const accepted: Mail[] = [];
  let up = false;
  const transport: Transport = {
    deliver: async (mail) => {
      if (!up) throw new Error('connect ECONNREFUSED 127.0.0.1:25');
      await new Promise((resolve) => setTimeout(resolve, 5));
      accepted.push(mail);
    },
  };
  return { accepted, transport, setUp: (value: boolean) => (up = value) };
}

describe('the e-mail outbox', () => {
  it('keeps a mail while SMTP is down and sends it once when it is back', async () => {
    const mailer = createMailer({ smtpUrl: 'smtp://mail.test' }, ctx.database.db);
    expect(
      await mailer.send({ to: 'a@example.test', subject: 'Bước công việc được giao', text: 'Nội dung' }),
    ).toBe(true);
    const smtp = smtpServer();
    // A minute after the mail was queued (the outbox stamps it with the real clock).
    const t0 = new Date(Date.now() + 60_000);
    expect(await flushOutbox(ctx.database.db, smtp.transport, { now: t0 })).toEqual({ sent: 0, failed: 1 });
    const [row] = await ctx.database.db.select().from(mailOutbox);
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row.lastError).toContain('ECONNREFUSED');
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());

    smtp.setUp(true);
    // Not before its next attempt is due.
    expect(await flushOutbox(ctx.database.db, smtp.transport, { now: t0 })).toEqual({ sent: 0, failed: 0 });
    const later = new Date(t0.getTime() + 60 * 60_000);
    expect(await flushOutbox(ctx.database.db, smtp.transport, { now: later })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await flushOutbox(ctx.database.db, smtp.transport, { now: later })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(smtp.accepted).toEqual([
      { to: 'a@example.test', subject: 'Bước công việc được giao', text: 'Nội dung' },
    ]);
  });

  it('sends each mail once when two instances flush at the same moment', async () => {
    const mailer = createMailer({ smtpUrl: 'smtp://mail.test' }, ctx.database.db);
    for (let i = 0; i < 12; i++)
      await mailer.send({ to: `n${i}@example.test`, subject: `Thư ${i}`, text: '.' });
    const other = await openPostgres(ctx.database.url, 5);
    try {
      const smtp = smtpServer();
      smtp.setUp(true);
      const now = new Date(Date.now() + 60_000);
      const results = await Promise.all(
        [ctx.database, other, ctx.database, other].map((d) => flushOutbox(d.db, smtp.transport, { now })),
      );
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
      expect(new Set(smtp.accepted.map((m) => m.to)).size).toBe(12);
      expect(smtp.accepted).toHaveLength(12);
    } finally {
      await other.close();
    }
  });

  it('queues nothing when no SMTP server is configured', async () => {
    const before = (await ctx.database.db.select().from(mailOutbox)).length;
    expect(
      await createMailer({}, ctx.database.db).send({ to: 'x@example.test', subject: 's', text: 't' }),
    ).toBe(false);
    expect(await ctx.database.db.select().from(mailOutbox)).toHaveLength(before);
  });
});
