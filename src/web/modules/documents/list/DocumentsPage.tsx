import { FileExcelOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
import { DataList, oneOf, useIsPhone, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate } from '../../../app/format.ts';
import { canImport, canRequestNew } from '../access.ts';
import { ChangeRequestModal } from '../change/ChangeRequestModal.tsx';
import { DocumentStatusTag, VersionStateTag } from '../DocumentStateTag.tsx';
import { issueNoText, typeName } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';
import { type DocumentFilter, DocumentFilters, statuses } from './DocumentFilters.tsx';

/** Danh mục tài liệu: filters, sort and page live in the address (UX.md "Lists"). */
export function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  // A sort the list does not offer (an old link) is dropped rather than refused.
  const state = useListState({ defaults: { status: 'all' }, sorts: documentSortFields });
  const [proposing, setProposing] = useState(false);
  const phone = useIsPhone();
  const filter: DocumentFilter = {
    q: state.get('q'),
    type: oneOf<DocumentType>(documentTypes, state.get('type')),
    ownerUnitId: state.get('ownerUnitId'),
    status: oneOf(statuses, state.get('status')) ?? 'all',
    // Home's figures open the list with these: waiting for approval, review overdue.
    pendingState: state.get('pendingState') === 'submitted' ? 'submitted' : undefined,
    reviewOverdue: state.get('reviewOverdue') === 'true' ? 'true' : undefined,
  };
  const sort = documentsQuery.shape.sort.safeParse(state.sort).data;
  const query = { ...filter, page: state.page, pageSize: state.pageSize, sort };
  const list = useQuery({
    queryKey: docKeys.list(query),
    queryFn: () => api.get<Page<MasterListItem>>('/documents', query),
    placeholderData: keepPreviousData,
  });
  const orderOf = state.orderOf;

  const filtered = Boolean(
    filter.q ||
      filter.type ||
      filter.ownerUnitId ||
      filter.status !== 'all' ||
      filter.pendingState ||
      filter.reviewOverdue,
  );
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
            {canImport(me) && (
              <Link to={docPaths.import}>
                <Button icon={<ImportOutlined aria-hidden />}>{t('documentImport.open')}</Button>
              </Link>
            )}
            {canRequestNew(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setProposing(true)}>
                {t('documents.change.proposeNew')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <DocumentFilters value={filter} onChange={(changes) => state.update(changes)} onClear={state.clear} />
        <ErrorAlert error={list.error} />
        <DataList<MasterListItem>
          label={t('documents.list.title')}
          testId="documents-list"
          rowKey="id"
          loading={list.isFetching}
          data={list.data?.items}
          total={list.data?.total ?? 0}
          state={state}
          empty={
            <Empty description={filtered ? t('documents.list.empty') : t('documents.list.emptyAll')}>
              {!filtered && canRequestNew(me) && (
                <Button type="primary" onClick={() => setProposing(true)}>
                  {t('documents.change.proposeNew')}
                </Button>
              )}
            </Empty>
          }
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
              card: 'title',
              title: t('documents.fields.title'),
              sorter: true,
              sortOrder: orderOf('title'),
              render: (_, d) => (
                <div style={{ minWidth: 180, maxWidth: 260 }}>
                  <Link to={docPaths.document(d.id)}>{phone ? `${d.code} ${d.title}` : d.title}</Link>
                  <br />
                  <Typography.Text type="secondary">{typeName(d.type)}</Typography.Text>
                </div>
              ),
            },
            {
              key: 'unit',
              card: 'field',
              title: t('documents.fields.ownerUnit'),
              render: (_, d) => <div style={{ minWidth: 100, maxWidth: 130 }}>{d.ownerUnitName}</div>,
            },
            {
              key: 'issueNo',
              card: 'field',
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
              card: 'field',
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
              card: 'field',
              title: t('documents.fields.nextReviewDate'),
              sorter: true,
              sortOrder: orderOf('nextReviewDate'),
              render: (_, d) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d.nextReviewDate)}</span>,
            },
            {
              key: 'open',
              card: 'action',
              title: <span className="sr-only">{t('common.actions')}</span>,
              render: (_, d) => (
                <Link to={docPaths.document(d.id)} aria-label={`${t('documents.work.open')} ${d.code}`}>
                  {t('documents.work.open')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
      <ChangeRequestModal kind="new" open={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
