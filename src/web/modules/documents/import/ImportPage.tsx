import { CheckCircleOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Grid, List, Result, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportPreview, ImportPreviewItem, ImportResult } from '../../../../contract/document-import.ts';
import { ApiError, api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { NotFoundPage } from '../../../app/components/NotFoundPage.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { XlsxPicker } from '../../../app/components/XlsxPicker.tsx';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { canImport } from '../access.ts';
import { issueNoText, typeName } from '../names.ts';
import { docKeys } from '../queries.ts';

type RowError = { key: number; row: number | null; column: string; message: string };

/** The server's 422 details as a table: row as in Excel, column header, message. */
function errorRows(error: ApiError, labels: { list: string; file: (name: string) => string }): RowError[] {
  return error.details.map((d, key) => {
    const cell = /^rows\[(\d+)\]\.(.*)$/.exec(d.path);
    if (cell) return { key, row: Number(cell[1]), column: cell[2], message: d.message };
    const file = /^files\[(.*)\]$/.exec(d.path);
    return {
      key,
      row: null,
      column: file ? labels.file(file[1]) : labels.list,
      message: d.message,
    };
  });
}

/**
 * Nhập hệ thống tài liệu đang áp dụng: the secretariat sends the master list and the files,
 * checks them (nothing is written; every error by row and column), then imports in one go.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [list, setList] = useState<File | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [invalid, setInvalid] = useState<RowError[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  // Below 768 px the errors are a list (row and column above the message), not three columns.
  const wide = Grid.useBreakpoint().md ?? true;

  if (!canImport(me)) return <NotFoundPage />;

  const changed = () => {
    setPreview(null);
    setInvalid(null);
    setFailure(null);
  };
  const form = () => {
    const body = new FormData();
    if (list) body.append('list', list);
    for (const f of files) body.append('files', f);
    return body;
  };
  const send = async (step: 'check' | 'commit') => {
    setBusy(step);
    changed();
    try {
      if (step === 'check') setPreview(await api.upload<ImportPreview>('/documents/import/check', form()));
      else {
        const result = await api.upload<ImportResult>('/documents/import', form());
        await queryClient.invalidateQueries({ queryKey: docKeys.all });
        setDone(result);
      }
    } catch (e) {
      if (e instanceof ApiError && e.code === 'documents.import_invalid')
        setInvalid(
          errorRows(e, {
            list: t('documentImport.wholeList'),
            file: (name) => t('documentImport.file', { name }),
          }),
        );
      else setFailure(e);
    } finally {
      setBusy(null);
    }
  };
  const confirmCommit = () =>
    modal.confirm({
      title: t('documentImport.confirmTitle', { documents: formatNumber(preview?.documents ?? 0) }),
      content: t('documentImport.confirmBody'),
      okText: t('documentImport.commit'),
      cancelText: t('common.cancel'),
      onOk: () => send('commit'),
    });

  if (done) {
    return (
      <>
        <PageHeader title={t('documentImport.title')} />
        <Card>
          <Result
            status="success"
            title={t('documentImport.done', { documents: formatNumber(done.documents) })}
            extra={[
              <Link key="list" to={paths.documents}>
                <Button type="primary">{t('documentImport.toList')}</Button>
              </Link>,
              <Button
                key="again"
                onClick={() => {
                  setDone(null);
                  setList(null);
                  setFiles([]);
                }}
              >
                {t('documentImport.again')}
              </Button>,
            ]}
          />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('documentImport.title')} subtitle={t('documentImport.subtitle')} />
      <Flex vertical gap={16}>
        <Card title={t('documentImport.listStep')}>
          <Typography.Paragraph>{t('documentImport.listHelp')}</Typography.Paragraph>
          <Flex wrap gap={8} align="start">
            <Button
              href="/api/v1/documents/import/template.xlsx"
              icon={<DownloadOutlined aria-hidden />}
              download
            >
              {t('documentImport.template')}
            </Button>
            <XlsxPicker
              file={list}
              onChange={(f) => {
                setList(f);
                changed();
              }}
              label={t('documentImport.chooseList')}
            />
          </Flex>
        </Card>
        <Card title={t('documentImport.filesStep')}>
          <Typography.Paragraph>{t('documentImport.filesHelp')}</Typography.Paragraph>
          <Upload
            multiple
            accept=".docx,.pdf,.zip,application/pdf,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            beforeUpload={(f, chosen) => {
              // Called once per file with the whole choice: take it once.
              if (f === chosen[0]) {
                setFiles((prev) => [...prev, ...chosen]);
                changed();
              }
              return false;
            }}
            onRemove={(removed) => {
              setFiles((prev) => prev.filter((f) => (f as File & { uid?: string }).uid !== removed.uid));
              changed();
            }}
            fileList={files.map((f) => ({
              uid: (f as File & { uid?: string }).uid ?? f.name,
              name: f.name,
              status: 'done' as const,
            }))}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('documentImport.chooseFiles')}</Button>
          </Upload>
          {files.length > 0 && (
            <Typography.Text type="secondary">
              {t('documentImport.filesChosen', { n: formatNumber(files.length) })}
            </Typography.Text>
          )}
        </Card>
        <Flex wrap gap={8}>
          <Button disabled={!list} loading={busy === 'check'} onClick={() => send('check')}>
            {t('documentImport.check')}
          </Button>
          <Button
            type="primary"
            disabled={!preview || busy !== null}
            loading={busy === 'commit'}
            onClick={confirmCommit}
          >
            {t('documentImport.commit')}
          </Button>
        </Flex>
        <ErrorAlert error={failure} />
        {invalid && (
          <Card>
            <Alert
              type="error"
              showIcon
              title={t('documentImport.errorsTitle', { n: formatNumber(invalid.length) })}
              description={t('documentImport.errorsHelp')}
              style={{ marginBottom: 16 }}
            />
            {wide ? (
              <Table<RowError>
                aria-label={t('documentImport.errorsRegion')}
                rowKey="key"
                size="small"
                dataSource={invalid}
                pagination={invalid.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                columns={[
                  {
                    key: 'row',
                    title: t('documentImport.columns.row'),
                    width: 72,
                    render: (_, e) => (e.row == null ? '—' : formatNumber(e.row)),
                  },
                  {
                    key: 'column',
                    title: t('documentImport.columns.column'),
                    dataIndex: 'column',
                    width: 160,
                  },
                  { key: 'message', title: t('documentImport.columns.message'), dataIndex: 'message' },
                ]}
              />
            ) : (
              <List<RowError>
                aria-label={t('documentImport.errorsRegion')}
                size="small"
                dataSource={invalid}
                renderItem={(e) => (
                  <List.Item key={e.key}>
                    <div>
                      <Typography.Text strong>
                        {e.row == null
                          ? e.column
                          : `${t('documentImport.columns.row')} ${formatNumber(e.row)} · ${e.column}`}
                      </Typography.Text>
                      <div>{e.message}</div>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        )}
        {preview && (
          <Card>
            <Alert
              type="success"
              showIcon
              icon={<CheckCircleOutlined aria-hidden />}
              title={t('documentImport.checkedTitle', {
                documents: formatNumber(preview.documents),
                versions: formatNumber(preview.versions),
                files: formatNumber(preview.files),
              })}
              style={{ marginBottom: 16 }}
            />
            <Table<ImportPreviewItem>
              aria-label={t('documentImport.previewRegion')}
              rowKey="code"
              size="small"
              dataSource={preview.items}
              scroll={{ x: 'max-content' }}
              pagination={preview.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              columns={[
                { key: 'row', title: t('documentImport.columns.row'), render: (_, d) => formatNumber(d.row) },
                { key: 'code', title: t('documents.fields.code'), dataIndex: 'code' },
                { key: 'title', title: t('documents.fields.title'), dataIndex: 'title', width: 280 },
                { key: 'type', title: t('documents.fields.type'), render: (_, d) => typeName(d.type) },
                {
                  key: 'unit',
                  title: t('documents.fields.ownerUnit'),
                  dataIndex: 'ownerUnitName',
                  width: 180,
                },
                {
                  key: 'issueNo',
                  title: t('documents.fields.issueNo'),
                  render: (_, d) => issueNoText(d.issueNo),
                },
                {
                  key: 'effectiveDate',
                  title: t('documents.fields.effectiveDate'),
                  render: (_, d) => formatDate(d.effectiveDate),
                },
                {
                  key: 'earlier',
                  title: t('documentImport.columns.earlier'),
                  render: (_, d) => d.earlierIssues.map(issueNoText).join(', ') || '—',
                },
                {
                  key: 'files',
                  title: t('documentImport.columns.files'),
                  width: 220,
                  render: (_, d) => (
                    <div style={{ overflowWrap: 'anywhere' }}>
                      {d.files.map((name) => (
                        <div key={name}>{name}</div>
                      ))}
                    </div>
                  ),
                },
              ]}
            />
          </Card>
        )}
      </Flex>
    </>
  );
}
