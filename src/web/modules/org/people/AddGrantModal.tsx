import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../contract/org.ts';
import type { Role } from '../../../../contract/roles.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { roleName, roleOptions } from '../names.ts';
import { UnitSelect } from '../units/UnitSelect.tsx';
import { storePerson } from './personQuery.ts';

type Values = { role: Role; scope: 'agency' | 'unit'; unitId?: string };

export function AddGrantModal({
  person,
  open,
  onClose,
}: {
  person: PersonView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form);

  const submit = async (v: Values) => {
    const updated = await api.post<PersonView>(`/people/${person.id}/grants`, {
      role: v.role,
      unitId: v.scope === 'unit' ? v.unitId : null,
    });
    storePerson(queryClient, updated);
    message.success(t('org.person.grantAdded', { role: roleName(v.role) }));
    onClose();
  };

  return (
    <FormModal<Values>
      name="grant"
      form={form}
      open={open}
      title={`${t('org.person.addGrant')}: ${person.fullName}`}
      okText={t('org.person.addGrant')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ scope: 'unit', unitId: person.unitId }}
    >
      <Form.Item
        label={t('org.person.role')}
        name="role"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select options={roleOptions()} />
      </Form.Item>
      <Form.Item label={t('org.person.scope')} name="scope">
        <Radio.Group
          options={[
            { value: 'unit', label: t('org.person.scopeUnit') },
            { value: 'agency', label: t('org.person.scopeAgency') },
          ]}
        />
      </Form.Item>
      {scope !== 'agency' && (
        <Form.Item
          label={t('org.person.scopeUnitPick')}
          name="unitId"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <UnitSelect />
        </Form.Item>
      )}
    </FormModal>
  );
}
