import './texts.ts';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  type RiskSummary,
  riskKindNames,
  riskKinds,
  riskLevelNames,
  riskLevels,
  riskStateNames,
  riskStates,
} from '../../../contract/risks.ts';
import { DataList, oneOf, useListState } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../app/components/filterStyle.ts';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDate } from '../../app/format.ts';
import { pick } from '../../app/i18n/index.ts';
import { useUnits } from '../org/queries.ts';
import { type RiskFilter, riskPaths, useRisks } from './queries.ts';
import { CreateRiskModal } from './RiskModals.tsx';
import { RiskPage } from './RiskPage.tsx';
import { RiskLevelTag, RiskStateTag } from './RiskTags.tsx';

/** Rủi ro và cơ hội: the register, and /risks/:id one of them (one chunk for the area). */
export function RisksPage() {
  const { id } = useParams();
  return id ? <RiskPage key={id} /> : <Register />;
}

const isoDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

function Register() {
  const { t } = useTranslation();
  const state = useListState();
  const filter: RiskFilter = {
    unitId: state.get('unitId'),
    kind: oneOf(riskKinds, state.get('kind')),
    level: oneOf(riskLevels, state.get('level')),
    state: oneOf(riskStates, state.get('state')),
    from: isoDay(state.get('from')),
    to: isoDay(state.get('to')),
    q: state.get('q'),
    page: state.page,
    pageSize: state.pageSize,
  };
  const list = useRisks(filter);
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState(filter.q ?? '');
  useEffect(() => setText(filter.q ?? ''), [filter.q]);
  const set = (patch: Record<string, string | undefined>) => state.update(patch);
  const select = <T extends string>(
    key: 'kind' | 'level' | 'state',
    label: string,
    values: readonly T[],
    names: Record<T, { vi: string; en: string }>,
  ) => (
    <Select
      allowClear
      aria-label={label}
      placeholder={label}
      style={filterStyle(170)}
      value={filter[key]}
      onChange={(value) => set({ [key]: value })}
      options={values.map((v) => ({ value: v, label: pick(names[v]) }))}
    />
  );

  // The workbook holds what the register shows, with its filters (not its page).
  const { page: _page, pageSize: _pageSize, ...filters } = filter;
  const exportQuery = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

  return (
    <>
      <PageHeader
        title={t('risks.title')}
        subtitle={t('risks.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/api/v1/risks/register.xlsx${exportQuery ? `?${exportQuery}` : ''}`}
            >
              {t('risks.register')}
            </Button>
            {list.data?.canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('risks.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('risks.fields.unit')}
          placeholder={t('risks.fields.unit')}
          style={filterStyle(240)}
          value={filter.unitId}
          onChange={(value) => set({ unitId: value })}
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        {select('level', t('risks.fields.level'), riskLevels, riskLevelNames)}
        {select('state', t('risks.fields.state'), riskStates, riskStateNames)}
        {select('kind', t('risks.fields.kind'), riskKinds, riskKindNames)}
        <Input.Search
          allowClear
          aria-label={t('risks.filters.search')}
          placeholder={t('risks.filters.search')}
          style={filterStyle(260)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
        {(filter.from || filter.to) && (
          <Tag closable onClose={() => set({ from: undefined, to: undefined })}>
            {t('risks.filters.period', { from: formatDate(filter.from), to: formatDate(filter.to) })}
          </Tag>
        )}
        {state.filtered && <Button onClick={state.clear}>{t('common.clearFilters')}</Button>}
      </Flex>
      <ErrorAlert error={list.error} />
      <DataList<RiskSummary>
        label={t('risks.title')}
        testId="risks-list"
        rowKey="id"
        loading={list.isLoading}
        data={list.data?.items}
        total={list.data?.total ?? 0}
        state={state}
        empty={
          <Empty description={t('risks.empty')}>
            {list.data?.canCreate && !state.filtered && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('risks.create')}
              </Button>
            )}
          </Empty>
        }
        columns={[
          {
            key: 'description',
            card: 'title',
            title: t('risks.fields.description'),
            render: (_, r) => (
              <div style={{ minWidth: 240, maxWidth: 420 }}>
                <Link to={riskPaths.one(r.id)}>
                  {r.code} {r.description}
                </Link>
                <br />
                <Typography.Text type="secondary">
                  {pick(riskKindNames[r.kind])} · {r.unitName} · {r.process}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'level',
            card: 'field',
            title: t('risks.fields.level'),
            render: (_, r) => <RiskLevelTag level={r.level} score={r.score} />,
          },
          {
            key: 'state',
            card: 'field',
            title: t('risks.fields.state'),
            render: (_, r) => <RiskStateTag state={r.state} />,
          },
          {
            key: 'treatment',
            card: 'field',
            title: t('risks.fields.treatment'),
            render: (_, r) => <TreatmentCell risk={r} />,
          },
          {
            key: 'open',
            card: 'action',
            title: '',
            render: (_, r) => <Link to={riskPaths.one(r.id)}>{t('risks.openRecord')}</Link>,
          },
        ]}
      />
      <CreateRiskModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

/** Owner and due date of the treatment; red when overdue, its done day once done. */
function TreatmentCell({ risk }: { risk: RiskSummary }) {
  const { t } = useTranslation();
  if (!risk.treatmentDueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  const due = risk.treatmentDoneOn
    ? `${t('risks.treatment.doneOn')} ${formatDate(risk.treatmentDoneOn)}`
    : `${t('risks.treatment.due')} ${formatDate(risk.treatmentDueOn)}`;
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      {risk.treatmentOwnerName}
      <br />
      <Typography.Text type={risk.overdue ? 'danger' : 'secondary'}>
        {due}
        {risk.overdue ? ` (${t('risks.treatment.overdue')})` : ''}
      </Typography.Text>
    </div>
  );
}
