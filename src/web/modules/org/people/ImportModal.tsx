import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importColumns } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { XlsxPicker } from '../../../app/components/XlsxPicker.tsx';
import { orgKeys } from '../queries.ts';

type Result = { created: number; people: { username: string; oneTimePassword: string }[] };

/** The sheet's headers, in order, exactly as the server reads them, with their explanations. */
const explanations = [
  'colFullName',
  'colUsername',
  'colEmail',
  'colPhone',
  'colUnit',
  'colPosition',
  'colRoles',
] as const;
const columns = importColumns.map((header, i) => [header, explanations[i]] as const);

/** People from an .xlsx sheet: all rows or none; every row's problem listed at once. */
export function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Result | null>(null);

  const close = () => {
    setFile(null);
    setError(null);
    setResult(null);
    onClose();
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      setResult(await api.upload<Result>('/people/import', form));
      for (const key of [orgKeys.people, orgKeys.units, orgKeys.positions, orgKeys.home]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const footer = result
    ? [
        <Button key="close" type="primary" onClick={close}>
          {t('common.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="upload" type="primary" disabled={!file} loading={busy} onClick={upload}>
          {t('org.import.upload')}
        </Button>,
      ];

  return (
    <Modal
      open={open}
      title={t('org.import.title')}
      onCancel={close}
      footer={footer}
      width={720}
      mask={{ closable: false }}
      closable={!result}
      keyboard={!result}
    >
      {result ? (
        <>
          <Alert
            type="success"
            showIcon
            title={t('org.import.resultTitle', { count: result.created })}
            description={t('org.import.resultText')}
            style={{ marginBottom: 16 }}
          />
          <Typography.Paragraph
            copyable={{
              text: result.people.map((p) => `${p.username}\t${p.oneTimePassword}`).join('\n'),
              tooltips: [t('common.copy'), t('common.copied')],
            }}
          >
            {t('org.import.copyAll')}
          </Typography.Paragraph>
          <ScrollX label={t('org.import.title')}>
            <Table
              rowKey="username"
              size="small"
              pagination={false}
              dataSource={result.people}
              columns={[
                { key: 'u', title: t('org.people.username'), dataIndex: 'username' },
                {
                  key: 'p',
                  title: t('org.people.oneTimePassword'),
                  render: (_, p) => <Typography.Text code>{p.oneTimePassword}</Typography.Text>,
                },
              ]}
            />
          </ScrollX>
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('org.import.intro')}</Typography.Paragraph>
          <ScrollX label={t('org.import.title')}>
            <Table
              rowKey={([heading]) => heading}
              size="small"
              pagination={false}
              dataSource={[...columns]}
              style={{ marginBottom: 12 }}
              columns={[
                {
                  key: 'n',
                  title: t('org.import.column'),
                  render: (_, __, i) => String.fromCharCode(65 + i),
                },
                {
                  key: 'h',
                  title: t('org.import.heading'),
                  render: (_, [heading]) => <strong>{heading}</strong>,
                },
                {
                  key: 'm',
                  title: t('org.import.meaning'),
                  render: (_, [, meaning]) => t(`org.import.${meaning}`),
                },
              ]}
            />
          </ScrollX>
          <Typography.Paragraph type="secondary">{t('org.import.allOrNothing')}</Typography.Paragraph>
          <ErrorAlert error={error} />
          <XlsxPicker
            file={file}
            onChange={(f) => {
              setFile(f);
              setError(null);
            }}
            label={t('org.import.choose')}
          />
        </>
      )}
    </Modal>
  );
}
