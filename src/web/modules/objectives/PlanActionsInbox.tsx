import './texts.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ObjectiveDetail, PlanActionWork } from '../../../contract/objectives.ts';
import { api } from '../../app/api.ts';
import { formatDate, formatNumber } from '../../app/format.ts';
import { objectiveKeys, objectivePaths, storeObjective } from './queries.ts';

const workKey = [...objectiveKeys.all, 'work'] as const;

/**
 * Việc của tôi: the open actions of the objectives' plans I own, overdue first (the server's
 * order), each with a button to mark it done; nothing when none.
 */
export function PlanActionsInbox() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const work = useQuery({ queryKey: workKey, queryFn: () => api.get<PlanActionWork>('/my-work/objectives') });
  const [busy, setBusy] = useState<string | null>(null);
  const items = work.data?.actions ?? [];
  if (!items.length) return null;

  const complete = async (a: PlanActionWork['actions'][number]) => {
    setBusy(a.id);
    try {
      storeObjective(
        queryClient,
        await api.post<ObjectiveDetail>(`/objectives/${a.objectiveId}/actions/${a.id}/complete`),
      );
      await queryClient.invalidateQueries({ queryKey: workKey });
      message.success(t('objectives.work.done', { subject: a.description }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      id="objective-actions"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('objectives.work.title')} ({formatNumber(items.length)})
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="done"
                size="small"
                loading={busy === a.id}
                onClick={() => complete(a)}
                aria-label={t('objectives.work.completeLabel', { subject: a.description })}
              >
                {t('objectives.work.complete')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  <Link to={objectivePaths.one(a.objectiveId)}>{a.description}</Link>
                  {a.overdue && (
                    <Tag color="error" style={{ marginInlineStart: 8 }}>
                      {t('objectives.work.overdue')}
                    </Tag>
                  )}
                </>
              }
              description={
                <Typography.Text type={a.overdue ? 'danger' : 'secondary'}>
                  {t('objectives.work.due', {
                    objective: a.unitName ? `${a.objectiveTitle} (${a.unitName})` : a.objectiveTitle,
                    date: formatDate(a.dueDate),
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
