import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../app/format.ts';
import { cataloguePath, useCatalogueWork } from './queries.ts';

/** Việc của tôi: records catalogues submitted to me (a unit head) for approval; nothing when none. */
export function CatalogueInbox() {
  const { t } = useTranslation();
  const work = useCatalogueWork();
  const items = work.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card
      id="catalogues-to-approve"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('catalogue.work.title')} ({formatNumber(items.length)})
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Link key="open" to={cataloguePath(c.id)}>
                {t('catalogue.work.open')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={
                <Link to={cataloguePath(c.id)}>
                  {t('catalogue.work.item', { year: c.year, unit: c.unitName })}
                </Link>
              }
              description={t('catalogue.work.meta', {
                count: c.entryCount,
                name: c.submittedByName ?? '—',
                date: formatDateTime(c.submittedAt, false),
              })}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
