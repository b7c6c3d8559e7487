import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../../../contract/common.ts';
import type { ReviewDueItem } from '../../../../contract/document-reports.ts';
import { api } from '../../../app/api.ts';
import { DataList, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate } from '../../../app/format.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { tagColours } from '../DocumentStateTag.tsx';
import { issueNoText } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';

const windows = [30, 60, 90, 180, 365] as const;

/** Tài liệu đến hạn rà soát: overdue first, then the soonest; each a link to record the review. */
export function ReviewsDuePage() {
  const { t } = useTranslation();
  const state = useListState({ defaults: { within: '30' } });
  const within = windows.find((w) => String(w) === state.get('within')) ?? 30;
  const ownerUnitId = state.get('ownerUnitId');
  const query = { within, ownerUnitId, page: state.page, pageSize: state.pageSize };
  const list = useQuery({
    queryKey: [...docKeys.all, 'reviews-due', query],
    queryFn: () => api.get<Page<ReviewDueItem>>('/documents/reviews/due', query),
    placeholderData: keepPreviousData,
  });
  const update = state.update;

  return (
    <>
      <PageHeader title={t('documents.reviews.title')} subtitle={t('documents.reviews.subtitle')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('documents.reviews.within')}
            value={within}
            onChange={(w) => update({ within: w })}
            options={windows.map((w) => ({
              value: w,
              label: t('documents.reviews.withinDays', { days: w }),
            }))}
            style={filterStyle(220)}
          />
          <UnitSelect
            aria-label={t('documents.fields.ownerUnit')}
            placeholder={t('documents.fields.ownerUnit')}
            allowClear
            value={ownerUnitId}
            onChange={(id) => update({ ownerUnitId: id })}
            style={filterStyle(240)}
          />
        </Flex>
        <ErrorAlert error={list.error} />
        <DataList<ReviewDueItem>
          label={t('documents.reviews.title')}
          testId="reviews-due-list"
          rowKey="documentId"
          loading={list.isFetching}
          data={list.data?.items}
          total={list.data?.total ?? 0}
          state={state}
          empty={<Empty description={t('documents.reviews.empty', { days: within })} />}
          columns={[
            {
              key: 'doc',
              card: 'title',
              title: t('documents.work.document'),
              render: (_, r) => (
                <div style={{ minWidth: 200, maxWidth: 320 }}>
                  <Link to={docPaths.document(r.documentId)}>
                    {r.code} {r.title}
                  </Link>
                  <br />
                  <Typography.Text type="secondary">{r.ownerUnitName}</Typography.Text>
                  {r.changeInProgress && (
                    <>
                      {' '}
                      <Tag variant="outlined" style={tagColours.blue}>
                        {t('documents.reviews.changeInProgress')}
                      </Tag>
                    </>
                  )}
                </div>
              ),
            },
            {
              key: 'issue',
              card: 'field',
              title: t('documents.fields.issueNo'),
              align: 'center',
              render: (_, r) => (r.issueNo === null ? '—' : issueNoText(r.issueNo)),
            },
            {
              key: 'eff',
              title: t('documents.fields.effectiveDate'),
              render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.effectiveDate)}</span>,
            },
            {
              key: 'interval',
              title: t('documents.reviews.interval'),
              render: (_, r) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {t('documents.reviews.months', { n: r.reviewIntervalMonths })}
                </span>
              ),
            },
            {
              key: 'due',
              card: 'field',
              title: t('documents.reviews.due'),
              render: (_, r) => (
                <div style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(r.nextReviewDate)}
                  <br />
                  {r.overdue ? (
                    <Tag variant="outlined" style={tagColours.red}>
                      {t('documents.reviews.overdue', { n: -r.daysRemaining })}
                    </Tag>
                  ) : (
                    <Typography.Text type="secondary">
                      {t('documents.reviews.remaining', { n: r.workingDaysRemaining })}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            {
              key: 'act',
              card: 'action',
              title: <span className="sr-only">{t('common.actions')}</span>,
              render: (_, r) =>
                r.canReview && (
                  <Link to={`${docPaths.document(r.documentId)}?review=1`}>
                    {t('documents.review.button')}
                  </Link>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
