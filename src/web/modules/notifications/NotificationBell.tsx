import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, theme } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshNotifications, useUnreadCount } from './queries.ts';

// The drawer and its list load when the bell is first opened: the shell (every first visit) stays small.
const BellDrawer = lazy(() => import('./BellDrawer.tsx').then((m) => ({ default: m.BellDrawer })));

/**
 * The bell in the top bar: the unread count (polled cheaply, every 60 s and on focus) and,
 * when opened, a drawer with the newest notifications (the width of the screen on a phone).
 */
export function NotificationBell({ mobile }: { mobile?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const count = useUnreadCount().data?.unread ?? 0;
  const client = useQueryClient();
  const label = count ? t('notifications.bellUnread', { count }) : t('notifications.bellNone');
  const toggle = (next: boolean) => {
    setOpen(next);
    if (next) {
      setOpened(true);
      void refreshNotifications(client);
    }
  };
  return (
    <>
      <Button
        type="text"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={label}
        onClick={() => toggle(!open)}
        style={{ position: 'relative', paddingInline: 8 }}
      >
        <BellOutlined aria-hidden style={{ fontSize: 18 }} />
        {count > 0 && (
          <span
            aria-hidden
            style={{
              position: 'absolute',
              top: -4,
              insetInlineStart: '55%',
              minWidth: 18,
              height: 18,
              padding: '0 5px',
              borderRadius: 9,
              // antd's red-7: white text on it passes the 4.5:1 contrast.
              background: '#cf1322',
              color: '#fff',
              fontSize: 11,
              fontWeight: 600,
              lineHeight: '18px',
              textAlign: 'center',
              boxShadow: `0 0 0 1px ${token.colorBgContainer}`,
            }}
          >
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <BellDrawer open={open} mobile={mobile} unread={count} onClose={() => toggle(false)} />
        </Suspense>
      )}
    </>
  );
}
