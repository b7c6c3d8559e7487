import { SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringSettingsView } from '../../../contract/steering.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { steeringKeys, useSteeringSettings } from './queries.ts';

type Values = { escalateDirectivesAfterWorkingDays: number };

/**
 * The committee's follow-up setting, kept by the secretariat: how many working days overdue
 * a directive is escalated to the meeting's chair and the secretariat. A button on the
 * committee's page, as internal audit's and nonconformities' settings are; nothing for others.
 */
export function SteeringSettingsButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useSteeringSettings(true);
  const [open, setOpen] = useState(false);
  const s = settings.data;
  if (!s?.canEdit) return null;
  const range = t('steering.settings.range');
  return (
    <>
      <Button icon={<SettingOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('steering.settings.open')}
      </Button>
      <FormModal<Values>
        name="steering-settings"
        open={open}
        title={t('steering.settings.title')}
        okText={t('common.save')}
        onCancel={() => setOpen(false)}
        initialValues={{ escalateDirectivesAfterWorkingDays: s.escalateDirectivesAfterWorkingDays }}
        intro={<Typography.Paragraph type="secondary">{t('steering.settings.intro')}</Typography.Paragraph>}
        onReload={async (form) => {
          const latest = await queryClient.fetchQuery({
            queryKey: steeringKeys.settings,
            queryFn: () => api.get<SteeringSettingsView>('/steering/settings'),
            staleTime: 0,
          });
          form.setFieldsValue({
            escalateDirectivesAfterWorkingDays: latest.escalateDirectivesAfterWorkingDays,
          });
        }}
        onSubmit={async (v) => {
          const saved = await api.put<SteeringSettingsView>('/steering/settings', {
            ...v,
            version:
              queryClient.getQueryData<SteeringSettingsView>(steeringKeys.settings)?.version ?? s.version,
          });
          queryClient.setQueryData(steeringKeys.settings, saved);
          message.success(t('steering.settings.saved'));
          setOpen(false);
        }}
      >
        <Form.Item
          name="escalateDirectivesAfterWorkingDays"
          label={t('steering.settings.escalate')}
          extra={t('steering.settings.escalateHelp')}
          rules={[
            { required: true, message: range },
            { type: 'integer', min: 1, max: 60, message: range },
          ]}
        >
          <InputNumber style={{ width: 120 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
