import './texts.ts';
import { DownloadOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationList, DeclarationView } from '../../../../contract/steering-reports.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { formatDate } from '../../../app/format.ts';
import { tagColours } from '../../documents/DocumentStateTag.tsx';
import { steeringReportPaths } from './access.ts';

const key = ['steering-reports', 'declarations'];

/** Công bố HTQLCL (Phụ lục I): the one in force, whether it still covers the scope, drafts to sign. */
export function DeclarationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<DeclarationList>('/steering/reports/declarations'),
  });
  const [signing, setSigning] = useState<DeclarationView | null>(null);
  const [drafting, setDrafting] = useState(false);
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <PageSpinner />;
  const d = list.data;
  const draft = async () => {
    setDrafting(true);
    try {
      queryClient.setQueryData(key, await api.post<DeclarationList>('/steering/reports/declarations'));
    } finally {
      setDrafting(false);
    }
  };
  const drafts = d.items.filter((i) => i.state === 'draft');
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Link to={steeringReportPaths.list}>← {t('steeringReports.back')}</Link>
      </Typography.Paragraph>
      <PageHeader
        title={t('steeringReports.declarations.title')}
        extra={
          d.canDraft && (
            <Button icon={<PlusOutlined aria-hidden />} loading={drafting} onClick={draft}>
              {t('steeringReports.declarations.draft')}
            </Button>
          )
        }
      />
      <Alert
        showIcon
        type={!d.current ? 'error' : d.stale ? 'warning' : 'success'}
        message={
          !d.current
            ? t('steeringReports.declarations.none')
            : d.stale
              ? t('steeringReports.declarations.stale')
              : t('steeringReports.declarations.fresh')
        }
        style={{ marginBottom: 16 }}
      />
      {(d.added.length > 0 || d.removed.length > 0) && d.current && (
        <Card size="small" style={{ marginBottom: 16 }}>
          {d.added.length > 0 && (
            <>
              <Typography.Text strong>{t('steeringReports.declarations.added')}</Typography.Text>
              <ul>
                {d.added.map((p) => (
                  <li key={p.id}>
                    <Link to={`/documents/${p.id}`}>{`${p.code} — ${p.title}`}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {d.removed.length > 0 && (
            <>
              <Typography.Text strong>{t('steeringReports.declarations.removed')}</Typography.Text>
              <ul>
                {d.removed.map((p) => (
                  <li key={p.id}>{`${p.code} — ${p.title}`}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      )}
      <Flex vertical gap={16}>
        {[...(d.current ? [d.current] : []), ...drafts].map((decl) => (
          <Card
            key={decl.id}
            title={
              <Flex gap={8} wrap align="center">
                <span>
                  {decl.state === 'signed'
                    ? t('steeringReports.declarations.current')
                    : t('steeringReports.declarations.states.draft')}
                </span>
                <Tag
                  variant="outlined"
                  style={{
                    marginInlineEnd: 0,
                    ...(decl.state === 'signed' ? tagColours.green : tagColours.grey),
                  }}
                >
                  {t(`steeringReports.declarations.states.${decl.state}`)}
                </Tag>
              </Flex>
            }
            extra={
              <Flex gap={8} wrap>
                <Button
                  size="small"
                  icon={<DownloadOutlined aria-hidden />}
                  href={`/api/v1/steering/reports/declarations/${decl.id}.docx`}
                  download
                >
                  DOCX
                </Button>
                {decl.state === 'draft' && d.canSign && (
                  <Button
                    size="small"
                    type="primary"
                    icon={<SafetyCertificateOutlined aria-hidden />}
                    onClick={() => setSigning(decl)}
                  >
                    {t('steeringReports.declarations.sign')}
                  </Button>
                )}
              </Flex>
            }
          >
            {decl.state === 'signed' && (
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'on',
                    label: t('steeringReports.declarations.declaredOn'),
                    children: formatDate(decl.declaredOn),
                  },
                  {
                    key: 'by',
                    label: t('steeringReports.declarations.signer'),
                    children: decl.signer ? `${decl.signer.name}, ${decl.signer.position}` : '',
                  },
                ]}
              />
            )}
            <Typography.Title level={2} style={{ fontSize: 15, marginTop: 12 }}>
              {t('steeringReports.declarations.scope', { count: decl.scope.length })}
            </Typography.Title>
            <List
              size="small"
              dataSource={decl.scope}
              renderItem={(s) => <List.Item key={s.id}>{`${s.code} — ${s.title}`}</List.Item>}
            />
          </Card>
        ))}
      </Flex>
      <FormModal<{ password: string }>
        name="declaration-sign"
        open={signing !== null}
        title={t('steeringReports.declarations.signTitle')}
        okText={t('steeringReports.declarations.sign')}
        intro={t('steeringReports.declarations.signIntro', { count: signing?.scope.length ?? 0 })}
        onCancel={() => setSigning(null)}
        onSubmit={async (v) => {
          if (!signing) return;
          queryClient.setQueryData(
            key,
            await api.post<DeclarationList>(`/steering/reports/declarations/${signing.id}/sign`, {
              version: signing.version,
              password: v.password,
            }),
          );
          setSigning(null);
          message.success(t('steeringReports.declarations.signed'));
        }}
      >
        <Form.Item
          name="password"
          label={t('steeringReports.declarations.password')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </FormModal>
    </>
  );
}
