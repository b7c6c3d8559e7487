import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentWork } from '../../../../contract/document-work.ts';
import type { VersionView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { DataList, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { CaseStepsInbox } from '../../cases/CaseStepsInbox.tsx';
import { MyAuditsCard } from '../../internal-audits/work/MyAuditsCard.tsx';
import { NcInbox } from '../../nonconformities/NcInbox.tsx';
import { PlanActionsInbox } from '../../objectives/PlanActionsInbox.tsx';
import { CatalogueInbox } from '../../records/catalogue/CatalogueInbox.tsx';
import { TreatmentsInbox } from '../../risks/TreatmentsInbox.tsx';
import { SteeringInbox } from '../../steering/SteeringInbox.tsx';
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
  // Each list keeps its page in the address under its own keys.
  const actState = useListState({ prefix: 'act', filters: [] });
  const readState = useListState({ prefix: 'read', filters: [] });

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
      {/* A card with nothing to show renders nothing: no empty gap in its place. */}
      <Flex vertical gap={16}>
        <CaseStepsInbox />
        <CatalogueInbox />
        <NcInbox />
        <SteeringInbox />
        <PlanActionsInbox />
        <TreatmentsInbox />
        <MyAuditsCard />
        <Card id="to-act" title={cardTitle(t('documents.work.toAct'), work.data?.toAct.length)}>
          <DataList<ToAct>
            label={t('documents.work.toAct')}
            testId="to-act-list"
            rowKey="versionId"
            loading={work.isLoading}
            data={work.data?.toAct}
            state={actState}
            hideOnSinglePage
            empty={
              <Empty description={t('documents.work.toActEmpty')}>
                <Link to={paths.documents}>{t('documents.work.openList')}</Link>
              </Empty>
            }
            columns={[
              {
                key: 'doc',
                card: 'title',
                title: t('documents.work.document'),
                render: (_, w) => (
                  <div style={{ minWidth: 220, maxWidth: 560 }}>
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
                card: 'field',
                title: t('documents.fields.status'),
                render: (_, w) => <VersionStateTag state={w.state} />,
              },
              {
                key: 'need',
                card: 'field',
                title: t('documents.work.need'),
                render: (_, w) => w.actions.map((a) => actionLabel(a)).join(' / '),
              },
              {
                key: 'since',
                card: 'field',
                title: t('documents.work.since'),
                render: (_, w) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(w.since)}</span>,
              },
              {
                key: 'open',
                card: 'action',
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
        <Card id="to-read" title={cardTitle(t('documents.work.toRead'), work.data?.toRead.length)}>
          <DataList<ToRead>
            label={t('documents.work.toRead')}
            testId="to-read-list"
            rowKey="versionId"
            loading={work.isLoading}
            data={work.data?.toRead}
            state={readState}
            hideOnSinglePage
            empty={<Empty description={t('documents.work.toReadEmpty')} />}
            columns={[
              {
                key: 'doc',
                card: 'title',
                title: t('documents.work.document'),
                render: (_, r) => (
                  <div style={{ minWidth: 220, maxWidth: 560 }}>
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
                card: 'field',
                title: t('documents.fields.effectiveDate'),
                render: (_, r) => formatDate(r.effectiveDate),
              },
              {
                key: 'notified',
                card: 'field',
                title: t('documents.work.notifiedAt'),
                render: (_, r) => formatDate(r.notifiedAt),
              },
              {
                key: 'ack',
                card: 'action',
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
      </Flex>
    </>
  );
}
