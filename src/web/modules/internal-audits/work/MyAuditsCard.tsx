import '../texts.ts';
import { Card, List, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../app/format.ts';
import { auditWorkPaths, useMyAudits } from './queries.ts';

/** Việc của tôi: "Đánh giá của tôi", the unit audits I perform in rounds under way; nothing when none. */
export function MyAuditsCard({ style }: { style?: CSSProperties }) {
  const { t } = useTranslation();
  const mine = useMyAudits();
  const items = mine.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card
      style={style}
      id="my-audits"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('auditWork.mine.title')} ({formatNumber(items.length)})
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(a) => {
          const to = auditWorkPaths.roundAudit(a.roundAuditId);
          return (
            <List.Item
              actions={[
                <Link key="open" to={to}>
                  {t('auditWork.mine.open')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={to}>{a.unit.name}</Link>}
                description={t('auditWork.mine.meta', {
                  round: t('auditWork.mine.round', {
                    number: a.round.number,
                    year: a.round.year,
                    title: a.round.title,
                  }),
                  date: formatDate(a.auditDate),
                  unanswered: formatNumber(a.unanswered),
                  findings: formatNumber(a.findings),
                })}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
