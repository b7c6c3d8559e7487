import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  indicatorDirections,
  indicatorFrequencies,
  indicatorSources,
  type ObjectiveDetail,
  objectiveMeasures,
  workingDayMeasures,
} from '../../../contract/objectives.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { PersonSelect } from '../org/people/PersonSelect.tsx';

type Props = {
  objective: ObjectiveDetail;
  open: boolean;
  onClose: () => void;
  onDone: (detail: ObjectiveDetail) => void;
};

/** Phê duyệt điện tử: the approver re-enters their password. */
export function ApproveModal({ objective, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal<{ password: string }>
      name="objective-approve"
      open={open}
      title={t('objectives.transitions.approveTitle')}
      okText={t('objectives.transitions.approve')}
      intro={t('objectives.transitions.approveIntro')}
      onCancel={onClose}
      onSubmit={async (v) =>
        onDone(
          await api.post<ObjectiveDetail>(`/objectives/${objective.id}/transitions`, {
            action: 'approve',
            version: objective.version,
            password: v.password,
          }),
        )
      }
    >
      <Form.Item name="password" label={t('objectives.transitions.password')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
    </FormModal>
  );
}

export function ReturnModal({ objective, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal<{ reason: string }>
      name="objective-return"
      open={open}
      danger
      title={t('objectives.transitions.returnTitle')}
      okText={t('objectives.transitions.return')}
      onCancel={onClose}
      onSubmit={async (v) =>
        onDone(
          await api.post<ObjectiveDetail>(`/objectives/${objective.id}/transitions`, {
            action: 'return',
            version: objective.version,
            reason: v.reason,
          }),
        )
      }
    >
      <Form.Item name="reason" label={t('objectives.transitions.reason')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

type IndicatorValues = {
  name: string;
  formula: string;
  unit: string;
  direction: string;
  target: number;
  frequency: string;
  source: string;
  measure?: string;
};

/** A computed indicator names a measure of the system's data; a manual one is entered with evidence. */
export function AddIndicatorModal({ objective, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IndicatorValues>();
  const source = Form.useWatch('source', form);
  return (
    <FormModal<IndicatorValues>
      name="objective-indicator"
      form={form}
      open={open}
      width={640}
      title={t('objectives.indicator.addTitle')}
      okText={t('objectives.indicator.add')}
      onCancel={onClose}
      initialValues={{ source: 'computed', direction: 'gte', frequency: 'month', unit: '%' }}
      onSubmit={async (v) =>
        onDone(
          await api.post<ObjectiveDetail>(`/objectives/${objective.id}/indicators`, {
            ...v,
            measure: v.source === 'computed' ? v.measure : null,
            version: objective.version,
          }),
        )
      }
    >
      <Form.Item name="source" label={t('objectives.indicator.source')} rules={[{ required: true }]}>
        <Select options={indicatorSources.map((s) => ({ value: s, label: t(`objectives.sources.${s}`) }))} />
      </Form.Item>
      {source === 'computed' && (
        <Form.Item name="measure" label={t('objectives.indicator.measure')} rules={[{ required: true }]}>
          <Select
            options={objectiveMeasures.map((m) => ({ value: m, label: t(`objectives.measures.${m}`) }))}
            onChange={(m: (typeof objectiveMeasures)[number]) => {
              const days = workingDayMeasures.includes(m);
              form.setFieldsValue({
                name: t(`objectives.measures.${m}`).replace(/ \([^)]*\)$/, ''),
                formula: t(`objectives.formulas.${m}`),
                unit: days ? t('objectives.indicator.workingDays') : '%',
                direction: days ? 'lte' : 'gte',
              });
            }}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('objectives.indicator.name')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="formula" label={t('objectives.indicator.formula')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="unit" label={t('objectives.indicator.unit')} rules={[{ required: true }]}>
        <Input maxLength={40} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="direction" label={t('objectives.indicator.direction')} rules={[{ required: true }]}>
        <Select
          options={indicatorDirections.map((d) => ({ value: d, label: t(`objectives.directions.${d}`) }))}
        />
      </Form.Item>
      <Form.Item name="target" label={t('objectives.indicator.target')} rules={[{ required: true }]}>
        <InputNumber decimalSeparator="," style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="frequency" label={t('objectives.indicator.frequency')} rules={[{ required: true }]}>
        <Select
          options={indicatorFrequencies.map((f) => ({ value: f, label: t(`objectives.frequencies.${f}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}

export function AddActionModal({ objective, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal<{ description: string; ownerPersonId: string; dueInWorkingDays: number }>
      name="objective-action"
      open={open}
      title={t('objectives.actions.add')}
      okText={t('objectives.actions.add')}
      onCancel={onClose}
      initialValues={{ dueInWorkingDays: 10 }}
      onSubmit={async (v) =>
        onDone(
          await api.post<ObjectiveDetail>(`/objectives/${objective.id}/actions`, {
            ...v,
            version: objective.version,
          }),
        )
      }
    >
      <Form.Item name="description" label={t('objectives.actions.description')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('objectives.actions.owner')} rules={[{ required: true }]}>
        <PersonSelect onChange={() => undefined} />
      </Form.Item>
      <Form.Item name="dueInWorkingDays" label={t('objectives.actions.dueDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={400} style={{ width: 120 }} />
      </Form.Item>
    </FormModal>
  );
}
