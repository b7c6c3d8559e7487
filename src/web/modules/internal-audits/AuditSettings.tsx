import { SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../app/components/FormModal.tsx';
import { iaApi, settingsKey, useSettings } from './queries.ts';

type Settings = { noticeWorkingDays: number; version: number };
type Values = { noticeWorkingDays: number };

/**
 * The module's setting kept by the secretariat (who plans): how many working days before its
 * audit a unit is told of it. A button beside "Lập chương trình năm", as the nonconformities'
 * follow-up settings are; a bad value is shown under its field (the server's too).
 */
export function AuditSettingsButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useSettings(true);
  const [open, setOpen] = useState(false);
  const s = settings.data;
  if (!s) return null;
  return (
    <>
      <Button icon={<SettingOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('internalAudits.settings.open')}
      </Button>
      <FormModal<Values>
        name="ia-settings"
        open={open}
        title={t('internalAudits.settings.title')}
        okText={t('common.save')}
        onCancel={() => setOpen(false)}
        initialValues={{ noticeWorkingDays: s.noticeWorkingDays }}
        intro={
          <Typography.Paragraph type="secondary">{t('internalAudits.settings.intro')}</Typography.Paragraph>
        }
        onReload={async (form) => {
          const latest = await queryClient.fetchQuery({
            queryKey: settingsKey,
            queryFn: () => iaApi.get<Settings>('/settings'),
            staleTime: 0,
          });
          form.setFieldsValue({ noticeWorkingDays: latest.noticeWorkingDays });
        }}
        onSubmit={async (v) => {
          const saved = await iaApi.put<Settings>('/settings', {
            ...v,
            version: queryClient.getQueryData<Settings>(settingsKey)?.version ?? s.version,
          });
          queryClient.setQueryData(settingsKey, saved);
          message.success(t('internalAudits.settings.saved'));
          setOpen(false);
        }}
      >
        <Form.Item
          name="noticeWorkingDays"
          label={t('internalAudits.settings.noticeWorkingDays')}
          extra={t('internalAudits.settings.noticeHelp')}
          rules={[
            { required: true, message: t('internalAudits.settings.noticeRange') },
            { type: 'integer', min: 1, max: 60, message: t('internalAudits.settings.noticeRange') },
          ]}
        >
          <InputNumber style={{ width: 120 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
