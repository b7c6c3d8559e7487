import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../contract/common.ts';
import { type NotificationKind, notificationKinds } from '../../../contract/notification-kinds.ts';
import type { NotificationPreferencesView, NotificationView } from '../../../contract/notifications.ts';
import { api } from '../../app/api.ts';
import { currentLang } from '../../app/i18n/index.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: (query: object) => ['notifications', 'list', query] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** How often the bell asks for the unread count (and whenever the window regains focus). */
export const POLL_MS = 60_000;

/** The bell's unread count: one indexed count on the server. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: () => api.get<{ unread: number }>('/notifications/unread-count'),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

export type NotificationQuery = {
  page: number;
  pageSize: number;
  order: 'unread' | 'newest';
  unread?: boolean;
};

export function useNotifications(query: NotificationQuery, enabled = true) {
  return useQuery({
    queryKey: notificationKeys.list(query),
    queryFn: () =>
      api.get<Page<NotificationView>>('/notifications', {
        page: query.page,
        pageSize: query.pageSize,
        order: query.order,
        unread: query.unread ? 'true' : undefined,
      }),
    enabled,
  });
}

export const markRead = (id: string) => api.post<NotificationView>(`/notifications/${id}/read`);
export const markAllRead = () => api.post<{ marked: number }>('/notifications/read-all');

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => api.get<NotificationPreferencesView>('/notifications/preferences'),
  });
}

export const savePreferences = (items: { kind: NotificationKind; channel: string }[]) =>
  api.put<NotificationPreferencesView>('/notifications/preferences', { items });

/** After a change: the count, every list. */
export const refreshNotifications = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: notificationKeys.all });

/** A kind's label in the current language (an unknown kind shows as it is). */
export const kindLabel = (kind: string) =>
  (notificationKinds as Record<string, { vi: string; en: string }>)[kind]?.[currentLang()] ?? kind;
