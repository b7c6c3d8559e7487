import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../../contract/org.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { todayDate } from '../../../app/format.ts';
import { Explain } from './Explain.tsx';
import { RestructureFields } from './RestructureFields.tsx';
import { commonBody, type RestructureCommon, useRestructure } from './restructure.ts';
import { UnitSelect } from './UnitSelect.tsx';

type Values = RestructureCommon & { moveUnitId?: string };

export function DissolveModal({ unit, onClose }: { unit: UnitView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const restructure = useRestructure();
  if (!unit) return null;
  const hasPeople = unit.peopleCount > 0;

  const submit = async (v: Values) => {
    await restructure({ kind: 'dissolve', unitId: unit.id, moveUnitId: v.moveUnitId, ...commonBody(v) });
    message.success(t('org.restructure.done', { action: t('org.restructure.dissolve'), name: unit.name }));
    onClose();
  };

  return (
    <FormModal<Values>
      name="dissolve"
      open
      danger
      title={t('org.restructure.dissolveTitle', { name: unit.name })}
      okText={t('org.restructure.dissolve')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ effectiveDate: todayDate() }}
      intro={
        <Explain>
          {t('org.restructure.dissolveExplain', { name: unit.name })}
          {hasPeople && ` ${t('org.restructure.dissolvePeople', { count: unit.peopleCount })}`}
        </Explain>
      }
    >
      <Form.Item
        label={t('org.restructure.moveTo')}
        name="moveUnitId"
        rules={hasPeople ? [{ required: true, message: t('common.required') }] : []}
      >
        <UnitSelect allowClear exclude={[unit.id]} />
      </Form.Item>
      <RestructureFields />
    </FormModal>
  );
}
