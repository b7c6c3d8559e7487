import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { documentHistory, HistoryRow, VersionDiff } from '../../../../contract/document-reports.ts';
import type { DocumentView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../../app/components/filterStyle.ts';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { formatDate } from '../../../app/format.ts';
import { VersionStateTag } from '../DocumentStateTag.tsx';
import { issueNoText, stateName } from '../names.ts';
import { apiPath, docKeys } from '../queries.ts';
import { DiffView } from './DiffView.tsx';

type Pair = { from: string; to: string };

/** Mục lục sửa đổi, and a readable comparison of any two versions. */
export function HistoryTab({ document: d, versionId }: { document: DocumentView; versionId: string }) {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: docKeys.history(d.id),
    queryFn: () => api.get<z.infer<typeof documentHistory>>(`/documents/${d.id}/history`),
  });
  const index = d.versions.findIndex((v) => v.id === versionId);
  const [to, setTo] = useState(versionId);
  const [from, setFrom] = useState<string | undefined>(d.versions[index + 1]?.id);
  const [pair, setPair] = useState<Pair | null>(null);
  const diff = useQuery({
    queryKey: [...docKeys.version(pair?.to ?? ''), 'diff', pair?.from],
    queryFn: () => api.get<VersionDiff>(`${apiPath.version(pair?.to ?? '')}/diff`, { against: pair?.from }),
    enabled: pair !== null,
  });
  const options = d.versions.map((v) => ({
    value: v.id,
    label: t('documents.history.versionOption', {
      issueNo: issueNoText(v.issueNo),
      state: stateName(v.state),
      date: v.issueDate ? formatDate(v.issueDate) : formatDate(v.updatedAt),
    }),
  }));

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
        {t('documents.history.title')}
      </Typography.Title>
      <ErrorAlert error={history.error} />
      <ScrollX label={t('documents.history.title')}>
        <Table<HistoryRow>
          rowKey="versionId"
          size="small"
          bordered
          loading={history.isLoading}
          pagination={false}
          dataSource={history.data?.rows}
          locale={{ emptyText: <EmptyText>{t('documents.history.empty')}</EmptyText> }}
          columns={[
            {
              key: 'issueNo',
              title: t('documents.fields.issueNo'),
              align: 'center',
              render: (_, r) => issueNoText(r.issueNo),
            },
            {
              key: 'issueDate',
              title: t('documents.fields.issueDate'),
              render: (_, r) => formatDate(r.issueDate),
            },
            {
              key: 'decisionNo',
              title: t('documents.fields.decisionNo'),
              render: (_, r) => r.decisionNo ?? '—',
            },
            {
              key: 'summary',
              title: t('documents.history.what'),
              render: (_, r) => (
                <div style={{ minWidth: 240, maxWidth: 520 }}>
                  {r.changeSummary}
                  {r.legalBasis && (
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {t('documents.history.legalBasis', { text: r.legalBasis })}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            },
            { key: 'where', title: t('documents.history.where'), render: (_, r) => r.where || '—' },
            {
              key: 'state',
              title: t('documents.fields.status'),
              render: (_, r) => <VersionStateTag state={r.state} />,
            },
          ]}
        />
      </ScrollX>

      <Typography.Title level={2} style={{ fontSize: 17, marginTop: 24 }}>
        {t('documents.history.compare')}
      </Typography.Title>
      {d.versions.length < 2 ? (
        <EmptyText>{t('documents.history.onlyOne')}</EmptyText>
      ) : (
        <Form layout="vertical" onFinish={() => from && to && setPair({ from, to })}>
          <Flex gap={12} wrap align="end">
            <Form.Item label={t('documents.history.from')} htmlFor="diff-from" style={filterStyle(260)}>
              <Select id="diff-from" value={from} onChange={setFrom} options={options} />
            </Form.Item>
            <Form.Item label={t('documents.history.to')} htmlFor="diff-to" style={filterStyle(260)}>
              <Select id="diff-to" value={to} onChange={setTo} options={options} />
            </Form.Item>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                disabled={!from || from === to}
                loading={diff.isFetching}
              >
                {t('documents.history.compareButton')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
      <ErrorAlert error={diff.error} />
      {pair && diff.data && <DiffView diff={diff.data} />}
    </>
  );
}
