import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CrossAssignmentView, RoundAuditView, RoundView } from '../../../../contract/internal-audits.ts';
import { DataList } from '../../../app/components/DataList.tsx';
import { formatDate, formatDateTime } from '../../../app/format.ts';
import { iaApi, refreshAll, useSettings } from '../queries.ts';
import { AuditModal, TeamModal } from './PlanModals.tsx';

type Dialog = null | 'team' | 'audit' | { audit: RoundAuditView };

/** Kế hoạch đánh giá: the team, the schedule per unit, cross-assignment, publishing, running. */
export function PlanTab({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const settings = useSettings(round.can.publish);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [proposal, setProposal] = useState<CrossAssignmentView | null>(null);
  const refresh = () => refreshAll(queryClient);
  const act = async (send: () => Promise<unknown>) => {
    try {
      await send();
      await refresh();
    } catch (error) {
      void message.error((error as Error).message);
    }
  };
  const transition = (action: string) =>
    act(() => iaApi.post(`/rounds/${round.id}/transitions`, { action, version: round.version }));
  const propose = () =>
    act(async () =>
      setProposal(
        await iaApi.post<CrossAssignmentView>(`/rounds/${round.id}/propose-cross-assignment`, {
          version: round.version,
        }),
      ),
    );

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        {round.can.plan && (
          <Button onClick={() => setDialog('team')}>{t('internalAudits.actions.setTeam')}</Button>
        )}
        {round.can.plan && round.team.length > 0 && (
          <Button onClick={propose}>{t('internalAudits.actions.propose')}</Button>
        )}
        {round.can.plan && (
          <Button onClick={() => setDialog('audit')}>{t('internalAudits.actions.addAudit')}</Button>
        )}
        {round.can.publish && (
          <Button type="primary" onClick={() => transition('publish_plan')}>
            {t('internalAudits.actions.publish')}
          </Button>
        )}
        {round.can.run && round.state === 'plan_published' && (
          <Button type="primary" onClick={() => transition('start')}>
            {t('internalAudits.actions.start')}
          </Button>
        )}
        {round.can.run && round.state === 'in_progress' && (
          <Button onClick={() => transition('start_reporting')}>
            {t('internalAudits.actions.startReporting')}
          </Button>
        )}
        {round.can.run && round.state === 'reporting' && (
          <Button onClick={() => transition('close')}>{t('internalAudits.actions.close')}</Button>
        )}
      </Flex>
      {round.can.plan && <Alert type="info" showIcon title={t('internalAudits.plan.independence')} />}
      {round.can.publish && settings.data && (
        <Typography.Text type="secondary">
          {t('internalAudits.plan.publishHelp', { days: settings.data.noticeWorkingDays })}
        </Typography.Text>
      )}
      {proposal && (
        <Alert
          type={proposal.uncovered.length ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setProposal(null)}
          title={t('internalAudits.plan.proposed')}
          description={
            proposal.uncovered.length
              ? t('internalAudits.plan.uncovered', {
                  units: proposal.uncovered.map((u) => u.unit.name).join(', '),
                })
              : undefined
          }
        />
      )}
      <Card size="small" title={t('internalAudits.plan.team')}>
        {round.team.length ? (
          <List
            size="small"
            dataSource={round.team}
            renderItem={(m) => (
              <List.Item>
                <Flex gap={8} wrap align="center">
                  <span>{m.person.name}</span>
                  <Typography.Text type="secondary">{m.unitName}</Typography.Text>
                  {m.role === 'lead' && <Tag>{t('internalAudits.fields.lead')}</Tag>}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="secondary">{t('internalAudits.plan.noTeam')}</Typography.Text>
        )}
      </Card>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {t('internalAudits.plan.schedule')}
      </Typography.Title>
      <DataList<RoundAuditView>
        label={t('internalAudits.plan.schedule')}
        rowKey="id"
        data={round.audits}
        hideOnSinglePage
        empty={<Empty description={t('internalAudits.plan.noSchedule')} />}
        columns={[
          {
            key: 'unit',
            card: 'title',
            title: t('internalAudits.fields.unit'),
            // Once the plan is out, a unit's audit has its own page (checklist, samples, findings).
            render: (_, a) =>
              round.state === 'planned' ? (
                a.unit.name
              ) : (
                <Link to={`/internal-audits/round-audits/${a.id}`}>{a.unit.name}</Link>
              ),
          },
          {
            key: 'date',
            card: 'field',
            title: t('internalAudits.fields.date'),
            render: (_, a) =>
              a.auditDate
                ? `${formatDate(a.auditDate)}${a.startTime ? ` ${a.startTime}${a.endTime ? `–${a.endTime}` : ''}` : ''}`
                : '—',
          },
          {
            key: 'place',
            card: 'field',
            title: t('internalAudits.fields.place'),
            render: (_, a) => a.place || '—',
          },
          {
            key: 'auditors',
            card: 'field',
            title: t('internalAudits.fields.auditors'),
            render: (_, a) => a.auditors.map((p) => p.name).join(', ') || '—',
          },
          {
            key: 'procedures',
            card: 'field',
            title: t('internalAudits.fields.procedures'),
            render: (_, a) => a.procedures.map((p) => p.code).join(', ') || '—',
          },
          {
            key: 'representatives',
            card: 'field',
            title: t('internalAudits.fields.representatives'),
            render: (_, a) => a.auditeeRepresentatives.map((r) => r.name).join(', ') || '—',
          },
          {
            key: 'notice',
            card: 'field',
            title: t('internalAudits.fields.noticeSent'),
            render: (_, a) => (a.noticeSentAt ? formatDateTime(a.noticeSentAt, false) : '—'),
          },
          ...(round.can.schedule
            ? [
                {
                  key: 'actions',
                  card: 'action' as const,
                  title: '',
                  render: (_: unknown, a: RoundAuditView) => (
                    <Button size="small" onClick={() => setDialog({ audit: a })}>
                      {t('internalAudits.actions.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TeamModal
        open={dialog === 'team'}
        round={round}
        onCancel={() => setDialog(null)}
        onSubmit={async (values) => {
          await iaApi.put(`/rounds/${round.id}/team`, {
            ...values,
            memberIds: values.memberIds ?? [],
            version: round.version,
          });
          await refresh();
          setDialog(null);
        }}
      />
      <AuditModal
        open={dialog === 'audit' || (typeof dialog === 'object' && dialog !== null)}
        round={round}
        audit={typeof dialog === 'object' && dialog !== null ? dialog.audit : null}
        onCancel={() => setDialog(null)}
        onSubmit={async (body) => {
          if (typeof dialog === 'object' && dialog !== null)
            await iaApi.patch(`/round-audits/${dialog.audit.id}`, body);
          else await iaApi.post(`/rounds/${round.id}/audits`, body);
          await refresh();
          setDialog(null);
        }}
      />
    </Flex>
  );
}
