import { DeleteOutlined, DownloadOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Table,
  Upload,
  type UploadFile,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentView } from '../../../../contract/documents.ts';
import type { FileItemView, FileView } from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../../app/format.ts';
import { DocumentField } from './DocumentField.tsx';
import { fileApi, fileKeys } from './queries.ts';

type UploadValues = { file?: UploadFile[]; title?: string; documentDate?: Dayjs; pageCount?: number };
type LinkValues = { documentId: string; title?: string; documentDate?: Dayjs; pageCount?: number };

/** The documents in a file: uploads and links, added and removed while it is open. */
export function FileItems({ file }: { file: FileView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'upload' | 'link' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: fileKeys.all });
  const added = async () => {
    await refresh();
    setDialog(null);
  };

  const common = (
    <>
      <Form.Item label={t('recordFiles.page.itemTitle')} name="title">
        <Input maxLength={500} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item label={t('recordFiles.page.documentDate')} name="documentDate" style={{ flex: 1 }}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('recordFiles.fields.pageCount')} name="pageCount" style={{ flex: 1 }}>
          <InputNumber min={0} max={100_000} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
    </>
  );

  return (
    <>
      {file.abilities.edit && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog('upload')}>
            {t('recordFiles.page.upload')}
          </Button>
          <Button icon={<LinkOutlined aria-hidden />} onClick={() => setDialog('link')}>
            {t('recordFiles.page.link')}
          </Button>
        </Flex>
      )}
      <Table<FileItemView>
        rowKey="id"
        dataSource={file.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('recordFiles.page.noItems') }}
        columns={[
          { key: 'position', title: 'STT', render: (_, _i, index) => index + 1, width: 60 },
          {
            key: 'title',
            title: t('recordFiles.page.itemTitle'),
            render: (_, i) => (i.linkPath ? <Link to={i.linkPath}>{i.title}</Link> : <span>{i.title}</span>),
          },
          {
            key: 'kind',
            title: t('recordFiles.page.kind'),
            render: (_, i) =>
              i.linkType === 'case_step'
                ? t('recordFiles.page.caseStep')
                : i.kind === 'upload'
                  ? i.fileName
                  : t('recordFiles.page.link_kind'),
          },
          {
            key: 'date',
            title: t('recordFiles.page.documentDate'),
            render: (_, i) => formatDate(i.documentDate),
          },
          {
            key: 'pages',
            title: t('recordFiles.fields.pageCount'),
            align: 'right',
            render: (_, i) => formatNumber(i.pageCount),
          },
          { key: 'by', title: t('recordFiles.page.addedBy'), render: (_, i) => i.addedByName ?? '' },
          {
            key: 'actions',
            title: '',
            render: (_, i) => (
              <Flex gap={4}>
                {i.kind === 'upload' && (
                  <Button
                    size="small"
                    href={fileApi.item(file.id, i.id)}
                    download
                    icon={<DownloadOutlined aria-hidden />}
                    aria-label={`${t('recordFiles.page.download')} ${i.title}`}
                  />
                )}
                {file.abilities.edit && (
                  <Popconfirm
                    title={t('recordFiles.page.removeConfirm', { title: i.title })}
                    okText={t('recordFiles.page.remove')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={async () => {
                      await api.delete(`/record-files/${file.id}/items/${i.id}`);
                      message.success(t('recordFiles.page.removed'));
                      await refresh();
                    }}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={`${t('recordFiles.page.remove')} ${i.title}`}
                    />
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />

      <FormModal<UploadValues>
        name="file-upload"
        open={dialog === 'upload'}
        title={t('recordFiles.page.uploadTitle')}
        okText={t('recordFiles.page.upload')}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          const form = new FormData();
          if (v.title) form.append('title', v.title);
          if (v.documentDate) form.append('documentDate', toIsoDate(v.documentDate) ?? '');
          if (v.pageCount != null) form.append('pageCount', String(v.pageCount));
          const chosen = v.file?.[0]?.originFileObj;
          if (chosen) form.append('file', chosen, chosen.name);
          await api.upload(`/record-files/${file.id}/items`, form);
          await added();
        }}
      >
        <Form.Item
          label={t('recordFiles.page.file')}
          name="file"
          extra={t('recordFiles.page.uploadHint')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png">
            <Button icon={<UploadOutlined aria-hidden />}>{t('recordFiles.page.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        {common}
      </FormModal>

      <FormModal<LinkValues>
        name="file-link"
        open={dialog === 'link'}
        title={t('recordFiles.page.link')}
        okText={t('recordFiles.page.link')}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          const document = await api.get<DocumentView>(`/documents/${v.documentId}`);
          await api.post(`/record-files/${file.id}/links`, {
            documentVersionId: document.currentVersionId ?? document.versions[0]?.id,
            title: v.title?.trim() || undefined,
            documentDate: toIsoDate(v.documentDate) ?? null,
            pageCount: v.pageCount ?? undefined,
          });
          await added();
        }}
      >
        <Form.Item
          label={t('recordFiles.page.document')}
          name="documentId"
          extra={t('recordFiles.page.documentHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DocumentField />
        </Form.Item>
        {common}
      </FormModal>
    </>
  );
}
