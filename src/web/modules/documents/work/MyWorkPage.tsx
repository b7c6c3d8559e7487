import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentWork } from '../../../../contract/document-work.ts';
import type { VersionView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { CaseStepsInbox } from '../../cases/CaseStepsInbox.tsx';
import { VersionStateTag } from '../DocumentStateTag.tsx';
import { actionLabel, issueNoText } from '../names.ts';
import { docPaths } from '../paths.ts';
import { apiPath, storeVersion, useMyWork } from '../queries.ts';
import { versionLabel } from '../transitions/statement.ts';

type ToAct = DocumentWork['toAct'][number];
type ToRead = DocumentWork['toRead'][number];

const cardTitle = (text: string, count?: number) => (
  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
    {text}
    {count ? ` (${formatNumber(count)})` : ''}
  </Typography.Title>
);

/** Việc của tôi: the steps waiting for me, and the issues I am asked to read. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const work = useMyWork();
  const [acking, setAcking] = useState<string | null>(null);

  const acknowledge = async (item: ToRead) => {
    setAcking(item.versionId);
    try {
      storeVersion(
        queryClient,
        await api.post<VersionView>(`${apiPath.version(item.versionId)}/acknowledge`),
      );
      message.success(t('documents.ack.done', { subject: versionLabel(item) }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setAcking(null);
    }
  };

  return (
    <>
      <PageHeader title={t('documents.work.title')} subtitle={t('documents.work.subtitle')} />
      <ErrorAlert error={work.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <CaseStepsInbox />
        </Col>
        <Col xs={24}>
          <Card id="to-act" title={cardTitle(t('documents.work.toAct'), work.data?.toAct.length)}>
            <Table<ToAct>
              rowKey="versionId"
              loading={work.isLoading}
              dataSource={work.data?.toAct}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: (
                  <Empty description={t('documents.work.toActEmpty')}>
                    <Link to={paths.documents}>{t('documents.work.openList')}</Link>
                  </Empty>
                ),
              }}
              columns={[
                {
                  key: 'doc',
                  title: t('documents.work.document'),
                  render: (_, w) => (
                    <div style={{ minWidth: 260, maxWidth: 560 }}>
                      <Link to={docPaths.document(w.documentId, w.versionId)}>
                        {w.code} {w.title}
                      </Link>
                      <br />
                      <Typography.Text type="secondary">
                        {t('documents.work.issue', { issueNo: issueNoText(w.issueNo) })} · {w.ownerUnitName}
                      </Typography.Text>
                    </div>
                  ),
                },
                {
                  key: 'state',
                  title: t('documents.fields.status'),
                  render: (_, w) => <VersionStateTag state={w.state} />,
                },
                {
                  key: 'need',
                  title: t('documents.work.need'),
                  render: (_, w) => w.actions.map((a) => actionLabel(a)).join(' / '),
                },
                { key: 'since', title: t('documents.work.since'), render: (_, w) => formatDate(w.since) },
                {
                  key: 'open',
                  title: <span className="sr-only">{t('common.actions')}</span>,
                  render: (_, w) => (
                    <Link
                      to={docPaths.document(w.documentId, w.versionId)}
                      aria-label={t('documents.work.openLabel', { subject: versionLabel(w) })}
                    >
                      {t('documents.work.open')}
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card id="to-read" title={cardTitle(t('documents.work.toRead'), work.data?.toRead.length)}>
            <Table<ToRead>
              rowKey="versionId"
              loading={work.isLoading}
              dataSource={work.data?.toRead}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={t('documents.work.toReadEmpty')} /> }}
              columns={[
                {
                  key: 'doc',
                  title: t('documents.work.document'),
                  render: (_, r) => (
                    <div style={{ minWidth: 260, maxWidth: 560 }}>
                      <Link to={docPaths.document(r.documentId, r.versionId)}>
                        {r.code} {r.title}
                      </Link>
                      <br />
                      <Typography.Text type="secondary">
                        {t('documents.work.issue', { issueNo: issueNoText(r.issueNo) })}
                      </Typography.Text>
                    </div>
                  ),
                },
                {
                  key: 'effective',
                  title: t('documents.fields.effectiveDate'),
                  render: (_, r) => formatDate(r.effectiveDate),
                },
                {
                  key: 'notified',
                  title: t('documents.work.notifiedAt'),
                  render: (_, r) => formatDate(r.notifiedAt),
                },
                {
                  key: 'ack',
                  title: <span className="sr-only">{t('common.actions')}</span>,
                  render: (_, r) => (
                    <Button
                      size="small"
                      loading={acking === r.versionId}
                      onClick={() => acknowledge(r)}
                      aria-label={t('documents.ack.buttonLabel', { subject: versionLabel(r) })}
                    >
                      {t('documents.ack.button')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
