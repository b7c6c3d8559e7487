import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Pagination, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { NotificationList } from './NotificationList.tsx';
import { markAllRead, refreshNotifications, useNotifications, useUnreadCount } from './queries.ts';

const PAGE_SIZE = 20;

/** Every notification of the signed-in person, unread first or newest first (state in the address). */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const order = params.get('order') === 'newest' ? 'newest' : 'unread';
  const unreadOnly = params.get('show') === 'unread';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useNotifications({ page, pageSize: PAGE_SIZE, order, unread: unreadOnly });
  const count = useUnreadCount().data?.unread ?? 0;
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          <Button
            disabled={!count}
            onClick={async () => {
              const { marked } = await markAllRead();
              await refreshNotifications(client);
              message.success(t('notifications.markedAll', { count: marked }));
            }}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Flex wrap gap={16} align="center" style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <Typography.Text id="notifications-show">{t('notifications.show.label')}</Typography.Text>
          <Segmented
            aria-labelledby="notifications-show"
            value={unreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('notifications.show.all') },
              { value: 'unread', label: `${t('notifications.show.unread')} (${count})` },
            ]}
            onChange={(v) => set({ show: v === 'unread' ? 'unread' : undefined, page: undefined })}
          />
        </Flex>
        <Flex gap={8} align="center">
          <Typography.Text id="notifications-order">{t('notifications.order.label')}</Typography.Text>
          <Segmented
            aria-labelledby="notifications-order"
            value={order}
            options={[
              { value: 'unread', label: t('notifications.order.unread') },
              { value: 'newest', label: t('notifications.order.newest') },
            ]}
            onChange={(v) => set({ order: v === 'newest' ? 'newest' : undefined, page: undefined })}
          />
        </Flex>
      </Flex>
      {list.error && <ErrorAlert error={list.error} />}
      <NotificationList
        loading={list.isLoading}
        items={list.data?.items ?? []}
        emptyText={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
        onOpen={(link) => link && navigate(link)}
      />
      {(list.data?.total ?? 0) > PAGE_SIZE && (
        <Flex justify="flex-end" style={{ marginTop: 12 }}>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={list.data?.total}
            showSizeChanger={false}
            onChange={(p) => set({ page: p > 1 ? String(p) : undefined })}
          />
        </Flex>
      )}
    </>
  );
}
