import { FileExcelOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Form, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type StatusFigures,
  type StatusReport,
  statusFigureKeys,
  statusFigureNames,
} from '../../../../contract/document-reports.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PaperButtons } from '../../../app/components/PaperButtons.tsx';
import { ReportPeriod } from '../../../app/components/ReportPeriod.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { DATE_FORMAT, formatDate, formatNumber, todayIso, toIsoDate } from '../../../app/format.ts';
import { pick } from '../../../app/i18n/index.ts';
import { docKeys } from '../queries.ts';

type Row = StatusReport['rows'][number];
const isDate = (s: string | null): s is string => Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s));

/** Tình hình xây dựng, cải tiến tài liệu: per unit, for a period; on screen, XLSX and DOCX. */
export function StatusReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Without a period in the address the server chooses one where there is data and says which.
  const asked = Object.fromEntries(
    (['from', 'to'] as const).flatMap((k) => (isDate(params.get(k)) ? [[k, params.get(k) as string]] : [])),
  ) as { from?: string; to?: string };
  const report = useQuery({
    queryKey: [...docKeys.all, 'status-report', asked.from, asked.to],
    queryFn: () => api.get<StatusReport>('/reports/documents-status', asked),
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  const today = todayIso();
  const from = r?.from ?? asked.from ?? `${today.slice(0, 4)}-01-01`;
  const to = r?.to ?? asked.to ?? today;
  const set = (key: 'from' | 'to', value: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const qs = new URLSearchParams({ from, to }).toString();
  const figureColumns = (group: 'system' | 'business') =>
    statusFigureKeys.map((key) => ({
      key: `${group}-${key}`,
      title: pick(statusFigureNames[key]),
      width: 80,
      align: 'right' as const,
      render: (_: unknown, row: Pick<Row, 'system' | 'business'>) => formatNumber(row[group][key]),
    }));
  const totalCells = (figures: StatusFigures, offset: number) =>
    statusFigureKeys.map((key, i) => (
      <Table.Summary.Cell key={key} index={offset + i} align="right">
        <strong>{formatNumber(figures[key])}</strong>
      </Table.Summary.Cell>
    ));

  return (
    <>
      <PageHeader
        title={t('documents.report.title')}
        subtitle={
          r
            ? t('documents.report.subtitle', {
                agency: r.agencyName,
                from: formatDate(from),
                to: formatDate(to),
              })
            : undefined
        }
        extra={
          <>
            <Button
              href={`/api/v1/reports/documents-status.xlsx?${qs}`}
              download
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('documents.report.xlsx')}
            </Button>
            <PaperButtons path="/api/v1/reports/documents-status" qs={qs} />
          </>
        }
      />
      <Card>
        <ReportPeriod from={r?.from} to={r?.to} />
        <Form layout="vertical">
          <Flex gap={12} wrap>
            <Form.Item label={t('documents.report.from')} htmlFor="report-from" style={filterStyle(200)}>
              <DatePicker
                id="report-from"
                format={DATE_FORMAT}
                value={dayjs(from)}
                allowClear={false}
                onChange={(d) => set('from', toIsoDate(d))}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item label={t('documents.report.to')} htmlFor="report-to" style={filterStyle(200)}>
              <DatePicker
                id="report-to"
                format={DATE_FORMAT}
                value={dayjs(to)}
                allowClear={false}
                onChange={(d) => set('to', toIsoDate(d))}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Flex>
        </Form>
        <ErrorAlert error={report.error} />
        {r && (
          <section aria-labelledby="report-summary" style={{ marginBottom: 16 }}>
            <Typography.Title level={2} id="report-summary" style={{ fontSize: 16 }}>
              {t('documents.report.summary')}
            </Typography.Title>
            <Typography.Paragraph style={{ fontSize: 15, maxWidth: 960 }} data-testid="report-summary">
              {pick({ vi: r.summary, en: r.summaryEn })}
            </Typography.Paragraph>
          </section>
        )}
        <ScrollX label={t('documents.report.title')}>
          <Table<Row>
            rowKey="unitId"
            size="small"
            bordered
            loading={report.isFetching}
            pagination={false}
            dataSource={r?.rows}
            columns={[
              {
                key: 'unit',
                title: t('documents.fields.unit'),
                width: 200,
                render: (_, row) => (
                  <span
                    style={{ paddingInlineStart: row.depth * 16, display: 'inline-block', minWidth: 150 }}
                  >
                    {row.unitName}
                  </span>
                ),
              },
              { key: 'system', title: t('documents.report.system'), children: figureColumns('system') },
              { key: 'business', title: t('documents.report.business'), children: figureColumns('business') },
            ]}
            summary={() =>
              r && (
                <Table.Summary>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <strong>{t('documents.report.total')}</strong>
                    </Table.Summary.Cell>
                    {totalCells(r.totals.system, 1)}
                    {totalCells(r.totals.business, 1 + statusFigureKeys.length)}
                  </Table.Summary.Row>
                </Table.Summary>
              )
            }
          />
        </ScrollX>
      </Card>
    </>
  );
}
