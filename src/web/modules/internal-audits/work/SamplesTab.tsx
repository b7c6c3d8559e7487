import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChecklistView, SampleView } from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { DataList, type ListColumn } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { formatDate } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { ia, useRefresh, useSamples } from './queries.ts';

type Values = {
  procedureDocumentId: string;
  kind: 'case' | 'record_file';
  choice: 'random' | 'auditor';
  count?: number;
  itemIds?: string[];
  period?: [dayjs.Dayjs, dayjs.Dayjs];
};

const itemPath = (s: SampleView) => `${s.kind === 'case' ? paths.cases : paths.recordFiles}/${s.itemId}`;

/** Mẫu: cases and files of an audited procedure, picked at random or by the auditor; what was seen. */
export function SamplesTab({ audit }: { audit: ChecklistView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const samples = useSamples(audit.roundAuditId);
  const [taking, setTaking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
  const choice = Form.useWatch('choice', form);
  const procedureDocumentId = Form.useWatch('procedureDocumentId', form);
  const kind = Form.useWatch('kind', form);
  const period = Form.useWatch('period', form);
  const [candidates, setCandidates] = useState<Array<{ value: string; label: string }>>([]);
  const url = ia(`/round-audits/${audit.roundAuditId}/samples`);
  const can = samples.data?.can.sample ?? false;

  const loadCandidates = async () => {
    if (!procedureDocumentId || !kind) return;
    const q = new URLSearchParams({ procedureDocumentId, kind });
    if (period) {
      q.set('from', period[0].format('YYYY-MM-DD'));
      q.set('to', period[1].format('YYYY-MM-DD'));
    }
    try {
      const found = await api.get<{ items: Array<{ id: string; label: string; date: string }> }>(
        ia(`/round-audits/${audit.roundAuditId}/sample-candidates?${q}`),
      );
      setCandidates(found.items.map((c) => ({ value: c.id, label: `${c.label} (${formatDate(c.date)})` })));
    } catch (e) {
      setError(e);
    }
  };

  const seen = async (s: SampleView, text: string) => {
    try {
      await api.patch(`${url}/${s.id}`, { version: s.version, seen: text });
      await refresh();
    } catch (e) {
      setError(e);
    }
  };

  const columns: ListColumn<SampleView>[] = [
    {
      key: 'item',
      title: t('auditWork.samples.item'),
      card: 'title',
      render: (_, s) => <Link to={itemPath(s)}>{s.itemLabel}</Link>,
    },
    {
      key: 'kind',
      title: t('auditWork.samples.kind'),
      width: 110,
      card: 'field',
      render: (_, s) => t(`auditWork.samples.kinds.${s.kind}`),
    },
    {
      key: 'procedure',
      title: t('auditWork.samples.procedure'),
      width: 110,
      card: 'field',
      render: (_, s) => s.procedure?.code ?? '',
    },
    {
      key: 'choice',
      title: t('auditWork.samples.choice'),
      width: 150,
      card: 'field',
      render: (_, s) => t(`auditWork.samples.choices.${s.chosenBy}`),
    },
    {
      key: 'access',
      title: t('auditWork.samples.access'),
      width: 120,
      card: 'field',
      render: (_, s) => formatDate(s.accessFrom),
    },
    {
      key: 'seen',
      title: t('auditWork.samples.seen'),
      width: 280,
      card: 'field',
      render: (_, s) =>
        can ? (
          <Input.TextArea
            aria-label={t('auditWork.samples.seen')}
            autoSize
            defaultValue={s.seen}
            onBlur={(e) => e.target.value !== s.seen && seen(s, e.target.value)}
          />
        ) : (
          s.seen
        ),
    },
  ];

  return (
    <>
      <ErrorAlert error={samples.error ?? error} />
      {can && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setTaking(true)}>
          {t('auditWork.samples.take')}
        </Button>
      )}
      <DataList<SampleView>
        label={t('auditWork.tabs.samples')}
        testId="samples"
        rowKey="id"
        columns={columns}
        data={samples.data?.items}
        loading={samples.isLoading}
        hideOnSinglePage
        empty={t('auditWork.samples.empty')}
      />
      <FormModal<Values>
        name="sample"
        form={form}
        open={taking}
        title={t('auditWork.samples.take')}
        okText={t('auditWork.samples.take')}
        initialValues={{
          kind: 'case',
          choice: 'random',
          count: 2,
          procedureDocumentId: audit.audit.procedures[0]?.id,
        }}
        onCancel={() => setTaking(false)}
        onSubmit={async (v) => {
          const taken = await api.post<{ items: unknown[] }>(url, {
            procedureDocumentId: v.procedureDocumentId,
            kind: v.kind,
            choice: v.choice,
            ...(v.choice === 'random' ? { count: v.count } : { itemIds: v.itemIds }),
            ...(v.period
              ? { from: v.period[0].format('YYYY-MM-DD'), to: v.period[1].format('YYYY-MM-DD') }
              : {}),
          });
          await refresh();
          message.success(t('auditWork.samples.taken', { count: taken.items.length }));
          setTaking(false);
        }}
      >
        <Form.Item
          name="procedureDocumentId"
          label={t('auditWork.samples.procedure')}
          rules={[{ required: true }]}
        >
          <Select
            options={audit.audit.procedures.map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('auditWork.samples.kind')}>
          <Radio.Group
            options={(['case', 'record_file'] as const).map((k) => ({
              value: k,
              label: t(`auditWork.samples.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={`${t('auditWork.samples.from')} – ${t('auditWork.samples.to')}`}
          extra={t('auditWork.samples.periodHelp')}
        >
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="choice" label={t('auditWork.samples.choice')}>
          <Radio.Group
            options={(['random', 'auditor'] as const).map((c) => ({
              value: c,
              label: t(`auditWork.samples.choices.${c}`),
            }))}
          />
        </Form.Item>
        {choice === 'auditor' ? (
          <Form.Item name="itemIds" label={t('auditWork.samples.items')} rules={[{ required: true }]}>
            <Select mode="multiple" options={candidates} onFocus={loadCandidates} optionFilterProp="label" />
          </Form.Item>
        ) : (
          <Form.Item name="count" label={t('auditWork.samples.count')} rules={[{ required: true }]}>
            <InputNumber min={1} max={50} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
