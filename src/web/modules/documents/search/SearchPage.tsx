import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Checkbox, Empty, Flex, Input, List, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSearchHit } from '../../../../contract/documents-search.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { useListState } from '../../../app/components/listState.ts';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatNumber } from '../../../app/format.ts';
import { VersionStateTag } from '../DocumentStateTag.tsx';
import { issueNoText, typeName } from '../names.ts';
import { docPaths } from '../paths.ts';
import { docKeys } from '../queries.ts';
import { Highlighted } from './highlight.tsx';

type Result = {
  items: DocumentSearchHit[];
  total: number;
  page: number;
  pageSize: number;
  approximate: boolean;
};
const PAGE_SIZE = 20;

/** Full-text search over codes, titles and content: ranked, highlighted, only what I may read. */
export function SearchPage() {
  const { t } = useTranslation();
  const state = useListState();
  const q = state.get('q')?.trim() ?? '';
  const includeSuperseded = state.get('includeSuperseded') === 'true';
  const { page } = state;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const query = { q, includeSuperseded: includeSuperseded ? 'true' : undefined, page, pageSize: PAGE_SIZE };
  const result = useQuery({
    queryKey: [...docKeys.all, 'search', query],
    queryFn: () => api.get<Result>('/documents/search', query),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const update = state.update;
  const r = q ? result.data : undefined;

  return (
    <>
      <PageHeader title={t('documents.search.title')} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('documents.search.query')}
            placeholder={t('documents.search.placeholder')}
            enterButton={t('documents.search.submit')}
            size="large"
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => update({ q: value.trim() || undefined })}
            style={{ flex: '1 1 320px', maxWidth: 720 }}
          />
          <Checkbox
            checked={includeSuperseded}
            onChange={(e) => update({ includeSuperseded: e.target.checked ? 'true' : undefined })}
          >
            {t('documents.search.includeSuperseded')}
          </Checkbox>
        </Flex>
        <ErrorAlert error={q ? result.error : null} />
        {r?.approximate && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('documents.search.approximate')}
          />
        )}
        {!q ? (
          <Empty description={t('documents.search.hint')} />
        ) : (
          <List<DocumentSearchHit>
            loading={result.isFetching}
            dataSource={r?.items}
            header={
              r && (
                <Typography.Text type="secondary" role="status">
                  {t('documents.search.count', { total: formatNumber(r.total), q })}
                </Typography.Text>
              )
            }
            locale={{ emptyText: <Empty description={t('documents.search.none', { q })} /> }}
            pagination={
              r && r.total > PAGE_SIZE
                ? {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: r.total,
                    showSizeChanger: false,
                    onChange: (p) => update({ page: p }),
                  }
                : false
            }
            renderItem={(hit) => (
              <List.Item key={hit.versionId}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                    <Link to={docPaths.document(hit.documentId, hit.versionId)}>
                      {hit.code} <Highlighted html={hit.titleHighlight} />
                    </Link>
                  </Typography.Title>
                  <Flex gap={8} wrap align="center" style={{ margin: '4px 0' }}>
                    <VersionStateTag state={hit.state} />
                    <Typography.Text type="secondary">
                      {typeName(hit.type)} · {hit.ownerUnitName} ·{' '}
                      {t('documents.work.issue', { issueNo: issueNoText(hit.issueNo) })}
                    </Typography.Text>
                  </Flex>
                  {hit.snippet && (
                    <Typography.Paragraph style={{ margin: 0 }}>
                      <Highlighted html={hit.snippet} />
                    </Typography.Paragraph>
                  )}
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
