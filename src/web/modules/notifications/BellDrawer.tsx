import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { NotificationList } from './NotificationList.tsx';
import { markAllRead, refreshNotifications, useNotifications } from './queries.ts';

const RECENT = 8;

type Props = { open: boolean; mobile?: boolean; unread: number; onClose: () => void };

/** The bell's drawer: the newest notifications, unread first; open one, mark all read, or see all. */
export function BellDrawer({ open, mobile, unread, onClose }: Props) {
  const { t } = useTranslation();
  const recent = useNotifications({ page: 1, pageSize: RECENT, order: 'unread' }, open);
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size={mobile ? '100%' : 420}
      title={t('notifications.recent')}
      extra={
        <Button
          type="link"
          size="small"
          disabled={!unread}
          onClick={async () => {
            await markAllRead();
            await refreshNotifications(client);
          }}
        >
          {t('notifications.markAllRead')}
        </Button>
      }
      footer={
        <Flex justify="center">
          <Link to={paths.notifications} onClick={onClose}>
            {t('notifications.seeAll')}
          </Link>
        </Flex>
      }
      styles={{ body: { padding: 12 } }}
    >
      <NotificationList
        compact
        loading={recent.isLoading}
        items={recent.data?.items ?? []}
        onOpen={(link) => {
          onClose();
          if (link) navigate(link);
        }}
      />
    </Drawer>
  );
}
