import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type NcSummary, ncSources, ncStates } from '../../../contract/nonconformities.ts';
import { DataList, oneOf, useListState } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../app/components/filterStyle.ts';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../app/format.ts';
import { useUnits } from '../org/queries.ts';
import { CreateNcModal } from './NcCreateModal.tsx';
import { NcSettingsButton } from './NcSettings.tsx';
import { GradeTag, NcStateTag } from './NcTags.tsx';
import { NonconformityPage } from './NonconformityPage.tsx';
import { type NcFilter, ncPaths, useNcs } from './queries.ts';

/** Sự không phù hợp: the register, and /nonconformities/:id one record (one chunk for the area). */
export function NonconformitiesPage() {
  const { id } = useParams();
  return id ? <NonconformityPage key={id} /> : <Register />;
}

function Register() {
  const { t } = useTranslation();
  const state = useListState();
  const filter: NcFilter = {
    state: oneOf(ncStates, state.get('state')),
    source: oneOf(ncSources, state.get('source')),
    unitId: state.get('unitId'),
    actions: oneOf(['open', 'overdue'] as const, state.get('actions')),
    originId: state.get('originId'),
    q: state.get('q'),
    page: state.page,
    pageSize: state.pageSize,
  };
  const list = useNcs(filter);
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState(filter.q ?? '');
  useEffect(() => setText(filter.q ?? ''), [filter.q]);
  const set = (patch: Record<string, string | undefined>) => state.update(patch);
  const exportQuery = new URLSearchParams(
    Object.entries({
      state: filter.state,
      source: filter.source,
      unitId: filter.unitId,
      actions: filter.actions,
      originId: filter.originId,
      q: filter.q,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

  return (
    <>
      <PageHeader
        title={t('nonconformities.title')}
        subtitle={t('nonconformities.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <NcSettingsButton />
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={`/api/v1/nonconformities/register.xlsx${exportQuery ? `?${exportQuery}` : ''}`}
            >
              {t('nonconformities.register')}
            </Button>
            {list.data?.canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('nonconformities.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('nonconformities.filters.state')}
          placeholder={t('nonconformities.filters.state')}
          style={filterStyle(200)}
          value={filter.state}
          onChange={(value) => set({ state: value })}
          options={ncStates.map((s) => ({ value: s, label: t(`nonconformities.states.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t('nonconformities.filters.source')}
          placeholder={t('nonconformities.filters.source')}
          style={filterStyle(200)}
          value={filter.source}
          onChange={(value) => set({ source: value })}
          options={ncSources.map((s) => ({ value: s, label: t(`nonconformities.sources.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t('nonconformities.fields.unit')}
          placeholder={t('nonconformities.fields.unit')}
          style={filterStyle(240)}
          value={filter.unitId}
          onChange={(value) => set({ unitId: value })}
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          allowClear
          aria-label={t('nonconformities.actionsFilter.label')}
          placeholder={t('nonconformities.actionsFilter.label')}
          style={filterStyle(220)}
          value={filter.actions}
          onChange={(value) => set({ actions: value })}
          options={(['open', 'overdue'] as const).map((a) => ({
            value: a,
            label: t(`nonconformities.actionsFilter.${a}`),
          }))}
        />
        <Input.Search
          allowClear
          aria-label={t('nonconformities.filters.search')}
          placeholder={t('nonconformities.filters.search')}
          style={filterStyle(240)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
        {state.filtered && <Button onClick={state.clear}>{t('common.clearFilters')}</Button>}
      </Flex>
      <ErrorAlert error={list.error} />
      <DataList<NcSummary>
        label={t('nonconformities.title')}
        testId="nonconformities-list"
        rowKey="id"
        loading={list.isLoading}
        data={list.data?.items}
        total={list.data?.total ?? 0}
        state={state}
        empty={<Empty description={t('nonconformities.empty')} />}
        columns={[
          {
            key: 'title',
            card: 'title',
            title: t('nonconformities.fields.title'),
            render: (_, nc) => (
              <div style={{ minWidth: 220, maxWidth: 380 }}>
                <Link to={ncPaths.one(nc.id)}>
                  {nc.code} {nc.title}
                </Link>
                <br />
                <Typography.Text type="secondary">
                  {t(`nonconformities.sources.${nc.source}`)} · {nc.unitName}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'state',
            card: 'field',
            title: t('nonconformities.fields.state'),
            render: (_, nc) => (
              <Flex gap={4} wrap>
                <NcStateTag state={nc.state} />
                <GradeTag grade={nc.grade} />
              </Flex>
            ),
          },
          {
            key: 'detected',
            card: 'field',
            title: t('nonconformities.fields.detectedOn'),
            render: (_, nc) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(nc.detectedOn)}</span>,
          },
          {
            key: 'actions',
            card: 'field',
            title: t('nonconformities.fields.actions'),
            render: (_, nc) =>
              nc.overdueActions > 0 ? (
                <Typography.Text type="danger">
                  {formatNumber(nc.openActions)} ({t('nonconformities.action.overdue')}:{' '}
                  {formatNumber(nc.overdueActions)})
                </Typography.Text>
              ) : (
                formatNumber(nc.openActions)
              ),
          },
          {
            key: 'open',
            card: 'action',
            title: '',
            render: (_, nc) => <Link to={ncPaths.one(nc.id)}>{t('nonconformities.openRecord')}</Link>,
          },
        ]}
      />
      <CreateNcModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
