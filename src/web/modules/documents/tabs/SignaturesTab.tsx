import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VersionView } from '../../../../contract/documents.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import { tagColours } from '../DocumentStateTag.tsx';
import { meaningName } from '../names.ts';
import { SignedDecisions } from './SignedDecisions.tsx';

type Signature = VersionView['signatures'][number];

/** Who signed, with what meaning, when, over which content; voided ones stay listed. */
export function SignaturesTab({ version }: { version: VersionView }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('documents.signatures.intro')}</Typography.Paragraph>
      <ScrollX label={t('documents.tabs.signatures', { n: version.signatures.length })}>
        <Table<Signature>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={version.signatures}
          locale={{ emptyText: <EmptyText>{t('documents.signatures.empty')}</EmptyText> }}
          columns={[
            {
              key: 'meaning',
              title: t('documents.signatures.meaning'),
              render: (_, s) => meaningName(s.meaning),
            },
            { key: 'signer', title: t('documents.signatures.signer'), dataIndex: 'signerName' },
            {
              key: 'position',
              title: t('documents.signatures.position'),
              render: (_, s) => s.signerPosition ?? '—',
            },
            {
              key: 'at',
              title: t('documents.signatures.signedAt'),
              // A paper signature is known by its day (the issue date), not its time.
              render: (_, s) => (s.onPaper ? formatDate(s.signedAt) : formatDateTime(s.signedAt, false)),
            },
            {
              key: 'hash',
              title: t('documents.signatures.hash'),
              render: (_, s) => (
                <Typography.Text code title={s.contentHash}>
                  {s.contentHash.slice(0, 12)}
                </Typography.Text>
              ),
            },
            {
              key: 'valid',
              title: t('documents.signatures.validity'),
              render: (_, s) =>
                s.onPaper ? (
                  <Tag variant="outlined" title={t('documentImport.onPaperHint')}>
                    {t('documentImport.onPaper')}
                  </Tag>
                ) : s.valid ? (
                  <Tag variant="outlined" style={tagColours.green}>
                    {t('documents.signatures.valid')}
                  </Tag>
                ) : (
                  <Tag variant="outlined" style={tagColours.red}>
                    {s.voidedAt
                      ? t('documents.signatures.voidedAt', { time: formatDateTime(s.voidedAt, false) })
                      : t('documents.signatures.voided')}
                  </Tag>
                ),
            },
          ]}
        />
      </ScrollX>
      <SignedDecisions version={version} />
    </>
  );
}
