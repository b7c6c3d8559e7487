import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Page } from '../../../../contract/common.ts';
import {
  type DocumentType,
  documentSortFields,
  documentsQuery,
  documentTypes,
  type MasterListItem,
} from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { canRequestNew } from '../access.ts';
import { ChangeRequestModal } from '../change/ChangeRequestModal.tsx';
import { DocumentStatusTag, VersionStateTag } from '../DocumentStateTag.tsx';
import { issueNoText, typeName } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';
import { type DocumentFilter, DocumentFilters, statuses } from './DocumentFilters.tsx';

const PAGE_SIZE = 20;
const sortable = documentSortFields;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((x) => x === value);

/** Danh mục tài liệu: filters, sort and page live in the address (UX.md "Lists"). */
export function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [proposing, setProposing] = useState(false);
  const filter: DocumentFilter = {
    q: params.get('q') ?? undefined,
    type: oneOf<DocumentType>(documentTypes, params.get('type')),
    ownerUnitId: params.get('ownerUnitId') ?? undefined,
    status: oneOf(statuses, params.get('status')) ?? 'all',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  // A sort the list does not offer (an old link) is dropped rather than refused.
  const sort = documentsQuery.shape.sort.safeParse(params.get('sort') ?? undefined).data;
  const query = { ...filter, page, pageSize: PAGE_SIZE, sort };
  const list = useQuery({
    queryKey: docKeys.list(query),
    queryFn: () => api.get<Page<MasterListItem>>('/documents', query),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '' || (k === 'status' && v === 'all') || (k === 'page' && v === 1))
          next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });

  const onTableChange: TableProps<MasterListItem>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? String(s.columnKey) : undefined;
    const nextSort = field ? `${s.order === 'descend' ? '-' : ''}${field}` : undefined;
    update({ page: nextSort === sort ? pagination.current : 1, sort: nextSort });
  };
  const orderOf = (key: (typeof sortable)[number]) =>
    sort === key ? ('ascend' as const) : sort === `-${key}` ? ('descend' as const) : null;
  const filtered = Boolean(filter.q || filter.type || filter.ownerUnitId || filter.status !== 'all');
  // The export takes exactly the filters of the list (every page).
  const exportQuery = new URLSearchParams(
    Object.entries({ ...filter, sort }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();

  return (
    <>
      <PageHeader
        title={t('documents.list.title')}
        subtitle={t('documents.list.subtitle')}
        extra={
          <>
            <Button
              href={`/api/v1/documents/export.xlsx${exportQuery ? `?${exportQuery}` : ''}`}
              icon={<FileExcelOutlined aria-hidden />}
              download
            >
              {t('documents.list.export')}
            </Button>
            {canRequestNew(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setProposing(true)}>
                {t('documents.change.proposeNew')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <DocumentFilters
          value={filter}
          onChange={(changes) => update({ ...changes, page: 1 })}
          onClear={() => setParams(new URLSearchParams())}
        />
        <ErrorAlert error={list.error} />
        <Table<MasterListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty description={filtered ? t('documents.list.empty') : t('documents.list.emptyAll')}>
                {!filtered && canRequestNew(me) && (
                  <Button type="primary" onClick={() => setProposing(true)}>
                    {t('documents.change.proposeNew')}
                  </Button>
                )}
              </Empty>
            ),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
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
              key: 'code',
              title: t('documents.fields.code'),
              sorter: true,
              sortOrder: orderOf('code'),
              render: (_, d) => (
                <Link to={docPaths.document(d.id)} style={{ whiteSpace: 'nowrap' }}>
                  {d.code}
                </Link>
              ),
            },
            {
              key: 'title',
              title: t('documents.fields.title'),
              sorter: true,
              sortOrder: orderOf('title'),
              render: (_, d) => (
                <div style={{ minWidth: 220, maxWidth: 300 }}>
                  <Link to={docPaths.document(d.id)}>{d.title}</Link>
                  <br />
                  <Typography.Text type="secondary">{typeName(d.type)}</Typography.Text>
                </div>
              ),
            },
            {
              key: 'unit',
              title: t('documents.fields.ownerUnit'),
              render: (_, d) => <div style={{ minWidth: 120, maxWidth: 160 }}>{d.ownerUnitName}</div>,
            },
            {
              key: 'issueNo',
              title: t('documents.list.issue'),
              render: (_, d) =>
                d.issueNo === null ? (
                  '—'
                ) : (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {t('documents.work.issue', { issueNo: issueNoText(d.issueNo) })}
                    <br />
                    <Typography.Text type="secondary">
                      {t('documents.list.effective', { date: formatDate(d.effectiveDate) })}
                    </Typography.Text>
                  </span>
                ),
            },
            {
              key: 'status',
              title: t('documents.fields.status'),
              render: (_, d) => (
                <Flex gap={4} vertical align="start">
                  <DocumentStatusTag status={d.status} />
                  {d.pendingState && <VersionStateTag state={d.pendingState} />}
                </Flex>
              ),
            },
            {
              key: 'nextReviewDate',
              title: t('documents.fields.nextReviewDate'),
              sorter: true,
              sortOrder: orderOf('nextReviewDate'),
              render: (_, d) => formatDate(d.nextReviewDate),
            },
          ]}
        />
      </Card>
      <ChangeRequestModal kind="new" open={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
