import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingKindNames, findingKinds } from '../../../../contract/internal-audits.ts';
import { type GradeCounts, reportStateNames } from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { DataList, type ListColumn } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PaperButtons } from '../../../app/components/PaperButtons.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { FindingsList } from './FindingsList.tsx';
import { ia, useName, useRefresh, useReport } from './queries.ts';

type Row = { key: string; unit: string; counts: GradeCounts };

/** Báo cáo of the round: counts by grade per unit (recounted), the text, submit and approve, the papers. */
export function ReportTab({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useName();
  const refresh = useRefresh();
  const report = useReport(roundId);
  const [form] = Form.useForm<{ number?: string; summary?: string; strengths?: string }>();
  const [error, setError] = useState<unknown>(null);
  const [approving, setApproving] = useState(false);
  const [returning, setReturning] = useState(false);
  const r = report.data;
  useEffect(() => {
    if (r) form.setFieldsValue({ number: r.number ?? '', summary: r.summary, strengths: r.strengths });
  }, [r, form]);
  if (!r) return <ErrorAlert error={report.error} />;
  const url = ia(`/rounds/${roundId}/report`);
  const transition = (body: Record<string, unknown>) =>
    api.post(`${url}/transitions`, { version: r.version, ...body });
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await refresh();
    } catch (e) {
      setError(e);
    }
  };
  const rows: Row[] = [
    ...r.units.map((u) => ({ key: u.unit.id, unit: u.unit.name, counts: u.counts })),
    { key: 'total', unit: t('auditWork.report.total'), counts: r.counts },
  ];
  const columns: ListColumn<Row>[] = [
    { key: 'unit', title: t('auditWork.report.unit'), card: 'title', render: (_, row) => row.unit },
    ...findingKinds.map((k) => ({
      key: k,
      title: name(findingKindNames[k]),
      width: 120,
      align: 'right' as const,
      card: 'field' as const,
      render: (_: unknown, row: Row) => formatNumber(row.counts[k]),
    })),
    {
      key: 'total',
      title: t('auditWork.report.total'),
      width: 80,
      align: 'right',
      card: 'field',
      render: (_, row) => formatNumber(row.counts.total),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <ErrorAlert error={error} />
      <Flex gap={8} wrap align="center">
        <Tag>{name(reportStateNames[r.state])}</Tag>
        <PaperButtons path={`/api/v1${url}`} qs="" />
        <Button href={`/api/v1${url}.xlsx`} download icon={<FileExcelOutlined aria-hidden />}>
          {t('auditWork.report.xlsx')}
        </Button>
      </Flex>
      {r.returnComment && r.state === 'returned' && (
        <Alert type="warning" showIcon title={t('auditWork.report.returned', { comment: r.returnComment })} />
      )}
      {r.approvedBy && (
        <Alert
          type="success"
          showIcon
          title={t('auditWork.report.approvedBy', {
            name: r.approvedBy.name,
            date: formatDate(r.approvedAt),
          })}
        />
      )}
      <Card title={t('auditWork.report.counts')} size="small">
        <DataList<Row>
          label={t('auditWork.report.counts')}
          testId="report-counts"
          rowKey="key"
          columns={columns}
          data={rows}
          hideOnSinglePage
        />
      </Card>
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          disabled={!r.can.edit}
          onFinish={(v) =>
            run(async () => {
              await api.put(url, { version: r.version, ...v });
              message.success(t('auditWork.checklist.saved'));
            })
          }
        >
          <Form.Item name="number" label={t('auditWork.report.number')}>
            <Input style={{ maxWidth: 200 }} />
          </Form.Item>
          <Form.Item name="strengths" label={t('auditWork.report.strengths')}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
          <Form.Item name="summary" label={t('auditWork.report.summary')}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
          <Flex gap={8} wrap>
            {r.can.edit && <Button htmlType="submit">{t('auditWork.report.save')}</Button>}
            {r.can.submit && (
              <Button type="primary" onClick={() => run(() => transition({ action: 'submit' }))}>
                {t('auditWork.report.submit')}
              </Button>
            )}
          </Flex>
        </Form>
        {r.can.approve && (
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Button type="primary" onClick={() => setApproving(true)}>
              {t('auditWork.report.approve')}
            </Button>
            <Button onClick={() => setReturning(true)}>{t('auditWork.report.return')}</Button>
          </Flex>
        )}
      </Card>
      <FindingsList findings={r.findings} loading={false} showUnit testId="report-findings" />
      <FormModal<{ password: string }>
        name="approve-report"
        open={approving}
        title={t('auditWork.report.approve')}
        okText={t('auditWork.report.approve')}
        onCancel={() => setApproving(false)}
        onSubmit={async (v) => {
          await transition({ action: 'approve', password: v.password });
          await refresh();
          setApproving(false);
        }}
      >
        <Form.Item name="password" label={t('auditWork.report.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </FormModal>
      <FormModal<{ comment: string }>
        name="return-report"
        open={returning}
        title={t('auditWork.report.return')}
        okText={t('auditWork.report.return')}
        onCancel={() => setReturning(false)}
        onSubmit={async (v) => {
          await transition({ action: 'return', comment: v.comment });
          await refresh();
          setReturning(false);
        }}
      >
        <Form.Item name="comment" label={t('auditWork.report.comment')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
