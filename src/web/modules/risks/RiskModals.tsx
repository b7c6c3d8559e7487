import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  RISK_SCALE,
  type RiskDetail,
  riskKindNames,
  riskKinds,
  riskLevelNames,
  riskLevelOf,
} from '../../../contract/risks.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { todayDate, toIsoDate } from '../../app/format.ts';
import { keepTyped } from '../../app/forms.ts';
import { pick } from '../../app/i18n/index.ts';
import { useProceduresInForce } from '../cases/queries.ts';
import { PersonSelect } from '../org/people/PersonSelect.tsx';
import { useUnits } from '../org/queries.ts';
import { riskKeys, riskPaths, storeRisk } from './queries.ts';

type AssessmentValues = {
  kind: string;
  unitId: string;
  identifiedOn: dayjs.Dayjs;
  process: string;
  documentId?: string | null;
  description: string;
  cause: string;
  consequence: string;
  likelihood: number;
  impact: number;
  reviewOn?: dayjs.Dayjs | null;
};

type Rating = 1 | 2 | 3 | 4 | 5;
const ratings = Array.from({ length: RISK_SCALE }, (_, i) => i + 1);

/** Likelihood × impact as the person chooses them: the level and score, live. */
function LevelPreview() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<AssessmentValues>();
  const likelihood = Form.useWatch('likelihood', form);
  const impact = Form.useWatch('impact', form);
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
      {likelihood && impact
        ? `${t('risks.fields.level')}: ${t('risks.scoreOf', {
            level: pick(riskLevelNames[riskLevelOf(likelihood, impact)]),
            score: likelihood * impact,
          })}. `
        : ''}
      {t('risks.levelRule')}
    </Typography.Paragraph>
  );
}

/** The assessment's fields, shared by recording and editing. */
function AssessmentFields({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const procedures = useProceduresInForce(open);
  const rating = (name: 'likelihood' | 'impact') => (
    <Form.Item name={name} label={t(`risks.fields.${name}`)} rules={[{ required: true }]} style={{ flex: 1 }}>
      <Select
        style={{ minWidth: 180 }}
        options={ratings.map((r) => ({ value: r, label: t(`risks.scale.r${r as Rating}`) }))}
      />
    </Form.Item>
  );
  return (
    <>
      <Form.Item
        name="process"
        label={t('risks.fields.process')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="documentId" label={t('risks.fields.document')}>
        <Select
          allowClear
          placeholder={t('risks.fields.noDocument')}
          showSearch={{ optionFilterProp: 'label' }}
          loading={procedures.isLoading}
          options={(procedures.data ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('risks.fields.description')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="cause" label={t('risks.fields.cause')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="consequence"
        label={t('risks.fields.consequence')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Flex gap={12} wrap>
        {rating('likelihood')}
        {rating('impact')}
      </Flex>
      <LevelPreview />
      <Form.Item name="reviewOn" label={t('risks.fields.reviewOn')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </>
  );
}

const assessmentBody = (v: AssessmentValues) => ({
  process: v.process,
  documentId: v.documentId ?? null,
  description: v.description,
  cause: v.cause,
  consequence: v.consequence,
  likelihood: v.likelihood,
  impact: v.impact,
  reviewOn: toIsoDate(v.reviewOn) ?? null,
});

/** The unit the person keeps the register of (ISO officer or head), else their own. */
function useDefaultUnit() {
  const me = useMe();
  const kept = me.grants.find((g) => (g.role === 'iso_officer' || g.role === 'unit_head') && g.unitId);
  return kept?.unitId ?? me.person.unitId;
}

export function CreateRiskModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const unitId = useDefaultUnit();
  return (
    <FormModal<AssessmentValues>
      name="risk-create"
      open={open}
      title={t('risks.create')}
      okText={t('risks.create')}
      onCancel={onClose}
      width={680}
      initialValues={{ kind: 'risk', unitId, identifiedOn: todayDate(), likelihood: 3, impact: 3 }}
      onSubmit={async (v) => {
        const created = await api.post<RiskDetail>('/risks', {
          kind: v.kind,
          unitId: v.unitId,
          identifiedOn: toIsoDate(v.identifiedOn),
          ...assessmentBody(v),
        });
        storeRisk(queryClient, created);
        onClose();
        navigate(riskPaths.one(created.id));
      }}
    >
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('risks.fields.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={riskKinds.map((k) => ({ value: k, label: pick(riskKindNames[k]) }))}
          />
        </Form.Item>
        <Form.Item name="identifiedOn" label={t('risks.fields.identifiedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(todayDate(), 'day')} />
        </Form.Item>
      </Flex>
      <Form.Item name="unitId" label={t('risks.fields.unit')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <AssessmentFields open={open} />
    </FormModal>
  );
}

type Props = { risk: RiskDetail; open: boolean; onClose: () => void };
const assessmentFields = [
  'process',
  'documentId',
  'description',
  'cause',
  'consequence',
  'likelihood',
  'impact',
] as const;

export function EditRiskModal({ risk, open, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <FormModal<AssessmentValues>
      name="risk-edit"
      open={open}
      title={t('risks.edit.title')}
      okText={t('common.save')}
      onCancel={onClose}
      width={680}
      initialValues={{
        ...Object.fromEntries(assessmentFields.map((f) => [f, risk[f]])),
        // An empty choice is undefined, so the select shows its placeholder.
        documentId: risk.documentId ?? undefined,
        reviewOn: risk.reviewOn ? dayjs(risk.reviewOn) : null,
      }}
      onSubmit={async (v) => {
        storeRisk(
          queryClient,
          await api.patch<RiskDetail>(`/risks/${risk.id}`, { version: risk.version, ...assessmentBody(v) }),
        );
        onClose();
      }}
      onReload={async (form) => {
        const fresh = await api.get<RiskDetail>(`/risks/${risk.id}`);
        queryClient.setQueryData(riskKeys.one(risk.id), fresh);
        keepTyped(form, { ...fresh, documentId: fresh.documentId ?? undefined }, [...assessmentFields]);
      }}
    >
      <AssessmentFields open={open} />
    </FormModal>
  );
}

function useSend(risk: RiskDetail, onClose: () => void) {
  const queryClient = useQueryClient();
  return async (path: string, body: object) => {
    storeRisk(
      queryClient,
      await api.post<RiskDetail>(`/risks/${risk.id}${path}`, { version: risk.version, ...body }),
    );
    onClose();
  };
}

export function TreatmentModal({ risk, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(risk, onClose);
  const [form] = Form.useForm<{ treatment: string; ownerPersonId: string; dueInWorkingDays: number }>();
  const title = risk.treatment ? t('risks.treatment.replan') : t('risks.treatment.plan');
  return (
    <FormModal
      name="risk-treatment"
      form={form}
      open={open}
      title={title}
      okText={title}
      onCancel={onClose}
      width={600}
      initialValues={{
        treatment: risk.treatment ?? '',
        ownerPersonId: risk.treatmentOwnerId ?? undefined,
        dueInWorkingDays: risk.workingDaysLeft && risk.workingDaysLeft > 0 ? risk.workingDaysLeft : 10,
      }}
      onSubmit={(v) => send('/treatment', v)}
    >
      <Form.Item
        name="treatment"
        label={t('risks.treatment.action')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('risks.treatment.owner')} rules={[{ required: true }]}>
        <PersonSelect
          onChange={(id) => form.setFieldValue('ownerPersonId', id)}
          aria-label={t('risks.treatment.owner')}
        />
      </Form.Item>
      <Form.Item name="dueInWorkingDays" label={t('risks.treatment.dueIn')} rules={[{ required: true }]}>
        <InputNumber min={1} max={250} />
      </Form.Item>
    </FormModal>
  );
}

export function CompleteTreatmentModal({ risk, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(risk, onClose);
  return (
    <FormModal<{ result: string }>
      name="risk-complete"
      open={open}
      title={t('risks.treatment.completeTitle')}
      okText={t('risks.treatment.complete')}
      onCancel={onClose}
      intro={<Typography.Paragraph>{risk.treatment}</Typography.Paragraph>}
      onSubmit={(v) => send('/transitions', { action: 'complete_treatment', result: v.result })}
    >
      <Form.Item
        name="result"
        label={t('risks.treatment.result')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

export function CloseRiskModal({ risk, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(risk, onClose);
  return (
    <FormModal<{ effective: boolean; note?: string }>
      name="risk-close"
      open={open}
      title={t('risks.close.title')}
      okText={t('risks.close.action')}
      onCancel={onClose}
      intro={<Typography.Paragraph>{t('risks.close.intro')}</Typography.Paragraph>}
      initialValues={{ effective: true }}
      onSubmit={(v) => send('/transitions', { action: 'close', effective: v.effective, note: v.note ?? '' })}
    >
      <Form.Item name="effective" label={t('risks.close.review')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: t('risks.close.effective') },
            { value: false, label: t('risks.close.notEffective') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('risks.close.note')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
