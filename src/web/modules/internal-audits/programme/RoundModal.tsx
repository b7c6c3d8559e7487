import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../../contract/common.ts';
import type { RoundSummary } from '../../../../contract/internal-audits.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { useUnits } from '../../org/queries.ts';

type Values = {
  title: string;
  plannedMonth: number;
  scopeUnitIds: string[];
  scopeProcedureIds: string[];
  scopeClauses: string[];
  criteria: string;
};

/** The procedures in force (both kinds), for the scope's picker. */
function useProceduresInForce() {
  return useQuery({
    queryKey: ['internal-audits', 'procedures'],
    queryFn: async () => {
      const pages = await Promise.all(
        ['business_procedure', 'system_procedure'].map((type) =>
          api.get<Page<{ id: string; code: string; title: string }>>('/documents', {
            type,
            status: 'in_force',
            pageSize: 100,
          }),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
  });
}

/** Add a round to the programme, or change one (title, month, scope, criteria). */
export function RoundModal({
  open,
  round,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  round: RoundSummary | null;
  onCancel: () => void;
  onSubmit: (values: Values) => Promise<void>;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const procedures = useProceduresInForce();
  return (
    <FormModal<Values>
      key={round?.id ?? 'new'}
      name="round"
      width={640}
      open={open}
      title={
        round
          ? `${t('internalAudits.fields.number')} ${round.number}: ${round.title}`
          : t('internalAudits.actions.addRound')
      }
      okText={t('internalAudits.actions.save')}
      onCancel={onCancel}
      onSubmit={onSubmit}
      initialValues={
        round
          ? {
              title: round.title,
              plannedMonth: round.plannedMonth,
              scopeUnitIds: round.scopeUnits.map((u) => u.id),
              scopeProcedureIds: round.scopeProcedures.map((p) => p.id),
              scopeClauses: round.scopeClauses,
              criteria: round.criteria,
            }
          : {
              criteria:
                'TCVN ISO 9001:2015; các tài liệu của Hệ thống quản lý chất lượng đang có hiệu lực; văn bản pháp luật liên quan',
              scopeClauses: [],
              scopeProcedureIds: [],
            }
      }
    >
      <Form.Item
        label={t('internalAudits.fields.title')}
        name="title"
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('internalAudits.fields.plannedMonth')}
        name="plannedMonth"
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={12} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        label={t('internalAudits.fields.scopeUnits')}
        name="scopeUnitIds"
        rules={[{ required: true }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.scopeProcedures')} name="scopeProcedureIds">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={procedures.isLoading}
          options={(procedures.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.scopeClauses')} name="scopeClauses">
        <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="4.4, 7.5, 8.5.1" />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.criteria')} name="criteria">
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
