import { and, eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import { notify } from '../../platform/notifications/index.ts';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import { anyone, type Entries, type MatrixKit, type Target } from './kit.ts';

/**
 * One's own notifications: every signed-in person may use them; a notification of another
 * person (own agency or another) is not found.
 */
export const notificationsEntries = (k: MatrixKit): Entries => {
  const seed = async (target: Target, me: string) => {
    // Not k.unique: its counter also picks the calendar entries' dates, which must not shift.
    const key = `matrix:${newId()}`;
    const personId = target === 'own' ? me : k.personOf(target);
    await notify(k.db(), {
      agencyId: k.agencyOf(target),
      kind: 'cases.step_assigned',
      recipients: [personId],
      subject: { type: 'test' },
      title: { vi: 'Thử', en: 'Test' },
      dedupeKey: key,
    });
    const [row] = await k
      .db()
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.recipientId, personId), eq(notifications.dedupeKey, key)));
    return row.id;
  };
  return {
    'GET /api/v1/notifications': { send: (c) => c.get('/api/v1/notifications'), expect: anyone },
    'GET /api/v1/notifications/unread-count': {
      send: (c) => c.get('/api/v1/notifications/unread-count'),
      expect: anyone,
    },
    'POST /api/v1/notifications/:id/read': {
      send: async (c, t) => {
        const me = await c.get('/api/v1/auth/me');
        const id = await seed(t, me.body.person.id);
        return c.post(`/api/v1/notifications/${id}/read`);
      },
      expect: (_a, t) => (t === 'own' ? 'ok' : 404),
    },
    'POST /api/v1/notifications/read-all': {
      send: (c) => c.post('/api/v1/notifications/read-all'),
      expect: anyone,
    },
    'GET /api/v1/notifications/preferences': {
      send: (c) => c.get('/api/v1/notifications/preferences'),
      expect: anyone,
    },
    'PUT /api/v1/notifications/preferences': {
      send: (c) =>
        c.put('/api/v1/notifications/preferences', {
          items: [{ kind: 'documents.to_read', channel: 'app' }],
        }),
      expect: anyone,
    },
  };
};
