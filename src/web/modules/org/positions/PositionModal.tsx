import { useQueryClient } from '@tanstack/react-query';
import { App, Form, type FormInstance, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { createPositionBody, type PositionView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { keepTyped, zodRule } from '../../../app/forms.ts';
import { orgKeys } from '../queries.ts';

type Values = { name: string; rank?: number; version?: number };

export function PositionModal({
  target,
  onClose,
}: {
  target: PositionView | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editing = target && target !== 'new' ? target : null;

  const submit = async (v: Values) => {
    const saved = editing
      ? await api.patch<PositionView>(`/positions/${editing.id}`, {
          version: v.version,
          name: v.name,
          rank: v.rank ?? 0,
        })
      : await api.post<PositionView>('/positions', { name: v.name, rank: v.rank ?? 0 });
    message.success(t(editing ? 'org.positions.saved' : 'org.positions.created', { name: saved.name }));
    void queryClient.invalidateQueries({ queryKey: orgKeys.positions });
    onClose();
  };

  // There is no GET of one position: the list has the latest version.
  const reload = async (form: FormInstance<Values>) => {
    const list = await queryClient.fetchQuery({
      queryKey: orgKeys.positions,
      queryFn: () => api.get<PositionView[]>('/positions'),
      staleTime: 0,
    });
    const fresh = list.find((p) => p.id === editing?.id);
    if (!fresh) return;
    keepTyped(form, fresh, ['name', 'rank']);
    form.setFieldValue('version', fresh.version);
  };

  return (
    <FormModal<Values>
      name="position"
      open={target !== null}
      title={editing ? t('org.positions.editTitle', { name: editing.name }) : t('org.positions.createTitle')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      onReload={editing ? reload : undefined}
      initialValues={
        editing ? { name: editing.name, rank: editing.rank, version: editing.version } : { rank: 100 }
      }
    >
      <Form.Item
        label={t('org.positions.name')}
        name="name"
        rules={[{ required: true, message: t('common.required') }, zodRule(createPositionBody.shape.name)]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item label={t('org.positions.rank')} name="rank" extra={t('org.positions.rankHelp')}>
        <InputNumber min={0} max={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="version" hidden>
        <InputNumber />
      </Form.Item>
    </FormModal>
  );
}
