import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../../db/connection.ts';
import { seedProcedure } from '../../modules/cases/cases.fixture.ts';
import { sendDueReminders } from '../../modules/cases/notify/reminders.ts';
import { documents, documentVersions } from '../../modules/documents/documents.table.ts';
import { publishDueVersions } from '../../modules/documents/publish/publish.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { createMailer } from '../mail/mail.ts';
import { mailOutbox } from '../mail/outbox.table.ts';
import { type JobDefinition, type JobRunner, startJobRunner } from './jobs.ts';

const ctx = setupTestApp();
const opened: Database[] = [];
const runners: JobRunner[] = [];
const quiet = { info: () => {}, error: () => {} };

/** A second instance of eiso: its own pool on the same database. */
async function secondInstance() {
  const other = await openPostgres(ctx.database.url, 5);
  opened.push(other);
  return other;
}

afterAll(async () => {
  for (const runner of runners) await runner.stop();
  for (const database of opened) await database.close();
});

describe('scheduled jobs, with two instances on one PostgreSQL', () => {
  it('run a job queued once exactly once, whichever instance takes it', async () => {
    await ctx.database.exec('CREATE TABLE job_runs_test (at timestamptz NOT NULL DEFAULT now())');
    const counting: JobDefinition = {
      name: 'test.count',
      cron: '0 0 1 1 *',
      run: async ({ db }) => {
        await db.execute(sql`INSERT INTO job_runs_test DEFAULT VALUES`);
        return { counted: 1 };
      },
    };
    const other = await secondInstance();
    for (const database of [ctx.database, other]) {
      runners.push(
        await startJobRunner({
          connectionString: database.url,
          jobs: [counting],
          context: {
            db: database.db,
            mailer: { send: async () => false },
            dataDir: ctx.dataDir,
            now: () => new Date(),
          },
          log: quiet,
          pollSeconds: 1,
        }),
      );
    }
    await runners[0].runNow('test.count');
    await runners[0].idle('test.count');
    await runners[1].idle('test.count');
    const [{ n }] = await ctx.database.query<{ n: number }>('SELECT count(*)::int AS n FROM job_runs_test');
    expect(n).toBe(1);
  });

  it('publish a version that came due once, however many run it at the same moment', async () => {
    const { agencyX, units, roleHolders } = ctx.fixture;
    const seeded = await seedDocument(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x1.id,
      personId: roleHolders.iso_officer,
      state: 'draft',
    });
    await ctx.database.db
      .update(documentVersions)
      .set({ state: 'approved', issueDate: '2030-01-02', effectiveDate: '2030-01-15' })
      .where(eq(documentVersions.id, seeded.versionId));
    const other = await secondInstance();
    const results = await Promise.all(
      [ctx.database, other, ctx.database, other].map((database) =>
        publishDueVersions(database.db, '2030-01-15'),
      ),
    );
    expect(results.reduce((n, r) => n + r.published, 0)).toBe(1);
    const [version] = await ctx.database.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.id, seeded.versionId));
    expect(version.state).toBe('in_force');
    const [doc] = await ctx.database.db.select().from(documents).where(eq(documents.id, seeded.documentId));
    expect(doc.currentVersionId).toBe(seeded.versionId);
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, seeded.documentId), eq(auditEvents.agencyId, agencyX)));
    expect(events.map((e) => e.action)).toEqual(['in_force']);
  });

  it('queue a step reminder once, however many run it at the same moment', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const p = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
    });
    // Fri 08/06/2018 + 1 working day = Mon 11/06: the reminder goes on Friday.
    const started = await head.post('/api/v1/cases', {
      procedureDocumentId: p.documentId,
      title: 'Việc nhắc hạn',
      assigneeId: ctx.fixture.x2Staff,
      startDate: '2018-06-08',
    });
    expect(started.status).toBe(201);
    const other = await secondInstance();
    const smtp = { smtpUrl: 'smtp://localhost:2525' };
    await Promise.all(
      [ctx.database, other, ctx.database, other].map((database) =>
        sendDueReminders(database.db, createMailer(smtp, database.db), '2018-06-08'),
      ),
    );
    const queued = await ctx.database.db
      .select()
      .from(mailOutbox)
      .where(sql`${mailOutbox.subject} LIKE ${`%${started.body.code}%`}`);
    expect(queued.map((m) => m.toAddress)).toEqual(['x2.staff@example.test']);
  });
});
