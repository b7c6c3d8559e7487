import { FileExcelOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Collapse, DatePicker, Flex, Form, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type CaseFigureKey,
  type CaseFigures,
  type CaseMeasures,
  caseFigureKeys,
  caseFigureNames,
  rateKeys,
  workingDayKeys,
} from '../../../../contract/case-measures.ts';
import { api } from '../../../app/api.ts';
import { DataList, type ListColumn } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PaperButtons } from '../../../app/components/PaperButtons.tsx';
import { ReportPeriod } from '../../../app/components/ReportPeriod.tsx';
import { DATE_FORMAT, formatDate, formatDecimal, formatNumber, toIsoDate } from '../../../app/format.ts';
import { pick } from '../../../app/i18n/index.ts';
import { DocumentPicker } from '../../documents/edit/DocumentPicker.tsx';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { MonthlyChart, monthLabel, percent, UnitChart } from './MeasuresCharts.tsx';

const isDate = (s: string | null): s is string => Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s));
const filterKeys = ['from', 'to', 'unitId', 'procedureId'] as const;
const helpKeys = ['period', 'counts', 'onTime', 'caseDays', 'steps', 'overdue', 'file', 'leftOpen'] as const;

const show = (key: CaseFigureKey, f: CaseFigures) =>
  rateKeys.includes(key)
    ? percent(f[key] as number | null)
    : workingDayKeys.includes(key)
      ? formatDecimal(f[key] as number | null, 1)
      : formatNumber(f[key] as number);

const headline: CaseFigureKey[] = [
  'started',
  'finished',
  'onTimeRate',
  'avgWorkingDaysPerCase',
  'overdueCases',
  'avgWorkingDaysPerStep',
  'fileOpenedAtStartRate',
  'filesLeftOpen',
];

/** A row of a table, or its totals row (bold; in the cards too, as the last card). */
type Totalled = { total?: true };
const bold = (row: Totalled, node: ReactNode) => (row.total ? <strong>{node}</strong> : node);

function figureColumns<R extends CaseFigures & Totalled>(
  keys: readonly CaseFigureKey[] = caseFigureKeys,
): ListColumn<R>[] {
  return keys.map((key) => ({
    key,
    // A phone's card shows the headline figures; the table (and the Excel) every one.
    card: headline.includes(key) ? ('field' as const) : undefined,
    title: pick(caseFigureNames[key]),
    width: 96,
    align: 'right' as const,
    render: (_: unknown, row: R) => bold(row, show(key, row)),
  }));
}

/** Đo lường xử lý công việc: per unit, procedure and period; charts, tables and XLSX. */
export function CaseMeasuresPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = Object.fromEntries(
    filterKeys.flatMap((k) => {
      const v = params.get(k);
      return v && (k.endsWith('Id') || isDate(v)) ? [[k, v]] : [];
    }),
  ) as Partial<Record<(typeof filterKeys)[number], string>>;
  const measures = useQuery({
    queryKey: ['case-measures', query],
    queryFn: () => api.get<CaseMeasures>('/reports/case-measures', query),
    placeholderData: keepPreviousData,
  });
  const m = measures.data;
  const set = (key: (typeof filterKeys)[number], value: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const qs = new URLSearchParams(query).toString();
  const totalLabel = t('caseMeasures.total');
  const unitRows: Array<CaseMeasures['byUnit'][number] & Totalled> | undefined = m && [
    ...m.byUnit,
    { ...m.totals, unitId: 'total', unitName: totalLabel, depth: 0, total: true },
  ];
  return (
    <>
      <PageHeader
        title={t('caseMeasures.title')}
        subtitle={
          m
            ? t('caseMeasures.subtitle', {
                from: formatDate(m.from),
                to: formatDate(m.to),
                today: formatDate(m.today),
              })
            : undefined
        }
        extra={
          <>
            <Button
              href={`/api/v1/reports/case-measures.xlsx${qs ? `?${qs}` : ''}`}
              download
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('caseMeasures.xlsx')}
            </Button>
            <PaperButtons path="/api/v1/reports/case-measures" qs={qs} />
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <ReportPeriod from={m?.from} to={m?.to} />
          <Form layout="vertical">
            <Flex gap={12} wrap>
              <Form.Item label={t('caseMeasures.from')} htmlFor="measures-from" style={filterStyle(180)}>
                <DatePicker
                  id="measures-from"
                  format={DATE_FORMAT}
                  value={m ? dayjs(m.from) : undefined}
                  allowClear={false}
                  onChange={(d) => set('from', toIsoDate(d))}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item label={t('caseMeasures.to')} htmlFor="measures-to" style={filterStyle(180)}>
                <DatePicker
                  id="measures-to"
                  format={DATE_FORMAT}
                  value={m ? dayjs(m.to) : undefined}
                  allowClear={false}
                  onChange={(d) => set('to', toIsoDate(d))}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item label={t('caseMeasures.unit')} htmlFor="measures-unit" style={filterStyle(260)}>
                <UnitSelect
                  id="measures-unit"
                  allowClear
                  placeholder={t('caseMeasures.allUnits')}
                  value={query.unitId}
                  onChange={(v) => set('unitId', v)}
                />
              </Form.Item>
              <Form.Item
                label={t('caseMeasures.procedure')}
                htmlFor="measures-procedure"
                style={filterStyle(320)}
              >
                <DocumentPicker
                  id="measures-procedure"
                  placeholder={t('caseMeasures.allProcedures')}
                  value={query.procedureId}
                  onChange={(v) => set('procedureId', v)}
                />
              </Form.Item>
            </Flex>
          </Form>
          <ErrorAlert error={measures.error} />
          <Collapse
            size="small"
            items={[
              {
                key: 'help',
                label: t('caseMeasures.helpTitle'),
                children: (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {helpKeys.map((k) => (
                      <li key={k}>{t(`caseMeasures.help.${k}`)}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </Card>
        {m && (
          <Flex gap={16} wrap data-testid="measures-headline">
            {headline.map((key) => (
              <Card key={key} size="small" style={{ flex: '1 1 160px' }}>
                <Statistic title={pick(caseFigureNames[key])} value={show(key, m.totals)} />
              </Card>
            ))}
          </Flex>
        )}
        {m && (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card title={t('caseMeasures.monthly')} size="small">
                <MonthlyChart rows={m.byMonth} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('caseMeasures.byUnit')} size="small">
                <UnitChart rows={m.byUnit} />
              </Card>
            </Col>
          </Row>
        )}
        <Card title={t('caseMeasures.byUnit')} size="small">
          <DataList<CaseMeasures['byUnit'][number] & Totalled>
            label={t('caseMeasures.byUnit')}
            testId="measures-by-unit"
            rowKey="unitId"
            size="small"
            bordered
            loading={measures.isFetching}
            data={unitRows}
            pageSize={500}
            hideOnSinglePage
            columns={[
              {
                key: 'unit',
                card: 'title',
                title: t('caseMeasures.unit'),
                width: 220,
                render: (_, row) => (
                  <span style={{ paddingInlineStart: row.depth * 16, display: 'inline-block' }}>
                    {bold(row, row.unitName)}
                  </span>
                ),
              },
              ...figureColumns<CaseMeasures['byUnit'][number] & Totalled>(),
            ]}
          />
        </Card>
        <Card title={t('caseMeasures.byProcedure')} size="small">
          <DataList<CaseMeasures['byProcedure'][number]>
            label={t('caseMeasures.byProcedure')}
            testId="measures-by-procedure"
            rowKey="procedureId"
            size="small"
            bordered
            loading={measures.isFetching}
            data={m?.byProcedure}
            hideOnSinglePage
            empty={t('caseMeasures.noData')}
            columns={[
              {
                key: 'title',
                card: 'title',
                title: t('caseMeasures.procedure'),
                width: 300,
                render: (_, r) => (
                  <span>
                    <strong style={{ whiteSpace: 'nowrap' }}>{r.code}</strong> {r.title}
                  </span>
                ),
              },
              ...figureColumns<CaseMeasures['byProcedure'][number]>(),
            ]}
          />
        </Card>
        <Card title={t('caseMeasures.monthly')} size="small">
          <DataList<CaseMeasures['byMonth'][number]>
            label={t('caseMeasures.monthly')}
            testId="measures-by-month"
            rowKey="month"
            size="small"
            bordered
            loading={measures.isFetching}
            data={m?.byMonth}
            pageSize={500}
            hideOnSinglePage
            columns={[
              {
                key: 'month',
                card: 'title',
                title: t('caseMeasures.month'),
                width: 90,
                render: (_, r) => monthLabel(r.month),
              },
              ...figureColumns<CaseMeasures['byMonth'][number]>(
                caseFigureKeys.filter((k) => k !== 'overdueSteps' && k !== 'overdueCases'),
              ),
            ]}
          />
        </Card>
        <Typography.Text type="secondary">{t('caseMeasures.help.overdue')}</Typography.Text>
      </Flex>
    </>
  );
}
