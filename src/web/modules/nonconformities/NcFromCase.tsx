import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { formatDate } from '../../app/format.ts';
import { CreateNcModal } from './NcCreateModal.tsx';
import { GradeTag, NcStateTag } from './NcTags.tsx';
import { ncPaths, useNcs } from './queries.ts';

/**
 * On a case's page: the nonconformities recorded from it (a returned or late step), and for
 * those who may record one, "Ghi nhận sự không phù hợp" with the case as its origin.
 */
export function NcFromCase({
  caseId,
  code,
  title,
  unitId,
}: {
  caseId: string;
  code: string;
  title: string;
  unitId: string;
}) {
  const { t } = useTranslation();
  const list = useNcs({ originId: caseId, page: 1, pageSize: 50 });
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];
  if (!list.data || (items.length === 0 && !list.data.canCreate)) return null;
  return (
    <Card
      style={{ marginTop: 16 }}
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('nonconformities.fromCase.title')}
        </Typography.Title>
      }
      extra={
        list.data.canCreate && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('nonconformities.fromCase.create')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <EmptyText>{t('nonconformities.fromCase.empty')}</EmptyText>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((nc) => (
            <li key={nc.id} style={{ padding: '6px 0' }}>
              <Flex gap={8} wrap align="center">
                <Link to={ncPaths.one(nc.id)}>
                  {nc.code} {nc.title}
                </Link>
                <NcStateTag state={nc.state} />
                <GradeTag grade={nc.grade} />
                <Typography.Text type="secondary">{formatDate(nc.detectedOn)}</Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      <CreateNcModal
        open={creating}
        onClose={() => setCreating(false)}
        preset={{
          source: 'work_case',
          origin: { type: 'work_case', id: caseId, label: `${code}: ${title}`.slice(0, 300) },
          unitId,
        }}
      />
    </Card>
  );
}
