import { sendDueReminders } from './modules/cases/notify/reminders.ts';
import { notifyReviewsDue, publishDueVersions } from './modules/documents/publish/publish.ts';
import { sendAuditNotices } from './modules/internal-audits/index.ts';
import { completeRevisedDocuments, remindNonconformities } from './modules/nonconformities/index.ts';
import { remindPlanActions } from './modules/objectives/index.ts';
import { contactsOf } from './modules/org/index.ts';
import { remindTreatments } from './modules/risks/index.ts';
import { remindDirectives } from './modules/steering/index.ts';
import { writeAuditAnchors } from './platform/audit/audit.anchors.ts';
import { purgeLoginFailures } from './platform/auth/login-limits.ts';
import { purgeExpiredSessions } from './platform/auth/sessions.purge.ts';
import type { JobDefinition } from './platform/jobs/jobs.ts';
import { flushOutbox } from './platform/mail/outbox.ts';
import { sendDigests } from './platform/notifications/index.ts';
import { todayInVietnam } from './platform/time.ts';

/** Every scheduled job of eiso (cron in Asia/Ho_Chi_Minh). A module's reminders go here. */
export const jobs: JobDefinition[] = [
  {
    name: 'documents.publish',
    cron: '1 * * * *',
    atStart: true,
    // Then the reviews coming due are notified (once per document and review date).
    run: async ({ db, now }) => ({
      ...(await publishDueVersions(db, todayInVietnam(now()))),
      ...(await notifyReviewsDue(db, todayInVietnam(now()))),
    }),
  },
  {
    name: 'cases.reminders',
    cron: '7 * * * *',
    atStart: true,
    run: ({ db, mailer, now }) => sendDueReminders(db, mailer, todayInVietnam(now())),
  },
  {
    // After publishing (minute 1): a revision in force completes its corrective action.
    name: 'nonconformities.follow-up',
    cron: '11 * * * *',
    atStart: true,
    run: async ({ db, now }) => {
      const today = todayInVietnam(now());
      return { ...(await completeRevisedDocuments(db, today)), ...(await remindNonconformities(db, today)) };
    },
  },
  {
    // A published audit tells its unit N working days ahead (the agency's setting), once.
    name: 'internal-audits.notices',
    cron: '13 * * * *',
    atStart: true,
    run: ({ db, now }) => sendAuditNotices(db, todayInVietnam(now())),
  },
  {
    // Directives of the steering committee: due soon, overdue, escalated — each notice once.
    name: 'steering.reminders',
    cron: '17 * * * *',
    atStart: true,
    run: ({ db, now }) => remindDirectives(db, todayInVietnam(now())),
  },
  {
    // Actions of the objectives' plans: due on the next working day, overdue — each notice once, to the owner.
    name: 'objectives.reminders',
    cron: '19 * * * *',
    atStart: true,
    run: ({ db, now }) => remindPlanActions(db, todayInVietnam(now())),
  },
  {
    // Treatments of risks and opportunities: due on the next working day, overdue — each notice once, to the owner.
    name: 'risks.reminders',
    cron: '23 * * * *',
    atStart: true,
    run: ({ db, now }) => remindTreatments(db, todayInVietnam(now())),
  },
  {
    name: 'mail.flush',
    cron: '* * * * *',
    run: async ({ db, transport }) => (transport ? flushOutbox(db, transport) : undefined),
  },
  {
    // Each morning: one mail per person listing the unread notifications they chose to get by e-mail.
    name: 'notifications.digest',
    cron: '0 7 * * *',
    run: ({ db, mailer, publicUrl }) => sendDigests(db, mailer, { contacts: contactsOf, publicUrl }),
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
