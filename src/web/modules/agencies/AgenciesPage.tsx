import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyView } from '../../../contract/org.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { DataList } from '../../app/components/DataList.tsx';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { StateTag } from '../../app/components/StateTag.tsx';
import { AgencyModal } from './AgencyModal.tsx';
import { CreateAgencyModal } from './CreateAgencyModal.tsx';
import { agenciesKey } from './keys.ts';

/** The agencies hosted by this deployment (operators only). */
export function AgenciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AgencyView | null>(null);
  const agencies = useQuery({ queryKey: agenciesKey, queryFn: () => api.get<AgencyView[]>('/agencies') });

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        subtitle={t('agencies.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('agencies.add')}
          </Button>
        }
      />
      <ErrorAlert error={agencies.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <DataList<AgencyView>
          label={t('agencies.title')}
          testId="agencies-list"
          rowKey="id"
          loading={agencies.isLoading}
          data={agencies.data}
          hideOnSinglePage
          empty={<EmptyText>{t('agencies.empty')}</EmptyText>}
          columns={[
            { key: 'code', card: 'field', title: t('agencies.code'), dataIndex: 'code' },
            {
              key: 'name',
              card: 'title',
              title: t('agencies.name'),
              render: (_, a) => (
                <>
                  {a.name} {a.id === me.agency.id && <Tag>{t('agencies.current')}</Tag>}
                </>
              ),
            },
            { key: 'short', title: t('agencies.shortName'), render: (_, a) => a.shortName ?? '—' },
            {
              key: 'status',
              card: 'field',
              title: t('agencies.status'),
              render: (_, a) => (a.status === 'active' ? <StateTag state="active" /> : <Tag>{a.status}</Tag>),
            },
            {
              key: 'actions',
              card: 'action',
              title: <span className="sr-only">{t('common.actions')}</span>,
              align: 'right',
              render: (_, a) => (
                <Button
                  size="small"
                  onClick={() => setEditing(a)}
                  aria-label={`${t('common.edit')}: ${a.name}`}
                >
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <CreateAgencyModal open={creating} onClose={() => setCreating(false)} />
      <AgencyModal agency={editing} onClose={() => setEditing(null)} />
    </>
  );
}
