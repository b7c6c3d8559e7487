import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Flex, List, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NotificationView } from '../../../contract/notifications.ts';
import { formatDateTime } from '../../app/format.ts';
import { kindLabel, markRead, refreshNotifications } from './queries.ts';

type Props = {
  items: NotificationView[];
  loading?: boolean;
  /** The bell's short form: no kind line, no "mark read" button. */
  compact?: boolean;
  /** After the notification is marked read: go to its record. */
  onOpen: (link: string | null) => void;
  emptyText?: string;
};

/** Notifications, unread ones marked; opening one marks it read and goes to its record. */
export function NotificationList({ items, loading, compact, onOpen, emptyText }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const client = useQueryClient();
  const open = async (n: NotificationView) => {
    if (!n.readAt) {
      await markRead(n.id);
      await refreshNotifications(client);
    }
    onOpen(n.link);
  };
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: emptyText ?? t('notifications.empty') }}
      renderItem={(n) => (
        <List.Item
          style={{
            paddingInline: 8,
            background: n.readAt ? undefined : token.colorPrimaryBg,
            borderRadius: token.borderRadius,
            alignItems: 'flex-start',
          }}
        >
          <Flex wrap gap={8} justify="space-between" align="flex-start" style={{ width: '100%' }}>
            <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 280px' }}>
              <Flex gap={8} align="baseline">
                {!n.readAt && <Badge status="processing" aria-hidden />}
                <a
                  href={n.link ?? '#'}
                  onClick={(e) => {
                    e.preventDefault();
                    void open(n);
                  }}
                  style={{
                    color: token.colorText,
                    fontWeight: n.readAt ? 400 : 600,
                    overflowWrap: 'anywhere',
                  }}
                >
                  {!n.readAt && <span className="sr-only">{t('notifications.unread')}: </span>}
                  {n.title}
                </a>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {compact ? '' : `${kindLabel(n.kind)} · `}
                {formatDateTime(n.createdAt, false)}
              </Typography.Text>
            </Flex>
            {!compact && (
              <Flex gap={8} style={{ flexShrink: 0 }}>
                {!n.readAt && (
                  <Button
                    size="small"
                    onClick={async () => {
                      await markRead(n.id);
                      await refreshNotifications(client);
                    }}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
                {n.link && (
                  <Button
                    size="small"
                    type="primary"
                    aria-label={`${t('notifications.open')}: ${n.title}`}
                    onClick={() => open(n)}
                  >
                    {t('notifications.open')}
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
