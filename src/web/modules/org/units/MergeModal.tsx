import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeRule, createUnitBody, type UnitView } from '../../../../contract/org.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { todayDate } from '../../../app/format.ts';
import { zodRule } from '../../../app/forms.ts';
import { kindOptions } from '../names.ts';
import { useUnits } from '../queries.ts';
import { Explain } from './Explain.tsx';
import { RestructureFields } from './RestructureFields.tsx';
import { commonBody, type RestructureCommon, useRestructure } from './restructure.ts';
import { UnitSelect } from './UnitSelect.tsx';

type Values = RestructureCommon & {
  unitIds: string[];
  target: 'existing' | 'new';
  intoUnitId?: string;
  newUnit?: { code: string; name: string; kind: UnitView['kind'] };
};

/** Merge one or more units into an existing unit or into a new one. */
export function MergeModal({ unit, onClose }: { unit: UnitView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restructure = useRestructure();
  const units = useUnits('active');
  const [form] = Form.useForm<Values>();
  const byId = new Map((units.data ?? []).map((u) => [u.id, u]));
  const unitIds = Form.useWatch('unitIds', form) ?? [];
  const target = Form.useWatch('target', form);
  const intoUnitId = Form.useWatch('intoUnitId', form);
  const newName = Form.useWatch(['newUnit', 'name'], form);
  if (!unit) return null;

  const required = { required: true, message: t('common.required') };
  const fromNames = unitIds
    .map((id) => byId.get(id)?.name ?? '')
    .filter(Boolean)
    .join(t('org.history.and'));
  const toName =
    (target === 'new' ? newName : intoUnitId && byId.get(intoUnitId)?.name) ||
    t('org.restructure.mergeTargetUnknown');

  const submit = async (v: Values) => {
    await restructure({
      kind: 'merge',
      unitIds: v.unitIds,
      ...(v.target === 'new' ? { newUnit: v.newUnit } : { intoUnitId: v.intoUnitId }),
      ...commonBody(v),
    });
    message.success(t('org.restructure.done', { action: t('org.restructure.merge'), name: fromNames }));
    onClose();
  };

  return (
    <FormModal<Values>
      name="merge"
      form={form}
      open
      width={640}
      title={t('org.restructure.mergeTitle')}
      okText={t('org.restructure.merge')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{
        unitIds: [unit.id],
        target: 'existing',
        effectiveDate: todayDate(),
        newUnit: { kind: unit.kind } as never,
      }}
      intro={
        <Explain>{t('org.restructure.mergeExplain', { from: fromNames || unit.name, to: toName })}</Explain>
      }
    >
      <Form.Item label={t('org.restructure.mergeUnits')} name="unitIds" rules={[required]}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
        />
      </Form.Item>
      <Form.Item label={t('org.restructure.mergeTarget')} name="target">
        <Radio.Group
          options={[
            { value: 'existing', label: t('org.restructure.mergeIntoExisting') },
            { value: 'new', label: t('org.restructure.mergeIntoNew') },
          ]}
        />
      </Form.Item>
      {target === 'new' ? (
        <>
          <Form.Item
            label={t('org.units.name')}
            name={['newUnit', 'name']}
            rules={[required, zodRule(createUnitBody.shape.name)]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            label={t('org.units.code')}
            name={['newUnit', 'code']}
            rules={[required, zodRule(codeRule)]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item label={t('org.kind')} name={['newUnit', 'kind']} rules={[required]}>
            <Select options={kindOptions()} />
          </Form.Item>
        </>
      ) : (
        <Form.Item label={t('org.restructure.mergeInto')} name="intoUnitId" rules={[required]}>
          <UnitSelect exclude={unitIds} />
        </Form.Item>
      )}
      <RestructureFields />
    </FormModal>
  );
}
