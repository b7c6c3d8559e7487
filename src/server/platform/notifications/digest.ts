import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type NotificationKind, notificationKindList } from '../../../contract/notifications.ts';
import type { Db, Tx } from '../../db/connection.ts';
import type { Mailer } from '../mail/mail.ts';
import { notifications } from './notifications.table.ts';
import { channelsForPerson } from './preferences.ts';

/** Who a digest goes to; org knows (jobs.ts passes its look-up: platform imports no module). */
export type Contact = { id: string; fullName: string; email: string | null; active: boolean };
export type ContactLookup = (db: Db, agencyId: string, personIds: string[]) => Promise<Contact[]>;

const MAX_LINES = 50;

/**
 * The daily e-mail digest: to each person with an e-mail address, one mail listing their
 * unread notifications of the kinds they chose to get by e-mail and not mailed before.
 * The notifications are claimed (`emailed_at`) in the transaction that queues the mail,
 * so two workers running it at once send each person one digest.
 */
export async function sendDigests(
  db: Db,
  mailer: Mailer,
  options: { contacts: ContactLookup; publicUrl?: string },
): Promise<{ sent: number }> {
  const pending = await db
    .selectDistinct({ agencyId: notifications.agencyId, recipientId: notifications.recipientId })
    .from(notifications)
    .where(and(isNull(notifications.readAt), isNull(notifications.emailedAt)));
  const byAgency = new Map<string, string[]>();
  for (const p of pending) byAgency.set(p.agencyId, [...(byAgency.get(p.agencyId) ?? []), p.recipientId]);
  let sent = 0;
  for (const [agencyId, personIds] of byAgency) {
    const contacts = await options.contacts(db, agencyId, personIds);
    for (const person of contacts) {
      if (!person.active || !person.email) continue;
      const channels = await channelsForPerson(db, agencyId, person.id);
      const kinds = notificationKindList.filter((k) => channels[k] === 'email');
      if (!kinds.length) continue;
      const email = person.email;
      sent += await db
        .transaction(async (tx) => {
          const claimed = await claim(tx, agencyId, person.id, kinds);
          if (!claimed.length) return 0;
          const ok = await mailer.send({
            agencyId,
            to: email,
            subject: `[eiso] ${claimed.length} thông báo chưa đọc`,
            text: digestText(person.fullName, claimed, options.publicUrl),
          });
          // No SMTP server: nothing was queued, so nothing is marked as mailed.
          if (!ok) throw new NotQueued();
          return 1;
        })
        .catch((err) => {
          if (err instanceof NotQueued) return 0;
          throw err;
        });
    }
  }
  return { sent };
}

class NotQueued extends Error {}

/** Marks the person's pending notifications as mailed; a concurrent claim waits, then finds none. */
async function claim(tx: Tx, agencyId: string, personId: string, kinds: NotificationKind[]) {
  return tx
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(
      and(
        eq(notifications.agencyId, agencyId),
        eq(notifications.recipientId, personId),
        isNull(notifications.readAt),
        isNull(notifications.emailedAt),
        inArray(notifications.kind, kinds),
      ),
    )
    .returning({ title: notifications.titleVi, link: notifications.link, createdAt: notifications.createdAt })
    .then((rows) => rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()));
}

function digestText(
  name: string,
  items: { title: string; link: string | null }[],
  publicUrl?: string,
): string {
  const lines = items.slice(0, MAX_LINES).map((n) => {
    const url = n.link && publicUrl ? ` — ${publicUrl.replace(/\/$/, '')}${n.link}` : '';
    return `• ${n.title}${url}`;
  });
  const more = items.length > MAX_LINES ? [`… và ${items.length - MAX_LINES} thông báo khác.`] : [];
  return [
    `Kính gửi ${name},`,
    '',
    `Anh/chị có ${items.length} thông báo chưa đọc trên eiso:`,
    ...lines,
    ...more,
    '',
    'Xem tất cả tại mục "Thông báo" trên eiso. Anh/chị có thể chọn loại thông báo nhận qua thư điện tử tại "Tài khoản".',
  ].join('\n');
}
