import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import { FileActions } from './FileActions.tsx';
import { FileItems } from './FileItems.tsx';
import {
  FileStateTag,
  NotInCatalogueTag,
  PastRetentionTag,
  RegimeTag,
  TransferStatusTag,
  useRetentionText,
} from './FileTags.tsx';
import type { recordFilesVi } from './files.i18n.ts';
import { filePaths, useFile } from './queries.ts';

/** One file: the metadata of Nghị định 30/2020 appendix VI, its documents, and what may be done now. */
export function FilePage() {
  const { t } = useTranslation();
  const retention = useRetentionText();
  const { id = '' } = useParams();
  const file = useFile(id);
  const f = file.data;
  const field = (key: keyof typeof recordFilesVi.fields) => t(`recordFiles.fields.${key}`);

  return (
    <>
      <Link to={filePaths.list} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('recordFiles.title')}
      </Link>
      <ErrorAlert error={file.error} />
      {!f ? (
        !file.error && <Skeleton active />
      ) : (
        <>
          <PageHeader
            title={`${f.fileCode} – ${f.title}`}
            documentTitle={f.fileCode}
            tags={
              <Space size={4} wrap>
                <FileStateTag state={f.state} />
                {!f.catalogueEntry && <NotInCatalogueTag />}
                <TransferStatusTag status={f.transferStatus} />
                <PastRetentionTag past={f.pastRetention} />
              </Space>
            }
            extra={<FileActions file={f} />}
          />
          {f.accessRegime === 'restricted' && (
            <Alert
              type="warning"
              showIcon
              title={t('recordFiles.page.restricted')}
              style={{ marginBottom: 16 }}
            />
          )}
          <Card title={t('recordFiles.page.metadata')} style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'code', label: field('fileCode'), children: f.fileCode },
                { key: 'title', label: field('title'), children: f.title },
                {
                  key: 'entry',
                  label: field('catalogueEntry'),
                  children: f.catalogueEntry ? (
                    `${f.catalogueEntry.code} – ${f.catalogueEntry.title}`
                  ) : (
                    <NotInCatalogueTag />
                  ),
                },
                { key: 'retention', label: field('retention'), children: retention(f.retentionYears) },
                {
                  key: 'regime',
                  label: field('accessRegime'),
                  children: <RegimeTag regime={f.accessRegime} />,
                },
                { key: 'ownerUnit', label: field('ownerUnit'), children: f.ownerUnitName },
                { key: 'owner', label: field('owner'), children: f.ownerPersonName ?? '' },
                { key: 'language', label: field('language'), children: f.language },
                { key: 'start', label: field('startDate'), children: formatDate(f.startDate) },
                { key: 'end', label: field('endDate'), children: formatDate(f.endDate) },
                { key: 'items', label: field('itemCount'), children: f.itemCount },
                { key: 'pages', label: field('pageCount'), children: f.pageCount },
                { key: 'openedBy', label: field('openedBy'), children: f.openedByName ?? '' },
                {
                  key: 'closedBy',
                  label: field('closedBy'),
                  children: f.closedByName ? `${f.closedByName} (${formatDateTime(f.closedAt, false)})` : '',
                },
                ...(f.transfer
                  ? [
                      {
                        key: 'transfer',
                        label: field('transfer'),
                        children: <Link to={filePaths.transfers}>{formatDate(f.transfer.transferDate)}</Link>,
                      },
                    ]
                  : []),
                { key: 'notes', label: field('notes'), children: f.notes ?? '', span: 'filled' as const },
              ]}
            />
          </Card>
          <Card title={t('recordFiles.page.documents')}>
            <FileItems file={f} />
          </Card>
        </>
      )}
    </>
  );
}
