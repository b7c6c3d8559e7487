import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { idParams, page } from '../../../contract/common.ts';
import {
  markAllReadView,
  notificationKindList,
  notificationKinds,
  notificationPreferencesBody,
  notificationPreferencesView,
  notificationsQuery,
  notificationView,
  unreadCountView,
} from '../../../contract/notifications.ts';
import type { Db } from '../../db/connection.ts';
import { notFound } from '../http/errors.ts';
import { requestLang } from '../http/i18n.ts';
import { actorOf } from '../http/request-context.ts';
import type { Api } from '../http/typed.ts';
import type { ContactLookup } from './digest.ts';
import { notifications } from './notifications.table.ts';
import { channelsForPerson, chosenKindsOf, saveChannels } from './preferences.ts';

const TAG = 'Thông báo / Notifications';

type Row = typeof notifications.$inferSelect;
const view = (r: Row, lang: 'vi' | 'en') => ({
  id: r.id,
  kind: r.kind,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  title: lang === 'en' ? r.titleEn : r.titleVi,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
});

/**
 * A person's own notifications: every query is bounded by the signed-in person, so
 * another person's notification is simply not found (404).
 */
export function notificationsRoutes(app: Api, { db, contacts }: { db: Db; contacts: ContactLookup }) {
  const mine = (agencyId: string, personId: string): SQL[] => [
    eq(notifications.agencyId, agencyId),
    eq(notifications.recipientId, personId),
  ];

  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'signed-in', policy: 'notifications.own' },
      schema: { tags: [TAG], querystring: notificationsQuery, response: { 200: page(notificationView) } },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const where = mine(actor.agencyId, actor.personId);
      if (q.unread === true) where.push(isNull(notifications.readAt));
      if (q.unread === false) where.push(sql`${notifications.readAt} IS NOT NULL`);
      const order =
        q.order === 'unread'
          ? [sql`${notifications.readAt} IS NULL DESC`, desc(notifications.createdAt), desc(notifications.id)]
          : [desc(notifications.createdAt), desc(notifications.id)];
      const rows = await db
        .select({ n: notifications, total: sql<number>`count(*) over ()`.mapWith(Number) })
        .from(notifications)
        .where(and(...where))
        .orderBy(...order)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      let total = rows[0]?.total ?? 0;
      if (!rows.length && q.page > 1) {
        [{ total }] = await db
          .select({ total: sql<number>`count(*)::int` })
          .from(notifications)
          .where(and(...where));
      }
      const lang = requestLang(req);
      return { items: rows.map((r) => view(r.n, lang)), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      config: { access: 'signed-in', policy: 'notifications.own' },
      schema: { tags: [TAG], response: { 200: unreadCountView } },
    },
    async (req) => {
      const actor = actorOf(req);
      // One count on the partial index notifications_unread.
      const [{ unread }] = await db
        .select({ unread: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(...mine(actor.agencyId, actor.personId), isNull(notifications.readAt)));
      return { unread };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'signed-in', policy: 'notifications.own' },
      schema: { tags: [TAG], params: idParams, response: { 200: notificationView } },
    },
    async (req) => {
      const actor = actorOf(req);
      const where = and(...mine(actor.agencyId, actor.personId), eq(notifications.id, req.params.id));
      // Read once: the first reading's time is kept.
      const [marked] = await db
        .update(notifications)
        .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
        .where(where)
        .returning();
      if (!marked) throw notFound('notification');
      return view(marked, requestLang(req));
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: 'signed-in', policy: 'notifications.own' },
      schema: { tags: [TAG], response: { 200: markAllReadView } },
    },
    async (req) => {
      const actor = actorOf(req);
      const marked = await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(and(...mine(actor.agencyId, actor.personId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return { marked: marked.length };
    },
  );

  const preferences = async (agencyId: string, personId: string, lang: 'vi' | 'en') => {
    const [channels, chosen, [contact]] = await Promise.all([
      channelsForPerson(db, agencyId, personId),
      chosenKindsOf(db, agencyId, personId),
      contacts(db, agencyId, [personId]),
    ]);
    return {
      items: notificationKindList.map((kind) => ({
        kind,
        label: notificationKinds[kind][lang],
        channel: channels[kind],
        isDefault: !chosen.has(kind),
      })),
      hasEmail: Boolean(contact?.email),
    };
  };

  app.get(
    '/api/v1/notifications/preferences',
    {
      config: { access: 'signed-in', policy: 'notifications.own' },
      schema: { tags: [TAG], response: { 200: notificationPreferencesView } },
    },
    async (req) => {
      const actor = actorOf(req);
      return preferences(actor.agencyId, actor.personId, requestLang(req));
    },
  );

  app.put(
    '/api/v1/notifications/preferences',
    {
      config: { access: 'signed-in', policy: 'notifications.own' },
      schema: {
        tags: [TAG],
        body: notificationPreferencesBody,
        response: { 200: notificationPreferencesView },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await saveChannels(db, actor.agencyId, actor.personId, req.body.items);
      return preferences(actor.agencyId, actor.personId, requestLang(req));
    },
  );
}
