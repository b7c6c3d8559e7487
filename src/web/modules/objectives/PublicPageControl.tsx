import { GlobalOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicPageSettingsView } from '../../../contract/objectives.ts';
import { api } from '../../app/api.ts';

const key = ['objectives', 'public-page-settings'] as const;

/**
 * The agency's public page (công khai): a link to it while it is published, and, for the
 * agency-wide secretariat and administrators, the switch that publishes it or not.
 */
export function PublicPageControl() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: key,
    queryFn: () => api.get<PublicPageSettingsView>('/public-page-settings'),
  });
  const s = settings.data;
  if (!s) return null;
  const toggle = async (enabled: boolean) => {
    try {
      const saved = await api.put<PublicPageSettingsView>('/public-page-settings', {
        enabled,
        version: s.version,
      });
      queryClient.setQueryData(key, saved);
      message.success(enabled ? t('objectives.publicPage.on') : t('objectives.publicPage.off'));
    } catch (error) {
      message.error((error as Error).message);
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };
  return (
    <Flex gap={8} align="center" wrap>
      {s.enabled && (
        <Button icon={<GlobalOutlined aria-hidden />} href={s.path} target="_blank" rel="noopener">
          {t('objectives.publicPage.open')}
        </Button>
      )}
      {s.canEdit && (
        <Flex gap={4} align="center">
          <Switch
            id="public-page-switch"
            checked={s.enabled}
            onChange={(checked) => void toggle(checked)}
            aria-label={t('objectives.publicPage.publish')}
          />
          <label htmlFor="public-page-switch">{t('objectives.publicPage.publish')}</label>
        </Flex>
      )}
    </Flex>
  );
}
