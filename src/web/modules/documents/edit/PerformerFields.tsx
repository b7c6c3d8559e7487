import { Col, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { procedureStep } from '../../../../contract/documents.ts';
import { zodRule } from '../../../app/forms.ts';
import { roleOptions } from '../../org/names.ts';
import { usePositions } from '../../org/queries.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';

/**
 * Who performs a step: a unit (empty: the case's own unit), optionally a role or a position
 * there, and a note in words. Cases route the step to the people these name.
 */
export function PerformerFields({ name }: { name: number }) {
  const { t } = useTranslation();
  const positions = usePositions();
  const positionOptions = (positions.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item
          label={t('performers.unit')}
          name={[name, 'performer', 'unitId']}
          tooltip={t('performers.caseUnitHelp')}
        >
          <UnitSelect allowClear placeholder={t('performers.caseUnit')} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} md={5}>
        <Form.Item label={t('performers.role')} name={[name, 'performer', 'role']}>
          <Select allowClear placeholder={t('performers.anyRole')} options={roleOptions()} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} md={5}>
        <Form.Item label={t('performers.position')} name={[name, 'performer', 'positionId']}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={positions.isLoading}
            options={positionOptions}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item
          label={t('performers.note')}
          name={[name, 'who']}
          rules={[zodRule(procedureStep.shape.who)]}
        >
          <Input maxLength={300} placeholder={t('performers.notePlaceholder')} />
        </Form.Item>
      </Col>
    </>
  );
}
