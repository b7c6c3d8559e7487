import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueView, importHelp } from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { XlsxPicker } from '../../../app/components/XlsxPicker.tsx';
import { pick } from '../../../app/i18n/index.ts';
import { catalogueApi, catalogueKeys } from './queries.ts';

/** The five-column XLSX into the draft: every bad row listed, nothing imported until all are right. */
export function ImportModal({
  view,
  open,
  onClose,
}: {
  view: CatalogueView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setFile(null);
    setError(null);
    onClose();
  };
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const result = await api.upload<{ headings: number; entries: number }>(
        `${catalogueApi(view.id)}/import`,
        form,
      );
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      message.success(t('catalogue.import.done', result));
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('catalogue.import.title')}
      onCancel={close}
      width={720}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="upload" type="primary" disabled={!file} loading={busy} onClick={upload}>
          {t('catalogue.import.ok')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{pick(importHelp)}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <XlsxPicker
        file={file}
        onChange={(f) => {
          setFile(f);
          setError(null);
        }}
        label={t('catalogue.import.choose')}
      />
    </Modal>
  );
}
