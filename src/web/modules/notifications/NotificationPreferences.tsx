import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NotificationChannel,
  type NotificationKind,
  notificationChannels,
} from '../../../contract/notification-kinds.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { notificationKeys, savePreferences, usePreferences } from './queries.ts';

/** The person's choice per kind of notification: in the app, also by e-mail, or off. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [choices, setChoices] = useState<Record<string, NotificationChannel>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (prefs.data) setChoices(Object.fromEntries(prefs.data.items.map((i) => [i.kind, i.channel])));
  }, [prefs.data]);
  const changed = prefs.data?.items.some((i) => choices[i.kind] && choices[i.kind] !== i.channel);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await savePreferences(
        Object.entries(choices).map(([kind, channel]) => ({ kind: kind as NotificationKind, channel })),
      );
      client.setQueryData(notificationKeys.preferences, saved);
      message.success(t('notifications.preferences.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      loading={prefs.isLoading}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }} id="notification-preferences">
          {t('notifications.preferences.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">{t('notifications.preferences.intro')}</Typography.Paragraph>
      {prefs.data && !prefs.data.hasEmail && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('notifications.preferences.noEmail')}
        />
      )}
      <ErrorAlert error={prefs.error ?? error} />
      <Flex vertical gap={12} role="list" aria-labelledby="notification-preferences">
        {prefs.data?.items.map((item) => (
          <Flex key={item.kind} role="listitem" wrap gap={8} justify="space-between" align="center">
            <Typography.Text id={`kind-${item.kind}`} style={{ flex: '1 1 260px' }}>
              {item.label}
            </Typography.Text>
            <Radio.Group
              aria-labelledby={`kind-${item.kind}`}
              optionType="button"
              size="small"
              value={choices[item.kind] ?? item.channel}
              onChange={(e) => setChoices({ ...choices, [item.kind]: e.target.value })}
              options={notificationChannels.map((c) => ({
                value: c,
                label: t(`notifications.preferences.channels.${c}`),
              }))}
            />
          </Flex>
        ))}
      </Flex>
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        <Button type="primary" loading={saving} disabled={!changed} onClick={save}>
          {t('notifications.preferences.save')}
        </Button>
      </Flex>
    </Card>
  );
}
