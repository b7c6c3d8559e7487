import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NcWork } from '../../../contract/nonconformities.ts';
import { api } from '../../app/api.ts';
import { formatDate, formatNumber } from '../../app/format.ts';
import { ncKeys, ncPaths } from './queries.ts';

/** Việc của tôi: corrective actions I own, plans to approve, records to verify; nothing when none. */
export function NcInbox() {
  const { t } = useTranslation();
  const work = useQuery({
    queryKey: [...ncKeys.all, 'work'],
    queryFn: () => api.get<NcWork>('/my-work/nonconformities'),
  });
  const w = work.data;
  const items = [
    ...(w?.actions ?? []).map((a) => ({
      key: a.actionId,
      to: ncPaths.one(a.nonconformityId),
      title: `${a.code} — ${a.description}`,
      meta: t('nonconformities.work.action', { date: formatDate(a.dueDate) }),
      danger: a.overdue,
    })),
    ...(w?.toApprove ?? []).map((n) => ({
      key: `approve-${n.id}`,
      to: ncPaths.one(n.id),
      title: `${n.code} ${n.title}`,
      meta: t('nonconformities.work.approve', { unit: n.unitName }),
      danger: false,
    })),
    ...(w?.toVerify ?? []).map((n) => ({
      key: `verify-${n.id}`,
      to: ncPaths.one(n.id),
      title: `${n.code} ${n.title}`,
      meta: t('nonconformities.work.verify', { unit: n.unitName, date: formatDate(n.verifiableFrom) }),
      danger: false,
    })),
  ];
  if (!items.length) return null;
  return (
    <Card
      id="nonconformities"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('nonconformities.work.title')} ({formatNumber(items.length)})
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Link key="open" to={item.to}>
                {t('nonconformities.openRecord')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={<Link to={item.to}>{item.title}</Link>}
              description={
                <Typography.Text type={item.danger ? 'danger' : 'secondary'}>{item.meta}</Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
