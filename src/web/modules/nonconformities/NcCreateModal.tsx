import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type NcDetail, type NcSource, ncGrades, ncSources } from '../../../contract/nonconformities.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { todayDate } from '../../app/format.ts';
import { useUnits } from '../org/queries.ts';
import { ncPaths, storeNc } from './queries.ts';

type CreateValues = {
  source: string;
  originLabel?: string;
  title: string;
  description: string;
  requirement: string;
  clause?: string;
  unitId: string;
  detectedOn: Dayjs;
  grade: string;
};

/** What a page that raises a record from its own (a case) fills in beforehand. */
export type NcPreset = {
  source: NcSource;
  origin: { type: 'work_case'; id: string; label: string };
  unitId: string;
};

const originType = (source: string) =>
  source === 'external_inspection' ? 'inspection' : source === 'steering_directive' ? 'directive' : 'other';

export function CreateNcModal({
  open,
  onClose,
  preset,
}: {
  open: boolean;
  onClose: () => void;
  preset?: NcPreset;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <FormModal<CreateValues>
      name="nc-create"
      open={open}
      title={t('nonconformities.createTitle')}
      okText={t('nonconformities.create')}
      onCancel={onClose}
      width={640}
      initialValues={
        preset
          ? {
              source: preset.source,
              originLabel: preset.origin.label,
              unitId: preset.unitId,
              grade: 'minor',
              detectedOn: todayDate(),
            }
          : { source: 'internal_audit', grade: 'minor', detectedOn: todayDate() }
      }
      onSubmit={async (v) => {
        const created = await api.post<NcDetail>('/nonconformities', {
          source: preset?.source ?? v.source,
          origin: preset
            ? preset.origin
            : v.originLabel?.trim()
              ? { type: originType(v.source), label: v.originLabel.trim() }
              : null,
          title: v.title,
          description: v.description,
          requirement: v.requirement,
          clause: v.clause?.trim() || null,
          unitId: preset?.unitId ?? v.unitId,
          detectedOn: v.detectedOn.format('YYYY-MM-DD'),
          grade: v.grade,
        });
        storeNc(queryClient, created);
        onClose();
        navigate(ncPaths.one(created.id));
      }}
    >
      <Form.Item name="source" label={t('nonconformities.fields.source')} rules={[{ required: true }]}>
        <Select
          disabled={Boolean(preset)}
          options={ncSources.map((s) => ({ value: s, label: t(`nonconformities.sources.${s}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['source']}>
        {({ getFieldValue }) => (
          <Form.Item name="originLabel" label={t('nonconformities.fields.origin')}>
            <Input
              maxLength={300}
              disabled={Boolean(preset)}
              placeholder={t(`nonconformities.originHints.${getFieldValue('source') as NcSource}`)}
            />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="unitId" label={t('nonconformities.fields.unit')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('nonconformities.fields.title')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('nonconformities.fields.description')}
        rules={[{ required: true }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="requirement"
        label={t('nonconformities.fields.requirement')}
        rules={[{ required: true }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="clause" label={t('nonconformities.fields.clause')}>
          <Input maxLength={20} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="detectedOn"
          label={t('nonconformities.fields.detectedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="grade" label={t('nonconformities.fields.grade')} rules={[{ required: true }]}>
          <Select
            style={{ width: 120 }}
            options={ncGrades.map((g) => ({ value: g, label: t(`nonconformities.grades.${g}`) }))}
          />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
