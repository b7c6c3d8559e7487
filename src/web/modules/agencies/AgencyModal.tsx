import { useQueryClient } from '@tanstack/react-query';
import { App, Form, type FormInstance, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AgencyView, updateAgencyBody } from '../../../contract/org.ts';
import { api } from '../../app/api.ts';
import { meKey } from '../../app/auth.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { keepTyped, zodRule } from '../../app/forms.ts';
import { agenciesKey } from './keys.ts';

type Values = { name: string; shortName?: string; version: number };

/** Rename an agency or change its short name. */
export function AgencyModal({ agency, onClose }: { agency: AgencyView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const submit = async (v: Values) => {
    if (!agency) return;
    const saved = await api.patch<AgencyView>(`/agencies/${agency.id}`, {
      version: v.version,
      name: v.name,
      shortName: v.shortName?.trim() || null,
    });
    message.success(t('agencies.saved', { name: saved.name }));
    void queryClient.invalidateQueries({ queryKey: agenciesKey });
    // The top bar shows the agency's name.
    void queryClient.invalidateQueries({ queryKey: meKey });
    onClose();
  };

  const reload = async (form: FormInstance<Values>) => {
    const list = await api.get<AgencyView[]>('/agencies');
    const fresh = list.find((a) => a.id === agency?.id);
    if (!fresh) return;
    keepTyped(form, { ...fresh, shortName: fresh.shortName ?? '' }, ['name', 'shortName']);
    form.setFieldValue('version', fresh.version);
    queryClient.setQueryData(agenciesKey, list);
  };

  return (
    <FormModal<Values>
      name="agencyEdit"
      open={agency !== null}
      title={t('agencies.editTitle', { name: agency?.name ?? '' })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={
        agency ? { name: agency.name, shortName: agency.shortName ?? '', version: agency.version } : undefined
      }
    >
      <Form.Item
        label={t('agencies.name')}
        name="name"
        rules={[{ required: true, message: t('common.required') }, zodRule(updateAgencyBody.shape.name)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('agencies.shortName')} name="shortName">
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="version" hidden>
        <InputNumber />
      </Form.Item>
    </FormModal>
  );
}
