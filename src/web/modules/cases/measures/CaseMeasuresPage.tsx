import { FileExcelOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Flex,
  Form,
  Row,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type CaseFigureKey,
  type CaseFigures,
  type CaseMeasures,
  caseFigureKeys,
  caseFigureNames,
  rateKeys,
} from '../../../../contract/case-measures.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../../app/format.ts';
import { pick } from '../../../app/i18n/index.ts';
import { DocumentPicker } from '../../documents/edit/DocumentPicker.tsx';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { MonthlyChart, monthLabel, percent, UnitChart } from './MeasuresCharts.tsx';

const isDate = (s: string | null): s is string => Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s));
const filterKeys = ['from', 'to', 'unitId', 'procedureId'] as const;
const helpKeys = ['period', 'counts', 'onTime', 'steps', 'overdue', 'file', 'leftOpen'] as const;

const show = (key: CaseFigureKey, f: CaseFigures) =>
  rateKeys.includes(key)
    ? percent(f[key] as number | null)
    : key === 'avgWorkingDaysPerStep'
      ? (f.avgWorkingDaysPerStep?.toLocaleString('vi-VN') ?? '—')
      : formatNumber(f[key] as number);

function figureColumns<R extends CaseFigures>(): TableColumnsType<R> {
  return caseFigureKeys.map((key) => ({
    key,
    title: pick(caseFigureNames[key]),
    width: 96,
    align: 'right' as const,
    render: (_: unknown, row: R) => show(key, row),
  }));
}

const headline: CaseFigureKey[] = [
  'started',
  'finished',
  'onTimeRate',
  'overdueCases',
  'avgWorkingDaysPerStep',
  'fileOpenedAtStartRate',
  'filesLeftOpen',
];

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
  const totalsRow = (offset: number) =>
    m && (
      <Table.Summary.Row>
        <Table.Summary.Cell index={0} colSpan={offset}>
          <strong>{t('caseMeasures.total')}</strong>
        </Table.Summary.Cell>
        {caseFigureKeys.map((key, i) => (
          <Table.Summary.Cell key={key} index={offset + i} align="right">
            <strong>{show(key, m.totals)}</strong>
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    );

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
          <Button
            href={`/api/v1/reports/case-measures.xlsx${qs ? `?${qs}` : ''}`}
            download
            icon={<FileExcelOutlined aria-hidden />}
          >
            {t('caseMeasures.xlsx')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Card>
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
          <ScrollX label={t('caseMeasures.byUnit')}>
            <Table<CaseMeasures['byUnit'][number]>
              rowKey="unitId"
              size="small"
              bordered
              loading={measures.isFetching}
              pagination={false}
              dataSource={m?.byUnit}
              columns={[
                {
                  key: 'unit',
                  title: t('caseMeasures.unit'),
                  width: 220,
                  render: (_, row) => (
                    <span style={{ paddingInlineStart: row.depth * 16, display: 'inline-block' }}>
                      {row.unitName}
                    </span>
                  ),
                },
                ...figureColumns<CaseMeasures['byUnit'][number]>(),
              ]}
              summary={() => <Table.Summary>{totalsRow(1)}</Table.Summary>}
            />
          </ScrollX>
        </Card>
        <Card title={t('caseMeasures.byProcedure')} size="small">
          <ScrollX label={t('caseMeasures.byProcedure')}>
            <Table<CaseMeasures['byProcedure'][number]>
              rowKey="procedureId"
              size="small"
              bordered
              loading={measures.isFetching}
              pagination={false}
              dataSource={m?.byProcedure}
              locale={{ emptyText: t('caseMeasures.noData') }}
              columns={[
                { key: 'code', title: t('caseMeasures.code'), dataIndex: 'code', width: 120 },
                { key: 'title', title: t('caseMeasures.procedure'), dataIndex: 'title', width: 260 },
                ...figureColumns<CaseMeasures['byProcedure'][number]>(),
              ]}
            />
          </ScrollX>
        </Card>
        <Card title={t('caseMeasures.monthly')} size="small">
          <ScrollX label={t('caseMeasures.monthly')}>
            <Table<CaseMeasures['byMonth'][number]>
              rowKey="month"
              size="small"
              bordered
              loading={measures.isFetching}
              pagination={false}
              dataSource={m?.byMonth}
              columns={[
                {
                  key: 'month',
                  title: t('caseMeasures.month'),
                  width: 90,
                  render: (_, r) => monthLabel(r.month),
                },
                ...figureColumns<CaseMeasures['byMonth'][number]>().filter(
                  (c: { key?: unknown }) => c.key !== 'overdueSteps' && c.key !== 'overdueCases',
                ),
              ]}
            />
          </ScrollX>
        </Card>
        <Typography.Text type="secondary">{t('caseMeasures.help.overdue')}</Typography.Text>
      </Flex>
    </>
  );
}
