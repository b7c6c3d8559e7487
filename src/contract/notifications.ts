import { z } from 'zod';
import { listQuery } from './common.ts';
import { notificationChannels, notificationKindList } from './notification-kinds.ts';

export * from './notification-kinds.ts';

export const notificationKind = z.enum(notificationKindList);

export const notificationChannel = z.enum(notificationChannels);

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  subjectType: z.string(),
  subjectId: z.uuid().nullable(),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationsQuery = listQuery.omit({ q: true }).extend({
  /** unread: unread first, then newest; newest: newest first. */
  order: z.enum(['unread', 'newest']).default('unread'),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const unreadCountView = z.object({ unread: z.number().int() });

export const notificationPreferencesView = z.object({
  items: z.array(
    z.object({
      kind: notificationKind,
      label: z.string(),
      channel: notificationChannel,
      isDefault: z.boolean(),
    }),
  ),
  /** Whether the person has an e-mail address (otherwise no mail is sent). */
  hasEmail: z.boolean(),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesView>;

export const notificationPreferencesBody = z.object({
  items: z
    .array(z.object({ kind: notificationKind, channel: notificationChannel }))
    .min(1)
    .max(notificationKindList.length),
});

export const markAllReadView = z.object({ marked: z.number().int() });
