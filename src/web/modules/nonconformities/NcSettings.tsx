import { SettingOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NcSettingsView } from '../../../contract/nonconformities.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';

const settingsKey = ['nonconformities', 'settings'] as const;
type Values = {
  escalateAfterWorkingDays: number;
  waitMajorWorkingDays: number;
  waitMinorWorkingDays: number;
};

/**
 * The agency's follow-up settings (escalation to the unit head, waits before verification by
 * grade): a button for the secretariat, who keeps them; nothing for others.
 */
export function NcSettingsButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<NcSettingsView>('/nonconformity-settings'),
  });
  const [open, setOpen] = useState(false);
  const s = settings.data;
  if (!s?.canEdit) return null;
  const days = (name: keyof Values, label: string, extra?: Parameters<typeof Form.Item>[0]['rules']) => (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true },
        { type: 'integer', min: 1, max: name === 'escalateAfterWorkingDays' ? 60 : 250 },
        ...(extra ?? []),
      ]}
    >
      <InputNumber min={1} max={name === 'escalateAfterWorkingDays' ? 60 : 250} style={{ width: 120 }} />
    </Form.Item>
  );
  return (
    <>
      <Button icon={<SettingOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('nonconformities.settings.open')}
      </Button>
      <FormModal<Values>
        name="nc-settings"
        open={open}
        title={t('nonconformities.settings.title')}
        okText={t('common.save')}
        onCancel={() => setOpen(false)}
        initialValues={{
          escalateAfterWorkingDays: s.escalateAfterWorkingDays,
          waitMajorWorkingDays: s.waitMajorWorkingDays,
          waitMinorWorkingDays: s.waitMinorWorkingDays,
        }}
        intro={
          <Typography.Paragraph type="secondary">{t('nonconformities.settings.intro')}</Typography.Paragraph>
        }
        onReload={async (form) => {
          const latest = await queryClient.fetchQuery({
            queryKey: settingsKey,
            queryFn: () => api.get<NcSettingsView>('/nonconformity-settings'),
            staleTime: 0,
          });
          form.setFieldsValue(latest);
        }}
        onSubmit={async (v) => {
          const saved = await api.put<NcSettingsView>('/nonconformity-settings', {
            ...v,
            version: queryClient.getQueryData<NcSettingsView>(settingsKey)?.version ?? s.version,
          });
          queryClient.setQueryData(settingsKey, saved);
          message.success(t('nonconformities.settings.saved'));
          setOpen(false);
        }}
      >
        {days('escalateAfterWorkingDays', t('nonconformities.settings.escalate'))}
        {days('waitMajorWorkingDays', t('nonconformities.settings.waitMajor'), [
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value === undefined || value >= (getFieldValue('waitMinorWorkingDays') ?? 0)
                ? Promise.resolve()
                : Promise.reject(new Error(t('nonconformities.settings.majorNotShorter'))),
          }),
        ])}
        {days('waitMinorWorkingDays', t('nonconformities.settings.waitMinor'))}
      </FormModal>
    </>
  );
}
