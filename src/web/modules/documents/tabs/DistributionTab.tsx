import { useQuery } from '@tanstack/react-query';
import { Flex, Progress, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcknowledgementReport } from '../../../../contract/document-work.ts';
import { api } from '../../../app/api.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { formatDateTime, formatNumber, formatPercent } from '../../../app/format.ts';
import { tagColours } from '../DocumentStateTag.tsx';
import { apiPath, docKeys } from '../queries.ts';

type Row = AcknowledgementReport['rows'][number];
type Show = 'all' | 'read' | 'unread';

/** Phân phối: who was asked to read this issue, who has and who has not yet. */
export function DistributionTab({ versionId }: { versionId: string }) {
  const { t } = useTranslation();
  const [show, setShow] = useState<Show>('all');
  const report = useQuery({
    queryKey: [...docKeys.version(versionId), 'acknowledgements'],
    queryFn: () => api.get<AcknowledgementReport>(`${apiPath.version(versionId)}/acknowledgements`),
  });
  const r = report.data;
  const rows = (r?.rows ?? []).filter((row) =>
    show === 'all' ? true : show === 'read' ? row.acknowledgedAt : !row.acknowledgedAt,
  );
  return (
    <>
      <ErrorAlert error={report.error} />
      {r && (
        <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
          <Progress
            type="circle"
            size={76}
            percent={r.total ? Math.round((r.acknowledged / r.total) * 100) : 0}
            format={() => formatPercent(r.total ? r.acknowledged / r.total : 0)}
            aria-label={t('documents.distribution.progress')}
          />
          <Typography.Text>
            {t('documents.distribution.summary', {
              read: formatNumber(r.acknowledged),
              total: formatNumber(r.total),
            })}
          </Typography.Text>
          <Segmented<Show>
            aria-label={t('documents.distribution.filter')}
            value={show}
            onChange={setShow}
            options={[
              { value: 'all', label: t('common.all') },
              { value: 'read', label: t('documents.distribution.read') },
              { value: 'unread', label: t('documents.distribution.unread') },
            ]}
          />
        </Flex>
      )}
      <ScrollX label={t('documents.tabs.distribution')}>
        <Table<Row>
          rowKey="personId"
          size="small"
          loading={report.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyText>{t('documents.distribution.empty')}</EmptyText> }}
          columns={[
            { key: 'name', title: t('documents.distribution.person'), dataIndex: 'fullName' },
            { key: 'unit', title: t('documents.fields.unit'), dataIndex: 'unitName' },
            {
              key: 'notified',
              title: t('documents.distribution.notifiedAt'),
              render: (_, row) => formatDateTime(row.notifiedAt, false),
            },
            {
              key: 'ack',
              title: t('documents.distribution.acknowledgedAt'),
              render: (_, row) =>
                row.acknowledgedAt ? (
                  formatDateTime(row.acknowledgedAt, false)
                ) : (
                  <Tag variant="outlined" style={tagColours.red}>
                    {t('documents.distribution.unread')}
                  </Tag>
                ),
            },
          ]}
        />
      </ScrollX>
    </>
  );
}
