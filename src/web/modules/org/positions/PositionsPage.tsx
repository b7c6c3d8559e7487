import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionView } from '../../../../contract/org.ts';
import { isAgencyAdmin, useMe } from '../../../app/auth.tsx';
import { DataList } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { formatNumber } from '../../../app/format.ts';
import { usePositions } from '../queries.ts';
import { PositionModal } from './PositionModal.tsx';

/** The agency's list of positions (Vụ trưởng, Chuyên viên, …), ordered by rank. */
export function PositionsPage() {
  const { t } = useTranslation();
  const positions = usePositions();
  const [editing, setEditing] = useState<PositionView | 'new' | null>(null);
  // Positions are the agency's: only agency-wide administrators change them.
  const canEdit = isAgencyAdmin(useMe());
  const add = canEdit && (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('org.positions.add')}
    </Button>
  );
  const rows = [...(positions.data ?? [])].sort(
    (a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'vi'),
  );

  return (
    <>
      <PageHeader title={t('org.positions.title')} subtitle={t('org.positions.subtitle')} extra={add} />
      <ErrorAlert error={positions.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <DataList<PositionView>
          label={t('org.positions.title')}
          testId="positions-list"
          rowKey="id"
          loading={positions.isLoading}
          data={rows}
          hideOnSinglePage
          empty={positions.isLoading ? null : <Empty description={t('org.positions.empty')}>{add}</Empty>}
          columns={[
            { key: 'name', card: 'title', title: t('org.positions.name'), dataIndex: 'name' },
            {
              key: 'rank',
              card: 'field',
              title: t('org.positions.rank'),
              align: 'right',
              render: (_, p) => formatNumber(p.rank),
            },
            {
              key: 'actions',
              card: 'action',
              title: <span className="sr-only">{t('common.actions')}</span>,
              align: 'right',
              render: (_, p) =>
                canEdit && (
                  <Button
                    size="small"
                    onClick={() => setEditing(p)}
                    aria-label={`${t('common.edit')}: ${p.name}`}
                  >
                    {t('common.edit')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <PositionModal target={editing} onClose={() => setEditing(null)} />
    </>
  );
}
