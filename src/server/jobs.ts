import { sendDueReminders } from './modules/cases/notify/reminders.ts';
import { publishDueVersions } from './modules/documents/publish/publish.ts';
import { writeAuditAnchors } from './platform/audit/audit.anchors.ts';
import { purgeLoginFailures } from './platform/auth/login-limits.ts';
import { purgeExpiredSessions } from './platform/auth/sessions.purge.ts';
import type { JobDefinition } from './platform/jobs/jobs.ts';
import { flushOutbox } from './platform/mail/outbox.ts';
import { todayInVietnam } from './platform/time.ts';

/** Every scheduled job of eiso (cron in Asia/Ho_Chi_Minh). A module's reminders go here. */
export const jobs: JobDefinition[] = [
  {
    name: 'documents.publish',
    cron: '1 * * * *',
    atStart: true,
    run: ({ db, now }) => publishDueVersions(db, todayInVietnam(now())),
  },
  {
    name: 'cases.reminders',
    cron: '7 * * * *',
    atStart: true,
    run: ({ db, mailer, now }) => sendDueReminders(db, mailer, todayInVietnam(now())),
  },
  {
    name: 'mail.flush',
    cron: '* * * * *',
    run: async ({ db, transport }) => (transport ? flushOutbox(db, transport) : undefined),
  },
  {
    name: 'audit.anchors',
    cron: '0 * * * *',
    run: async ({ db, dataDir }) => ({
      anchored: (await writeAuditAnchors({ database: { db }, dataDir })).length,
    }),
  },
  {
    name: 'auth.purge',
    cron: '30 2 * * *',
    run: async ({ db, now }) => ({
      ...(await purgeExpiredSessions(db, now())),
      loginFailures: await purgeLoginFailures(db, now()),
    }),
  },
];
