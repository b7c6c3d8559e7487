import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, InputNumber, Select, Space, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type FileListItem,
  type FilesPage as FilesPageData,
  fileStates,
} from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';
import { DataList, oneOf, useIsPhone, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import {
  FileStateTag,
  NotInCatalogueTag,
  PastRetentionTag,
  TransferStatusTag,
  useRetentionText,
} from './FileTags.tsx';
import { OpenFileModal } from './OpenFileModal.tsx';
import { fileKeys, filePaths } from './queries.ts';

const lists = ['due', 'overdue', 'pastRetention'] as const;

/** Hồ sơ: filters live in the address; counts of what needs doing sit on top. */
export function FilesPage() {
  const { t } = useTranslation();
  const retention = useRetentionText();
  const listState = useListState();
  const [opening, setOpening] = useState(false);
  const phone = useIsPhone();
  const list = oneOf(lists, listState.get('list'));
  const filter = {
    q: listState.get('q'),
    unitId: listState.get('unitId'),
    year: Number(listState.get('year')) || undefined,
    state: oneOf(fileStates, listState.get('state')),
    notInCatalogue: oneOf(['true', 'false'] as const, listState.get('notInCatalogue')),
  };
  const { page, pageSize } = listState;
  const query = {
    ...filter,
    transfer: list === 'due' || list === 'overdue' ? list : undefined,
    pastRetention: list === 'pastRetention' ? 'true' : undefined,
    page,
    pageSize,
  };
  const files = useQuery({
    queryKey: fileKeys.list(query),
    queryFn: () => api.get<FilesPageData>('/record-files', query),
    placeholderData: keepPreviousData,
  });
  const [text, setText] = useState(filter.q ?? '');
  useEffect(() => setText(filter.q ?? ''), [filter.q]);

  const update = listState.update;
  const filtered = listState.filtered;
  const counts = files.data?.counts;
  const countCard = (key: keyof NonNullable<typeof counts>, onClick: () => void, danger = false) => (
    <Card size="small" hoverable onClick={onClick} style={{ minWidth: 150 }}>
      <Statistic
        title={t(`recordFiles.counts.${key}`)}
        value={counts?.[key] ?? 0}
        formatter={(v) => formatNumber(Number(v))}
        styles={{ content: danger && counts?.[key] ? { color: '#cf1322' } : undefined }}
      />
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('recordFiles.title')}
        subtitle={t('recordFiles.subtitle')}
        extra={
          <>
            <Link to={filePaths.transfers}>
              <Button icon={<SendOutlined aria-hidden />}>{t('recordFiles.transfers')}</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
              {t('recordFiles.open')}
            </Button>
          </>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        {countCard('open', () => update({ state: 'open', list: undefined }))}
        {countCard('dueForTransfer', () => update({ list: 'due', state: undefined }))}
        {countCard('overdueForTransfer', () => update({ list: 'overdue', state: undefined }), true)}
        {countCard('pastRetention', () => update({ list: 'pastRetention', state: undefined }))}
        {countCard('notInCatalogue', () => update({ notInCatalogue: 'true' }))}
      </Flex>
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('recordFiles.search')}
            placeholder={t('recordFiles.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(q) => update({ q: q.trim() || undefined })}
            style={filterStyle(260)}
          />
          <UnitSelect
            aria-label={t('recordFiles.fields.unit')}
            placeholder={t('recordFiles.fields.unit')}
            allowClear
            value={filter.unitId}
            onChange={(unitId) => update({ unitId })}
            style={filterStyle(220)}
          />
          <InputNumber
            aria-label={t('recordFiles.filters.year')}
            placeholder={t('recordFiles.filters.year')}
            min={1900}
            max={2200}
            value={filter.year}
            onChange={(year) => update({ year: year ?? undefined })}
            style={filterStyle(110)}
          />
          <Select
            aria-label={t('recordFiles.filters.state')}
            placeholder={t('recordFiles.filters.state')}
            allowClear
            value={filter.state}
            onChange={(state) => update({ state })}
            options={fileStates.map((s) => ({ value: s, label: t(`recordFiles.state.${s}`) }))}
            style={filterStyle(160)}
          />
          <Select
            aria-label={t('recordFiles.filters.catalogue')}
            placeholder={t('recordFiles.filters.catalogue')}
            allowClear
            value={filter.notInCatalogue}
            onChange={(notInCatalogue) => update({ notInCatalogue })}
            options={[
              { value: 'false', label: t('recordFiles.inCatalogue') },
              { value: 'true', label: t('recordFiles.notInCatalogue') },
            ]}
            style={filterStyle(220)}
            popupMatchSelectWidth={false}
          />
          <Select
            aria-label={t('recordFiles.filters.list')}
            placeholder={t('recordFiles.filters.list')}
            allowClear
            value={list}
            onChange={(value) => update({ list: value })}
            options={[
              { value: 'due', label: t('recordFiles.filters.dueForTransfer') },
              { value: 'overdue', label: t('recordFiles.filters.overdueForTransfer') },
              { value: 'pastRetention', label: t('recordFiles.filters.pastRetention') },
            ]}
            style={filterStyle(200)}
            popupMatchSelectWidth={false}
          />
          {filtered && <Button onClick={listState.clear}>{t('common.clearFilters')}</Button>}
        </Flex>
        <ErrorAlert error={files.error} />
        <DataList<FileListItem>
          label={t('recordFiles.title')}
          testId="files-list"
          rowKey="id"
          loading={files.isFetching}
          data={files.data?.items}
          total={files.data?.total ?? 0}
          state={listState}
          empty={<Empty description={filtered ? t('recordFiles.empty') : t('recordFiles.emptyAll')} />}
          columns={[
            {
              key: 'fileCode',
              title: t('recordFiles.fields.fileCode'),
              render: (_, f) => (
                <Link to={filePaths.file(f.id)} style={{ whiteSpace: 'nowrap' }}>
                  {f.fileCode}
                </Link>
              ),
            },
            {
              key: 'title',
              card: 'title',
              title: t('recordFiles.fields.title'),
              render: (_, f) => (
                <div style={{ minWidth: 180, maxWidth: 260 }}>
                  {phone ? (
                    <Link to={filePaths.file(f.id)}>
                      {f.fileCode} {f.title}
                    </Link>
                  ) : (
                    <Typography.Text>{f.title}</Typography.Text>
                  )}
                  <Space size={4} wrap style={{ display: 'flex', marginTop: 4 }}>
                    {f.notInCatalogue && <NotInCatalogueTag />}
                    <TransferStatusTag status={f.transferStatus} />
                    <PastRetentionTag past={f.pastRetention} />
                  </Space>
                </div>
              ),
            },
            {
              key: 'state',
              card: 'field',
              title: t('recordFiles.fields.state'),
              render: (_, f) => <FileStateTag state={f.state} />,
            },
            {
              key: 'unit',
              card: 'field',
              title: t('recordFiles.fields.unit'),
              render: (_, f) => <div style={{ minWidth: 100, maxWidth: 140 }}>{f.unitName}</div>,
            },
            {
              key: 'period',
              card: 'field',
              title: t('recordFiles.fields.period'),
              render: (_, f) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(f.startDate)} –
                  <br />
                  {formatDate(f.endDate)}
                </span>
              ),
            },
            {
              key: 'retention',
              title: t('recordFiles.fields.retention'),
              render: (_, f) => retention(f.retentionYears),
            },
            {
              key: 'owner',
              card: 'field',
              title: t('recordFiles.fields.owner'),
              render: (_, f) => <div style={{ maxWidth: 120 }}>{f.ownerPersonName ?? ''}</div>,
            },
            {
              key: 'items',
              title: t('recordFiles.fields.itemCount'),
              align: 'right',
              render: (_, f) => formatNumber(f.itemCount),
            },
          ]}
        />
      </Card>
      <OpenFileModal open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
