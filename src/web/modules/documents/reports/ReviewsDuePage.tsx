import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Page } from '../../../../contract/common.ts';
import type { ReviewDueItem } from '../../../../contract/document-reports.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { tagColours } from '../DocumentStateTag.tsx';
import { issueNoText } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';

const PAGE_SIZE = 20;
const windows = [30, 60, 90, 180, 365] as const;

/** Tài liệu đến hạn rà soát: overdue first, then the soonest; each a link to record the review. */
export function ReviewsDuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const within = windows.find((w) => String(w) === params.get('within')) ?? 30;
  const ownerUnitId = params.get('ownerUnitId') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { within, ownerUnitId, page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: [...docKeys.all, 'reviews-due', query],
    queryFn: () => api.get<Page<ReviewDueItem>>('/documents/reviews/due', query),
    placeholderData: keepPreviousData,
  });
  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || (k === 'page' && v === 1) || (k === 'within' && v === 30)) next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });

  return (
    <>
      <PageHeader title={t('documents.reviews.title')} subtitle={t('documents.reviews.subtitle')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('documents.reviews.within')}
            value={within}
            onChange={(w) => update({ within: w, page: 1 })}
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
            onChange={(id) => update({ ownerUnitId: id, page: 1 })}
            style={filterStyle(240)}
          />
        </Flex>
        <ErrorAlert error={list.error} />
        <Table<ReviewDueItem>
          rowKey="documentId"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('documents.reviews.empty', { days: within })} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => update({ page: p }),
            showTotal: (total, [a, b]) =>
              t('common.range', { from: formatNumber(a), to: formatNumber(b), total: formatNumber(total) }),
          }}
          columns={[
            {
              key: 'doc',
              title: t('documents.work.document'),
              render: (_, r) => (
                <div style={{ minWidth: 240, maxWidth: 420 }}>
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
              title: t('documents.fields.issueNo'),
              align: 'center',
              render: (_, r) => (r.issueNo === null ? '—' : issueNoText(r.issueNo)),
            },
            {
              key: 'eff',
              title: t('documents.fields.effectiveDate'),
              render: (_, r) => formatDate(r.effectiveDate),
            },
            {
              key: 'interval',
              title: t('documents.reviews.interval'),
              render: (_, r) => t('documents.reviews.months', { n: r.reviewIntervalMonths }),
            },
            {
              key: 'due',
              title: t('documents.reviews.due'),
              render: (_, r) => (
                <>
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
                </>
              ),
            },
            {
              key: 'act',
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
