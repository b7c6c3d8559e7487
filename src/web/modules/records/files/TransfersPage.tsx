import {
  ArrowLeftOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../../../contract/common.ts';
import type { FileListItem, FilesPage, TransferSummary } from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { DataList, useIsPhone, useListState } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { DATE_FORMAT, formatDate, formatNumber, todayDate, toIsoDate } from '../../../app/format.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { TransferStatusTag, useRetentionText } from './FileTags.tsx';
import { fileApi, fileKeys, filePaths } from './queries.ts';

type Values = { unitId: string; transferDate: Dayjs; receivedByName: string; notes?: string };

/** Nộp lưu: the transfers the person may see, their papers, and a new transfer from closed files. */
export function TransfersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const retention = useRetentionText();
  const state = useListState();
  const { page, pageSize } = state;
  const [creating, setCreating] = useState(false);
  const phone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const [selected, setSelected] = useState<string[]>([]);
  const transfers = useQuery({
    queryKey: fileKeys.transfers({ page, pageSize }),
    queryFn: () => api.get<Page<TransferSummary>>('/archive-transfers', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const closed = useQuery({
    queryKey: fileKeys.list({ unitId, state: 'closed', pageSize: 100 }),
    queryFn: () =>
      api.get<FilesPage>('/record-files', { unitId, state: 'closed', pageSize: 100, sort: 'fileCode' }),
    enabled: creating && Boolean(unitId),
  });
  const manages = me.grants.some((g) => g.role === 'unit_head' || g.role === 'iso_officer');
  const paper = (id: string, document: 'list' | 'minutes', format: 'xlsx' | 'docx' | 'pdf') => (
    <Button
      size="small"
      href={fileApi.transferPaper(id, document, format)}
      download
      icon={
        format === 'xlsx' ? (
          <FileExcelOutlined aria-hidden />
        ) : format === 'docx' ? (
          <FileWordOutlined aria-hidden />
        ) : (
          <FilePdfOutlined aria-hidden />
        )
      }
    >
      {format.toUpperCase()}
    </Button>
  );

  return (
    <>
      <Link to={filePaths.list} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('recordFiles.title')}
      </Link>
      <PageHeader
        title={t('recordFiles.transfer.title')}
        subtitle={t('recordFiles.transfer.subtitle')}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('recordFiles.transfer.create')}
            </Button>
          )
        }
      />
      <Card>
        <ErrorAlert error={transfers.error} />
        <DataList<TransferSummary>
          label={t('recordFiles.transfer.title')}
          testId="transfers-list"
          rowKey="id"
          loading={transfers.isFetching}
          data={transfers.data?.items}
          total={transfers.data?.total ?? 0}
          state={state}
          empty={<Empty description={t('recordFiles.transfer.empty')} />}
          columns={[
            {
              key: 'date',
              card: 'title',
              title: t('recordFiles.transfer.date'),
              render: (_, r) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {phone ? `${formatDate(r.transferDate)} · ${r.unitName}` : formatDate(r.transferDate)}
                </span>
              ),
            },
            {
              key: 'unit',
              title: t('recordFiles.transfer.unit'),
              render: (_, r) => <div style={{ maxWidth: 140 }}>{r.unitName}</div>,
            },
            {
              key: 'count',
              card: 'field',
              title: t('recordFiles.transfer.fileCount'),
              align: 'right',
              render: (_, r) => formatNumber(r.fileCount),
            },
            {
              key: 'by',
              card: 'field',
              title: t('recordFiles.transfer.handedOverBy'),
              render: (_, r) => <div style={{ maxWidth: 120 }}>{r.handedOverByName}</div>,
            },
            {
              key: 'to',
              card: 'field',
              title: t('recordFiles.transfer.receivedBy'),
              render: (_, r) => <div style={{ maxWidth: 130 }}>{r.receivedByName}</div>,
            },
            {
              key: 'list',
              card: 'field',
              title: t('recordFiles.transfer.list'),
              render: (_, r) => (
                <Flex gap={4} wrap style={{ maxWidth: 150 }}>
                  {paper(r.id, 'list', 'xlsx')}
                  {paper(r.id, 'list', 'docx')}
                  {paper(r.id, 'list', 'pdf')}
                </Flex>
              ),
            },
            {
              key: 'minutes',
              card: 'field',
              title: t('recordFiles.transfer.minutes'),
              render: (_, r) => (
                <Flex gap={4} wrap style={{ maxWidth: 150 }}>
                  {paper(r.id, 'minutes', 'docx')}
                  {paper(r.id, 'minutes', 'pdf')}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<Values>
        name="transfer"
        form={form}
        open={creating}
        width={820}
        title={t('recordFiles.transfer.create')}
        okText={t('recordFiles.transfer.create')}
        onCancel={() => setCreating(false)}
        initialValues={{ unitId: me.activeUnitId ?? me.person.unitId, transferDate: todayDate() }}
        onSubmit={async (v) => {
          await api.post('/archive-transfers', {
            unitId: v.unitId,
            transferDate: toIsoDate(v.transferDate),
            receivedByName: v.receivedByName,
            notes: v.notes?.trim() || null,
            fileIds: selected,
          });
          message.success(t('recordFiles.transfer.created', { count: selected.length }));
          setSelected([]);
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: fileKeys.all });
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            label={t('recordFiles.transfer.unit')}
            name="unitId"
            rules={[{ required: true }]}
            style={{ flex: 2 }}
          >
            <UnitSelect onChange={() => setSelected([])} />
          </Form.Item>
          <Form.Item
            label={t('recordFiles.transfer.date')}
            name="transferDate"
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          label={t('recordFiles.transfer.receivedBy')}
          name="receivedByName"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('recordFiles.transfer.notes')} name="notes">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('recordFiles.transfer.chooseFiles')} required>
          <Table<FileListItem>
            rowKey="id"
            size="small"
            loading={closed.isFetching}
            dataSource={closed.data?.items}
            pagination={false}
            scroll={{ y: 280, x: 'max-content' }}
            locale={{ emptyText: t('recordFiles.transfer.noClosed') }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
            columns={[
              { key: 'code', title: t('recordFiles.fields.fileCode'), dataIndex: 'fileCode' },
              { key: 'title', title: t('recordFiles.fields.title'), dataIndex: 'title' },
              {
                key: 'period',
                title: t('recordFiles.fields.period'),
                render: (_, f) => `${formatDate(f.startDate)} – ${formatDate(f.endDate)}`,
              },
              {
                key: 'retention',
                title: t('recordFiles.fields.retention'),
                render: (_, f) => retention(f.retentionYears),
              },
              { key: 'status', title: '', render: (_, f) => <TransferStatusTag status={f.transferStatus} /> },
            ]}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
