import { App, Form, type FormInstance, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeRule, createUnitBody, type UnitView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { todayDate } from '../../../app/format.ts';
import { keepTyped, zodRule } from '../../../app/forms.ts';
import { Explain } from './Explain.tsx';
import { RestructureFields } from './RestructureFields.tsx';
import { commonBody, type RestructureCommon, useRestructure } from './restructure.ts';

type Values = RestructureCommon & { code: string; name: string; version: number };

export function RenameModal({ unit, onClose }: { unit: UnitView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restructure = useRestructure();
  const required = { required: true, message: t('common.required') };
  if (!unit) return null;

  const submit = async (v: Values) => {
    await restructure({
      kind: 'rename',
      unitId: unit.id,
      version: v.version,
      code: v.code,
      name: v.name,
      ...commonBody(v),
    });
    message.success(t('org.restructure.done', { action: t('org.restructure.rename'), name: v.name }));
    onClose();
  };
  const reload = async (form: FormInstance<Values>) => {
    const fresh = await api.get<UnitView>(`/units/${unit.id}`);
    keepTyped(form, fresh, ['code', 'name']);
    form.setFieldValue('version', fresh.version);
  };

  return (
    <FormModal<Values>
      name="rename"
      open
      title={t('org.restructure.renameTitle', { name: unit.name })}
      okText={t('org.restructure.rename')}
      onCancel={onClose}
      onSubmit={submit}
      onReload={reload}
      initialValues={{ code: unit.code, name: unit.name, version: unit.version, effectiveDate: todayDate() }}
      intro={<Explain>{t('org.restructure.renameExplain', { name: unit.name })}</Explain>}
    >
      <Form.Item
        label={t('org.restructure.newName')}
        name="name"
        rules={[required, zodRule(createUnitBody.shape.name)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('org.restructure.newCode')} name="code" rules={[required, zodRule(codeRule)]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="version" hidden>
        <InputNumber />
      </Form.Item>
      <RestructureFields />
    </FormModal>
  );
}
