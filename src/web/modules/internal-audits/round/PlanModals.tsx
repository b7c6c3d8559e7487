import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RoundAuditView, RoundView } from '../../../../contract/internal-audits.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { DATE_FORMAT, toIsoDate } from '../../../app/format.ts';
import { useAuditors } from '../queries.ts';

/** Trưởng đoàn and thành viên đoàn đánh giá, from the holders of the internal auditor role. */
export function TeamModal(props: {
  open: boolean;
  round: RoundView;
  onCancel: () => void;
  onSubmit: (values: { leadAuditorId: string; memberIds: string[] }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const auditors = useAuditors(props.open);
  const options = (auditors.data?.items ?? []).map((a) => ({
    value: a.person.id,
    label: `${a.person.name} — ${a.unitName}`,
  }));
  return (
    <FormModal<{ leadAuditorId: string; memberIds: string[] }>
      name="round-team"
      open={props.open}
      title={t('internalAudits.actions.setTeam')}
      okText={t('internalAudits.actions.save')}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
      initialValues={{
        leadAuditorId: props.round.lead?.id,
        memberIds: props.round.team.filter((m) => m.role === 'member').map((m) => m.person.id),
      }}
    >
      <Form.Item label={t('internalAudits.fields.lead')} name="leadAuditorId" rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} loading={auditors.isLoading} />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.members')} name="memberIds">
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
    </FormModal>
  );
}

type AuditValues = {
  unitId: string;
  auditDate?: dayjs.Dayjs | null;
  startTime?: string;
  endTime?: string;
  place?: string;
  representatives?: string;
  procedureIds: string[];
  clauses: string[];
  auditorIds: string[];
};

/** "Họ và tên – Chức vụ", one a line, as the API's representatives. */
const parseRepresentatives = (text = '') =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...title] = line.split(/\s[–-]\s/);
      return { name: name.trim(), title: title.join(' – ').trim() };
    });

/** One unit's audit: date, time, place, who represents the unit, procedures, clauses, auditors. */
export function AuditModal(props: {
  open: boolean;
  round: RoundView;
  audit: RoundAuditView | null;
  onCancel: () => void;
  onSubmit: (body: Record<string, unknown>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { round, audit } = props;
  const scheduled = new Set(round.audits.map((a) => a.unit.id));
  return (
    <FormModal<AuditValues>
      key={audit?.id ?? 'new'}
      name="round-audit"
      width={640}
      open={props.open}
      title={
        audit
          ? t('internalAudits.plan.editAudit', { unit: audit.unit.name })
          : t('internalAudits.actions.addAudit')
      }
      okText={t('internalAudits.actions.save')}
      onCancel={props.onCancel}
      initialValues={
        audit
          ? {
              unitId: audit.unit.id,
              auditDate: audit.auditDate ? dayjs(audit.auditDate) : null,
              startTime: audit.startTime ?? undefined,
              endTime: audit.endTime ?? undefined,
              place: audit.place,
              representatives: audit.auditeeRepresentatives
                .map((r) => (r.title ? `${r.name} – ${r.title}` : r.name))
                .join('\n'),
              procedureIds: audit.procedures.map((p) => p.id),
              clauses: audit.clauses,
              auditorIds: audit.auditors.map((p) => p.id),
            }
          : { procedureIds: [], clauses: round.scopeClauses, auditorIds: [] }
      }
      onSubmit={async (v) => {
        const body = {
          ...(audit ? { version: audit.version } : { unitId: v.unitId }),
          auditDate: toIsoDate(v.auditDate) ?? null,
          startTime: v.startTime || null,
          endTime: v.endTime || null,
          place: v.place ?? '',
          auditeeRepresentatives: parseRepresentatives(v.representatives),
          procedureIds: v.procedureIds ?? [],
          clauses: v.clauses ?? [],
          auditorIds: v.auditorIds ?? [],
        };
        await props.onSubmit(body);
      }}
    >
      {!audit && (
        <Form.Item label={t('internalAudits.fields.unit')} name="unitId" rules={[{ required: true }]}>
          <Select
            options={round.scopeUnits
              .filter((u) => !scheduled.has(u.id))
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      )}
      <Form.Item label={t('internalAudits.fields.date')} name="auditDate">
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.time')} style={{ marginBottom: 0 }}>
        <Form.Item name="startTime" style={{ display: 'inline-block', width: 120, marginInlineEnd: 8 }}>
          <Input placeholder="08:00" aria-label={t('internalAudits.fields.startTime')} maxLength={5} />
        </Form.Item>
        <Form.Item name="endTime" style={{ display: 'inline-block', width: 120 }}>
          <Input placeholder="11:30" aria-label={t('internalAudits.fields.endTime')} maxLength={5} />
        </Form.Item>
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.place')} name="place">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('internalAudits.fields.representatives')}
        name="representatives"
        extra={t('internalAudits.fields.representativesHelp')}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.procedures')} name="procedureIds">
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={round.scopeProcedures.map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.clauses')} name="clauses">
        <Select mode="tags" tokenSeparators={[',', ' ']} />
      </Form.Item>
      <Form.Item label={t('internalAudits.fields.auditors')} name="auditorIds">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={round.team.map((m) => ({ value: m.person.id, label: `${m.person.name} — ${m.unitName}` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
