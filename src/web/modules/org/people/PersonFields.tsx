import { Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createPersonBody } from '../../../../contract/org.ts';
import { zodRule } from '../../../app/forms.ts';
import { usePositions } from '../queries.ts';
import { UnitSelect } from '../units/UnitSelect.tsx';

const shape = createPersonBody.shape;

/** The fields a person has in both the create and the edit form; `afterName` slots in the username. */
export function PersonFields({ afterName }: { afterName?: ReactNode }) {
  const { t } = useTranslation();
  const positions = usePositions();
  const required = { required: true, message: t('common.required') };
  return (
    <>
      <Form.Item label={t('org.people.fullName')} name="fullName" rules={[required, zodRule(shape.fullName)]}>
        <Input maxLength={120} autoComplete="off" />
      </Form.Item>
      {afterName}
      <Form.Item label={t('org.people.unit')} name="unitId" rules={[required]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item label={t('org.people.position')} name="positionId">
        <Select
          allowClear
          placeholder={t('org.people.positionNone')}
          loading={positions.isLoading}
          options={(positions.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item label={t('org.people.email')} name="email" rules={[zodRule(shape.email)]}>
        <Input type="email" maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('org.people.phone')} name="phone" rules={[zodRule(shape.phone)]}>
        <Input type="tel" maxLength={30} autoComplete="off" />
      </Form.Item>
    </>
  );
}

/** Blank optional texts are sent as null (cleared), as the API expects. */
export function personBody(v: {
  fullName: string;
  unitId: string;
  positionId?: string | null;
  email?: string;
  phone?: string;
}) {
  return {
    fullName: v.fullName,
    unitId: v.unitId,
    positionId: v.positionId ?? null,
    email: v.email?.trim() || null,
    phone: v.phone?.trim() || null,
  };
}
