import './texts.ts';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Page } from '../../../contract/common.ts';
import type { MasterListItem } from '../../../contract/documents.ts';
import {
  type ObjectiveDetail,
  type ObjectiveListItem,
  type ObjectiveSummary,
  reportPeriods,
} from '../../../contract/objectives.ts';
import { api } from '../../app/api.ts';
import { Chart } from '../../app/components/Chart.tsx';
import { DataList } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatNumber, todayIso } from '../../app/format.ts';
import { PersonSelect } from '../org/people/PersonSelect.tsx';
import { useUnits } from '../org/queries.ts';
import { ObjectivePage } from './ObjectivePage.tsx';
import { ObjectiveStateTag, StatusTag } from './ObjectiveTags.tsx';
import { PublicPageControl } from './PublicPageControl.tsx';
import { periodLabel } from './period.ts';
import { objectivePaths, storeObjective, useObjectives } from './queries.ts';

/** Mục tiêu chất lượng: the year's tree, and /objectives/:id one objective (one chunk for the area). */
export function ObjectivesPage() {
  const { id } = useParams();
  return id ? <ObjectivePage key={id} /> : <YearTree />;
}

type Row = ObjectiveListItem & { depth: number };

/** The agency's objectives, each followed by the unit objectives contributing to it; then the others. */
function treeOrder(items: ObjectiveListItem[]): Row[] {
  const agency = items.filter((o) => o.unitId === null);
  const placed = new Set<string>();
  const rows: Row[] = [];
  for (const a of agency) {
    rows.push({ ...a, depth: 0 });
    placed.add(a.id);
    for (const child of items.filter((o) => o.parentId === a.id)) {
      rows.push({ ...child, depth: 1 });
      placed.add(child.id);
    }
  }
  for (const o of items) if (!placed.has(o.id)) rows.push({ ...o, depth: 0 });
  return rows;
}

function YearTree() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIso().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const list = useObjectives(year);
  const [creating, setCreating] = useState(false);
  const [period, setPeriod] = useState<ReportPeriod>('year');
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
  return (
    <>
      <PageHeader
        title={t('objectives.title')}
        subtitle={t('objectives.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <PublicPageControl />
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/api/v1/objectives/values.xlsx?year=${year}`}
            >
              {t('objectives.valuesXlsx')}
            </Button>
            {list.data?.canDraft && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('objectives.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('objectives.year')}
          value={year}
          style={{ width: 120 }}
          onChange={(y) => setParams(y === thisYear ? {} : { year: String(y) })}
          options={years.map((y) => ({ value: y, label: `${t('objectives.year')} ${y}` }))}
        />
        <Select
          aria-label={t('objectives.report.period')}
          value={period}
          style={{ width: 170 }}
          onChange={setPeriod}
          options={reportPeriods.map((p) => ({ value: p, label: t(`objectives.report.periods.${p}`) }))}
        />
        {(['docx', 'pdf'] as const).map((format) => (
          <Button
            key={format}
            icon={<DownloadOutlined aria-hidden />}
            href={`/api/v1/objectives/report.${format}?year=${year}&period=${period}`}
          >
            {t(`objectives.report.${format}`)}
          </Button>
        ))}
      </Flex>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <DataList<Row>
        label={t('objectives.title')}
        testId="objectives-list"
        rowKey="id"
        loading={list.isLoading}
        data={list.data ? treeOrder(list.data.items) : undefined}
        pageSize={100}
        empty={<Empty description={t('objectives.empty')} />}
        columns={[
          {
            key: 'title',
            card: 'title',
            title: t('objectives.fields.title'),
            render: (_, o) => (
              <div style={{ minWidth: 220, maxWidth: 460, paddingInlineStart: o.depth * 24 }}>
                <Link to={objectivePaths.one(o.id)}>{o.title}</Link>
                <br />
                <Typography.Text type="secondary">
                  {o.unitName ?? t('objectives.agencyLevel')}
                  {o.owner?.name ? ` · ${o.owner.name}` : ''}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'status',
            card: 'field',
            title: t('objectives.fields.status'),
            render: (_, o) => <StatusTag status={o.status} />,
          },
          {
            key: 'trends',
            card: 'field',
            title: t('objectives.fields.trends'),
            render: (_, o) => <Trends trends={o.trends} />,
          },
          {
            key: 'indicators',
            card: 'field',
            title: t('objectives.fields.indicators'),
            align: 'right',
            render: (_, o) => formatNumber(o.indicatorCount),
          },
          {
            key: 'state',
            card: 'field',
            title: t('objectives.fields.state'),
            render: (_, o) => <ObjectiveStateTag state={o.state} />,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, maxWidth: 900 }}>
        {t('objectives.statusRule')}
      </Typography.Paragraph>
      <CreateObjectiveModal
        open={creating}
        year={year}
        agencyObjectives={(list.data?.items ?? []).filter((o) => o.unitId === null)}
        onClose={() => setCreating(false)}
      />
    </>
  );
}

/** Each indicator's latest values as a sparkline (the app's one chart), its name beside it. */
function Trends({ trends }: { trends: ObjectiveListItem['trends'] }) {
  const { t, i18n } = useTranslation();
  if (!trends.length) return <span aria-hidden>—</span>;
  return (
    <Flex vertical gap={4} style={{ minWidth: 160, maxWidth: '100%' }}>
      {trends.map((ind) => (
        <Flex key={ind.id} gap={8} align="center" style={{ minWidth: 0 }}>
          <div style={{ width: 88, flex: 'none' }}>
            <Chart
              label={`${ind.name}: ${t('objectives.indicator.sparkline', { count: ind.values.length })}`}
              height={24}
              spec={{
                sparkline: true,
                categories: ind.values.map((v) => periodLabel(v.periodStart, v.periodEnd, i18n.language)),
                series: [
                  {
                    name: ind.name,
                    type: 'line',
                    axis: ind.unit.trim() === '%' ? 'percent' : 'count',
                    data: ind.values.map((v) => v.value),
                  },
                ],
              }}
            />
          </div>
          <Typography.Text
            type="secondary"
            ellipsis={{ tooltip: ind.name }}
            style={{ minWidth: 0, maxWidth: 'min(200px, calc(100vw - 270px))', fontSize: 12 }}
            aria-hidden
          >
            {ind.name}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

type CreateValues = {
  year: number;
  unitId: string;
  parentId?: string;
  documentId?: string;
  title: string;
  description?: string;
  ownerPersonId: string;
};

type ReportPeriod = (typeof reportPeriods)[number];

const AGENCY = 'agency';

function CreateObjectiveModal(props: {
  open: boolean;
  year: number;
  agencyObjectives: ObjectiveSummary[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  // The year's "Mục tiêu chất lượng" document the objective is approved with.
  const objectiveDocuments = useQuery({
    queryKey: ['documents', 'quality_objectives'],
    queryFn: () =>
      api.get<Page<MasterListItem>>('/documents', {
        type: 'quality_objectives',
        status: 'all',
        pageSize: 100,
      }),
    enabled: props.open,
  });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <FormModal<CreateValues>
      name="objective-create"
      open={props.open}
      title={t('objectives.createTitle')}
      okText={t('objectives.create')}
      onCancel={props.onClose}
      width={640}
      initialValues={{ year: props.year }}
      onSubmit={async (v) => {
        const created = await api.post<ObjectiveDetail>('/objectives', {
          year: v.year,
          unitId: v.unitId === AGENCY ? null : v.unitId,
          parentId: v.unitId === AGENCY ? null : (v.parentId ?? null),
          title: v.title,
          description: v.description,
          ownerPersonId: v.ownerPersonId,
          documentId: v.documentId ?? null,
        });
        storeObjective(queryClient, created);
        props.onClose();
        navigate(objectivePaths.one(created.id));
      }}
    >
      <Form.Item name="year" label={t('objectives.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="unitId" label={t('objectives.fields.unit')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: AGENCY, label: t('objectives.agencyLevel') },
            ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['unitId']}>
        {({ getFieldValue }) =>
          getFieldValue('unitId') && getFieldValue('unitId') !== AGENCY && props.agencyObjectives.length ? (
            <Form.Item name="parentId" label={t('objectives.fields.parent')}>
              <Select
                allowClear
                options={props.agencyObjectives.map((o) => ({ value: o.id, label: o.title }))}
              />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Form.Item name="documentId" label={t('objectives.fields.document')}>
        <Select
          allowClear
          loading={objectiveDocuments.isLoading}
          options={(objectiveDocuments.data?.items ?? []).map((d) => ({
            value: d.id,
            label: `${d.code} ${d.title}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('objectives.fields.title')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="description" label={t('objectives.fields.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('objectives.fields.owner')} rules={[{ required: true }]}>
        <PersonSelect onChange={() => undefined} />
      </Form.Item>
    </FormModal>
  );
}
