import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { paths } from '../../../app/paths.ts';
import { ContentView } from '../content/ContentView.tsx';
import { VersionStateTag, wasReturned } from '../DocumentStateTag.tsx';
import { HistoryTab } from '../history/HistoryTab.tsx';
import { typeName } from '../names.ts';
import { useDocument, useVersion } from '../queries.ts';
import { AttachmentsTab } from '../tabs/AttachmentsTab.tsx';
import { DistributionTab } from '../tabs/DistributionTab.tsx';
import { EventsTab } from '../tabs/EventsTab.tsx';
import { SignaturesTab } from '../tabs/SignaturesTab.tsx';
import { DocumentActions } from './DocumentActions.tsx';
import { DocumentTabs } from './DocumentTabs.tsx';
import { Notices, VersionPicker } from './VersionPanels.tsx';

const tabKeys = ['content', 'attachments', 'history', 'signatures', 'events', 'distribution'] as const;
type TabKey = (typeof tabKeys)[number];

/** One document: header with code, title, state and actions; a version selector; tabs below. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const doc = useDocument(id);
  const d = doc.data;
  const versionId = params.get('version') ?? d?.currentVersionId ?? d?.versions[0]?.id;
  const version = useVersion(versionId);
  const v = version.data?.id === versionId ? version.data : undefined;
  const tab: TabKey = tabKeys.find((k) => k === params.get('tab')) ?? 'content';
  const set = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'tab' },
    );

  return (
    <>
      <Link to={paths.documents} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('documents.list.title')}
      </Link>
      <ErrorAlert error={doc.error ?? version.error} />
      {!d ? (
        doc.isLoading && <Skeleton active />
      ) : (
        <>
          <PageHeader
            title={`${d.code} ${v?.title ?? d.title}`}
            documentTitle={d.code}
            tags={
              v && (
                <>
                  <VersionStateTag state={v.state} returned={wasReturned(v)} />
                  {v.imported && <Tag variant="outlined">{t('documentImport.imported')}</Tag>}
                </>
              )
            }
            subtitle={[typeName(d.type), d.ownerUnitName].join(' · ')}
            extra={<DocumentActions document={d} version={v} />}
          />
          <VersionPicker document={d} versionId={versionId} onChange={(id) => set('version', id)} />
          {v && <Notices document={d} version={v} onOpen={(id) => set('version', id)} />}
          <Card>
            {!v ? (
              <Skeleton active />
            ) : (
              <DocumentTabs
                active={tab}
                onChange={(key) => set('tab', key === 'content' ? undefined : key)}
                items={[
                  {
                    key: 'content',
                    label: t('documents.tabs.content'),
                    children: <ContentView version={v} />,
                  },
                  {
                    key: 'attachments',
                    label: t('documents.tabs.attachments', { n: v.attachmentCount }),
                    children: <AttachmentsTab version={v} />,
                  },
                  {
                    key: 'history',
                    label: t('documents.tabs.history'),
                    children: <HistoryTab key={v.id} document={d} versionId={v.id} />,
                  },
                  {
                    key: 'signatures',
                    label: t('documents.tabs.signatures', { n: v.signatures.filter((s) => s.valid).length }),
                    children: <SignaturesTab version={v} />,
                  },
                  { key: 'events', label: t('documents.tabs.events'), children: <EventsTab version={v} /> },
                  ...(d.abilities.readReports && ['in_force', 'superseded', 'withdrawn'].includes(v.state)
                    ? [
                        {
                          key: 'distribution',
                          label: t('documents.tabs.distribution'),
                          children: <DistributionTab versionId={v.id} />,
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </Card>
        </>
      )}
    </>
  );
}
