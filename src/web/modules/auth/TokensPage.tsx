import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenView } from '../../../contract/auth.ts';
import { api } from '../../app/api.ts';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { ScrollX } from '../../app/components/ScrollX.tsx';
import { StateTag } from '../../app/components/StateTag.tsx';
import { formatDate, formatDateTime, todayIso } from '../../app/format.ts';
import { CreateTokenModal } from './CreateTokenModal.tsx';

const tokensKey = ['auth', 'tokens'];

function tokenState(token: TokenView) {
  if (token.revokedAt) return 'revoked' as const;
  if (token.expiresAt && token.expiresAt.slice(0, 10) < todayIso()) return 'expired' as const;
  return 'active' as const;
}

/** The person's API tokens: create (shown once), see when each was last used, revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const tokens = useQuery({ queryKey: tokensKey, queryFn: () => api.get<TokenView[]>('/auth/tokens') });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete<TokenView>(`/auth/tokens/${id}`),
    onSuccess: () => {
      message.success(t('auth.tokens.revoked'));
      void queryClient.invalidateQueries({ queryKey: tokensKey });
    },
    onError: (e) => message.error(e.message),
  });

  const confirmRevoke = (token: TokenView) =>
    modal.confirm({
      title: t('auth.tokens.revokeConfirm', { name: token.name }),
      content: t('common.irreversible'),
      okText: t('auth.tokens.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => revoke.mutateAsync(token.id),
    });

  return (
    <>
      <PageHeader
        title={t('auth.tokens.title')}
        subtitle={t('auth.tokens.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('auth.tokens.create')}
          </Button>
        }
      />
      <ErrorAlert error={tokens.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <ScrollX label={t('auth.tokens.title')}>
          <Table<TokenView>
            rowKey="id"
            loading={tokens.isLoading}
            dataSource={tokens.data}
            pagination={false}
            locale={{ emptyText: <EmptyText>{t('auth.tokens.empty')}</EmptyText> }}
            columns={[
              { key: 'name', title: t('auth.tokens.name'), dataIndex: 'name' },
              {
                key: 'scope',
                title: t('auth.tokens.scope'),
                render: (_, tk) => (
                  <Tag>{tk.scope === 'write' ? t('auth.tokens.scopeWrite') : t('auth.tokens.scopeRead')}</Tag>
                ),
              },
              {
                key: 'created',
                title: t('auth.tokens.createdAt'),
                render: (_, tk) => formatDateTime(tk.createdAt, false),
              },
              {
                key: 'expires',
                title: t('auth.tokens.expiresAt'),
                render: (_, tk) => (tk.expiresAt ? formatDate(tk.expiresAt) : t('auth.tokens.noExpiry')),
              },
              {
                key: 'used',
                title: t('auth.tokens.lastUsedAt'),
                render: (_, tk) =>
                  tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, false) : t('auth.tokens.neverUsed'),
              },
              {
                key: 'state',
                title: t('auth.tokens.status'),
                render: (_, tk) => <StateTag state={tokenState(tk)} />,
              },
              {
                key: 'actions',
                title: <span className="sr-only">{t('common.actions')}</span>,
                render: (_, tk) =>
                  tk.revokedAt ? null : (
                    <Button
                      size="small"
                      danger
                      onClick={() => confirmRevoke(tk)}
                      aria-label={`${t('auth.tokens.revoke')}: ${tk.name}`}
                    >
                      {t('auth.tokens.revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        </ScrollX>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        <code>curl -H "Authorization: Bearer eiso_…" {window.location.origin}/api/v1/auth/me</code>
      </Typography.Paragraph>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => void queryClient.invalidateQueries({ queryKey: tokensKey })}
      />
    </>
  );
}
