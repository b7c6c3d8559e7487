import './texts.ts';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TreatmentWork } from '../../../contract/risks.ts';
import { api } from '../../app/api.ts';
import { formatDate, formatNumber } from '../../app/format.ts';
import { riskKeys, riskPaths } from './queries.ts';

/**
 * Việc của tôi: the treatments of risks and opportunities I own and have not reported done,
 * overdue first (the server's order); each opens its risk, where its result is reported.
 */
export function TreatmentsInbox() {
  const { t } = useTranslation();
  const work = useQuery({
    queryKey: riskKeys.work,
    queryFn: () => api.get<TreatmentWork>('/my-work/risks'),
  });
  const items = work.data?.treatments ?? [];
  if (!items.length) return null;
  return (
    <Card
      id="risk-treatments"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('risks.work.title')} ({formatNumber(items.length)})
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Link
                key="open"
                to={riskPaths.one(item.riskId)}
                aria-label={t('risks.work.openLabel', { code: item.code })}
              >
                {t('risks.work.open')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  <Link to={riskPaths.one(item.riskId)}>{item.treatment}</Link>
                  {item.overdue && (
                    <Tag color="error" style={{ marginInlineStart: 8 }}>
                      {t('risks.work.overdue')}
                    </Tag>
                  )}
                </>
              }
              description={
                <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                  {t('risks.work.due', {
                    code: item.code,
                    unit: item.unitName,
                    date: formatDate(item.dueOn),
                  })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
