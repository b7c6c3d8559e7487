import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type NotificationChannel,
  type NotificationKind,
  notificationKinds,
} from '../../../contract/notifications.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { Mailer } from '../mail/mail.ts';
import { notificationPreferences, notifications } from './notifications.table.ts';

/** A person to notify; the e-mail is needed only when the event is mailed at once. */
export type Recipient = { id: string; email?: string | null };

export type NotificationEvent = {
  agencyId: string;
  kind: NotificationKind;
  /** Person ids, or people with their e-mail address. Repeats and inactive ones are the caller's to drop. */
  recipients: (string | Recipient)[];
  /** The record it is about (e.g. 'work_case' and the case's id). */
  subject: { type: string; id?: string | null };
  title: { vi: string; en: string };
  /** Path in the web app that opens the record. */
  link?: string;
  /** Names the event: raising the same key again for the same person creates nothing. */
  dedupeKey: string;
  /**
   * An existing e-mail path (cases' assignment mail, due reminders): sent at once to the
   * recipients who chose e-mail for this kind, and then left out of their daily digest.
   */
  mail?: { mailer: Mailer; subject: string; text: string };
};

/** Each person's channel for one kind: their choice, or the kind's default. */
export async function channelsFor(
  db: Tx,
  agencyId: string,
  kind: NotificationKind,
  personIds: string[],
): Promise<Map<string, NotificationChannel>> {
  const channels = new Map<string, NotificationChannel>(
    personIds.map((id) => [id, notificationKinds[kind].channel]),
  );
  if (!personIds.length) return channels;
  const chosen = await db
    .select({ personId: notificationPreferences.personId, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.agencyId, agencyId),
        eq(notificationPreferences.kind, kind),
        inArray(notificationPreferences.personId, personIds),
      ),
    );
  for (const c of chosen) channels.set(c.personId, c.channel as NotificationChannel);
  return channels;
}

/**
 * Raises one event: a notification for each recipient who has not turned the kind off,
 * once per dedupe key (the unique index: raising it again, or from ten connections at
 * once, adds nothing). Runs in the caller's transaction when given one. Answers the
 * people newly notified.
 */
export async function notify(
  db: Tx,
  event: NotificationEvent,
): Promise<{ created: string[]; mailed: number }> {
  const people = new Map<string, Recipient>();
  for (const r of event.recipients) {
    const recipient = typeof r === 'string' ? { id: r } : r;
    people.set(recipient.id, { ...people.get(recipient.id), ...recipient });
  }
  if (!people.size) return { created: [], mailed: 0 };
  const channels = await channelsFor(db, event.agencyId, event.kind, [...people.keys()]);
  const wanted = [...people.keys()].filter((id) => channels.get(id) !== 'off');
  if (!wanted.length) return { created: [], mailed: 0 };
  const created = await db
    .insert(notifications)
    .values(
      wanted.map((recipientId) => ({
        id: newId(),
        agencyId: event.agencyId,
        recipientId,
        kind: event.kind,
        subjectType: event.subject.type,
        subjectId: event.subject.id ?? null,
        titleVi: event.title.vi,
        titleEn: event.title.en,
        link: event.link ?? null,
        dedupeKey: event.dedupeKey,
      })),
    )
    .onConflictDoNothing({
      target: [notifications.agencyId, notifications.recipientId, notifications.dedupeKey],
    })
    .returning({ id: notifications.id, recipientId: notifications.recipientId });
  let mailed = 0;
  if (event.mail) {
    for (const row of created) {
      const to = people.get(row.recipientId)?.email;
      if (!to || channels.get(row.recipientId) !== 'email') continue;
      if (
        !(await event.mail.mailer.send({
          agencyId: event.agencyId,
          to,
          subject: event.mail.subject,
          text: event.mail.text,
        }))
      )
        continue;
      await db
        .update(notifications)
        .set({ emailedAt: sql`now()` })
        .where(and(eq(notifications.agencyId, event.agencyId), eq(notifications.id, row.id)));
      mailed++;
    }
  }
  return { created: created.map((r) => r.recipientId), mailed };
}
