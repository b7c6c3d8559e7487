import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per person per event. `dedupe_key` names the event (e.g. a step's assignment):
 * the unique index makes raising it again — a retried job, another instance — a no-op.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id'),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    /** Path in the web app that opens the record, e.g. /cases/<id>. */
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Mailed (at once, or in a daily digest): never mailed again. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_once').on(t.agencyId, t.recipientId, t.dedupeKey),
    index('notifications_list').on(t.agencyId, t.recipientId, t.createdAt),
    // The bell's count reads only this index.
    index('notifications_unread').on(t.agencyId, t.recipientId).where(sql`${t.readAt} IS NULL`),
  ],
);

/** A person's choice per kind; a kind without a row uses its default (contract/notification-kinds.ts). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.personId, t.kind] })],
);
