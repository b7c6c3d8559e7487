import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Empty,
  Flex,
  Input,
  InputNumber,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  type FileListItem,
  type FilesPage as FilesPageData,
  fileStates,
} from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';
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

const PAGE_SIZE = 20;
const lists = ['due', 'overdue', 'pastRetention'] as const;
const oneOf = <T extends string>(values: readonly T[], v: string | null) => values.find((x) => x === v);

/** Hồ sơ: filters live in the address; counts of what needs doing sit on top. */
export function FilesPage() {
  const { t } = useTranslation();
  const retention = useRetentionText();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const list = oneOf(lists, params.get('list'));
  const filter = {
    q: params.get('q') ?? undefined,
    unitId: params.get('unitId') ?? undefined,
    year: Number(params.get('year')) || undefined,
    state: oneOf(fileStates, params.get('state')),
    notInCatalogue: oneOf(['true', 'false'] as const, params.get('notInCatalogue')),
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = {
    ...filter,
    transfer: list === 'due' || list === 'overdue' ? list : undefined,
    pastRetention: list === 'pastRetention' ? 'true' : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const files = useQuery({
    queryKey: fileKeys.list(query),
    queryFn: () => api.get<FilesPageData>('/record-files', query),
    placeholderData: keepPreviousData,
  });
  const [text, setText] = useState(filter.q ?? '');
  useEffect(() => setText(filter.q ?? ''), [filter.q]);

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });
  const filtered = [...params.keys()].some((k) => k !== 'page');
  const counts = files.data?.counts;
  const countCard = (key: keyof NonNullable<typeof counts>, onClick: () => void, danger = false) => (
    <Card size="small" hoverable onClick={onClick} style={{ minWidth: 150 }}>
      <Statistic
        title={t(`recordFiles.counts.${key}`)}
        value={counts?.[key] ?? 0}
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
          {filtered && (
            <Button onClick={() => setParams(new URLSearchParams())}>{t('common.clearFilters')}</Button>
          )}
        </Flex>
        <ErrorAlert error={files.error} />
        <Table<FileListItem>
          rowKey="id"
          loading={files.isFetching}
          dataSource={files.data?.items}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty description={filtered ? t('recordFiles.empty') : t('recordFiles.emptyAll')} />,
          }}
          onChange={(p) => update({ page: p.current === 1 ? undefined : p.current })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: files.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total, [from, to]) =>
              t('common.range', {
                from: formatNumber(from),
                to: formatNumber(to),
                total: formatNumber(total),
              }),
          }}
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
              title: t('recordFiles.fields.title'),
              render: (_, f) => (
                <div style={{ minWidth: 220, maxWidth: 360 }}>
                  <Typography.Text>{f.title}</Typography.Text>
                  <Space size={4} wrap style={{ display: 'flex', marginTop: 4 }}>
                    {f.notInCatalogue && <NotInCatalogueTag />}
                    <TransferStatusTag status={f.transferStatus} />
                    <PastRetentionTag past={f.pastRetention} />
                  </Space>
                </div>
              ),
            },
            { key: 'unit', title: t('recordFiles.fields.unit'), dataIndex: 'unitName' },
            {
              key: 'period',
              title: t('recordFiles.fields.period'),
              render: (_, f) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(f.startDate)} – {formatDate(f.endDate)}
                </span>
              ),
            },
            {
              key: 'retention',
              title: t('recordFiles.fields.retention'),
              render: (_, f) => retention(f.retentionYears),
            },
            { key: 'owner', title: t('recordFiles.fields.owner'), render: (_, f) => f.ownerPersonName ?? '' },
            {
              key: 'items',
              title: t('recordFiles.fields.itemCount'),
              align: 'right',
              dataIndex: 'itemCount',
            },
            {
              key: 'state',
              title: t('recordFiles.fields.state'),
              render: (_, f) => <FileStateTag state={f.state} />,
            },
          ]}
        />
      </Card>
      <OpenFileModal open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
