import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentList, AttachmentView } from '../../../../contract/document-attachments.ts';
import type { VersionView } from '../../../../contract/documents.ts';
import { api } from '../../../app/api.ts';
import { EmptyText } from '../../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { ScrollX } from '../../../app/components/ScrollX.tsx';
import { UploadButton } from '../../../app/components/UploadButton.tsx';
import { formatDateTime, formatFileSize } from '../../../app/format.ts';
import { apiPath, docKeys } from '../queries.ts';

/** Forms and annexes of a version (PDF, DOCX, XLSX): part of what is signed, changed only in a draft. */
export function AttachmentsTab({ version }: { version: VersionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const base = `${apiPath.version(version.id)}/attachments`;
  const list = useQuery({
    queryKey: docKeys.attachments(version.id),
    queryFn: () => api.get<AttachmentList>(base),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = async () => {
    // The content hash and signatures change with the files.
    await queryClient.invalidateQueries({ queryKey: docKeys.attachments(version.id) });
    await queryClient.invalidateQueries({ queryKey: docKeys.version(version.id) });
  };
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const added = await api.upload<AttachmentView>(base, form);
      message.success(t('documents.attachments.added', { name: added.fileName }));
      await changed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (a: AttachmentView) => {
    try {
      await api.delete(`${base}/${a.id}`);
      message.success(t('documents.attachments.removed', { name: a.fileName }));
      await changed();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('documents.attachments.intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error ?? error} />
      {version.abilities.edit && (
        <UploadButton
          accept=".pdf,.docx,.xlsx"
          busy={busy}
          label={t('documents.attachments.upload')}
          onFile={(file) => void upload(file)}
        />
      )}
      <ScrollX label={t('documents.tabs.attachments', { n: list.data?.items.length ?? 0 })}>
        <Table<AttachmentView>
          rowKey="id"
          size="small"
          pagination={false}
          loading={list.isLoading}
          dataSource={list.data?.items}
          locale={{ emptyText: <EmptyText>{t('documents.attachments.empty')}</EmptyText> }}
          columns={[
            {
              key: 'name',
              title: t('documents.attachments.name'),
              render: (_, a) => (
                <a href={`/api/v1${base}/${a.id}`} download={a.fileName}>
                  <DownloadOutlined aria-hidden /> {a.fileName}
                </a>
              ),
            },
            { key: 'size', title: t('documents.attachments.size'), render: (_, a) => formatFileSize(a.size) },
            {
              key: 'by',
              title: t('documents.attachments.uploadedBy'),
              render: (_, a) => a.uploadedByName ?? '—',
            },
            {
              key: 'at',
              title: t('documents.attachments.uploadedAt'),
              render: (_, a) => formatDateTime(a.createdAt, false),
            },
            ...(version.abilities.edit
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_: unknown, a: AttachmentView) => (
                      <Space>
                        <Popconfirm
                          title={t('documents.attachments.confirmRemove', { name: a.fileName })}
                          okText={t('documents.attachments.remove')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => remove(a)}
                        >
                          <Button
                            size="small"
                            danger
                            icon={<DeleteOutlined aria-hidden />}
                            aria-label={`${t('documents.attachments.remove')} ${a.fileName}`}
                          />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </ScrollX>
    </>
  );
}
