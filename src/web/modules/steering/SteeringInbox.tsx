import './texts.ts';
import { Card, List, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../app/format.ts';
import { steeringPaths, useDirectiveWork, useOverdueByUnit } from './queries.ts';

/** Việc của tôi: the open directives of the units I head or am the ISO officer of; nothing when none. */
export function SteeringInbox() {
  const { t } = useTranslation();
  const work = useDirectiveWork();
  const items = work.data?.directives ?? [];
  if (!items.length) return null;
  return (
    <Card
      id="steering-directives"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('steering.work.title')} ({formatNumber(items.length)})
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(d) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={steeringPaths.directives(d.unitId)}>{d.conclusionText}</Link>}
              description={
                <Typography.Text type={d.status === 'overdue' ? 'danger' : 'secondary'}>
                  {t('steering.work.due', { unit: d.unitName, date: formatDate(d.dueDate) })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Leadership's home: open directives overdue, by unit; nothing for those who do not follow the committee. */
export function OverdueDirectivesCard({ style }: { style?: CSSProperties }) {
  const { t } = useTranslation();
  const query = useOverdueByUnit();
  const units = query.data?.units ?? [];
  if (!units.length) return null;
  const overdue = units.filter((u) => u.overdue > 0);
  return (
    <Card
      id="steering-overdue"
      style={style}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('steering.home.title')}
        </Typography.Title>
      }
    >
      {overdue.length === 0 ? (
        <Typography.Text type="secondary">{t('steering.home.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={overdue}
          renderItem={(u) => (
            <List.Item
              actions={[
                <Typography.Text key="open" type="secondary">
                  {t('steering.home.open')}: {formatNumber(u.open)}
                </Typography.Text>,
              ]}
            >
              <Link to={`${steeringPaths.directives(u.unitId)}&status=overdue`}>{u.unitName}</Link>
              <Typography.Text type="danger" style={{ marginInlineStart: 8 }}>
                {t('steering.home.overdue')}: {formatNumber(u.overdue)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
