import '../texts.ts';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Empty, Flex, Form, Input, Row, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeView, RoundSummary } from '../../../../contract/internal-audits.ts';
import { DataList } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { formatDate } from '../../../app/format.ts';
import { useUnits } from '../../org/queries.ts';
import { iaApi, iaPaths, refreshAll, useProgramme } from '../queries.ts';
import { ProgrammeStateTag, RoundStateTag } from '../Tags.tsx';
import { CoverageCard, RiskCard } from './PlanningAids.tsx';
import { ProgrammeCalendar } from './ProgrammeCalendar.tsx';
import { RoundModal } from './RoundModal.tsx';

type Dialog = null | 'approve' | 'return' | 'round' | { round: RoundSummary };

/** The year's programme: calendar, rounds, coverage gaps, risk aid; submit, approve, return. */
export function ProgrammePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const programme = useProgramme(id);
  const units = useUnits();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (programme.isLoading) return <PageSpinner />;
  if (!programme.data) return <ErrorAlert error={programme.error} />;
  const p: ProgrammeView = programme.data;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const transition = async (action: string, extra: Record<string, unknown> = {}) => {
    await iaApi.post(`/programmes/${id}/transitions`, { action, version: p.version, ...extra });
    await refreshAll(queryClient);
  };
  const saveRound = async (values: Record<string, unknown>) => {
    if (dialog && typeof dialog === 'object') {
      await iaApi.patch(`/rounds/${dialog.round.id}`, { ...values, version: dialog.round.version });
    } else {
      await iaApi.post(`/programmes/${id}/rounds`, values);
    }
    await refreshAll(queryClient);
    setDialog(null);
  };
  const deleteRound = async (round: RoundSummary) => {
    try {
      await iaApi.delete(`/rounds/${round.id}?version=${round.version}`);
      await refreshAll(queryClient);
    } catch (error) {
      void message.error((error as Error).message);
    }
  };

  return (
    <>
      <Typography.Paragraph>
        <Link to={iaPaths.home}>{t('internalAudits.back')}</Link>
      </Typography.Paragraph>
      <PageHeader
        title={p.title}
        tags={<ProgrammeStateTag state={p.state} />}
        extra={
          <Flex gap={8} wrap>
            {p.can.submit && (
              <Button type="primary" onClick={() => transition('submit')}>
                {t('internalAudits.actions.submit')}
              </Button>
            )}
            {p.can.approve && (
              <Button type="primary" onClick={() => setDialog('approve')}>
                {t('internalAudits.actions.approve')}
              </Button>
            )}
            {p.approveBlocked && (
              <Tooltip title={p.approveBlocked[lang]}>
                <Button
                  disabled
                  aria-label={`${t('internalAudits.actions.approve')} — ${p.approveBlocked[lang]}`}
                >
                  {t('internalAudits.actions.approve')}
                </Button>
              </Tooltip>
            )}
            {p.can.return && (
              <Button danger onClick={() => setDialog('return')}>
                {t('internalAudits.actions.return')}
              </Button>
            )}
          </Flex>
        }
      />
      {p.approverName && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('internalAudits.fields.approvedBy', {
            name: p.approverName,
            position: p.approverPosition ?? '',
            date: formatDate(p.approvedAt),
          })}
        />
      )}
      {p.state === 'returned' && p.returnComment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('internalAudits.fields.returned', { comment: p.returnComment })}
        />
      )}
      {p.objectives && <Typography.Paragraph>{p.objectives}</Typography.Paragraph>}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '8px 0' }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('internalAudits.fields.round')}
        </Typography.Title>
        {p.can.edit && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('round')}>
            {t('internalAudits.actions.addRound')}
          </Button>
        )}
      </Flex>
      <DataList<RoundSummary>
        label={t('internalAudits.fields.round')}
        rowKey="id"
        data={p.rounds}
        hideOnSinglePage
        empty={<Empty />}
        columns={[
          {
            key: 'title',
            card: 'title',
            title: t('internalAudits.fields.round'),
            render: (_, r) => (
              <Link to={iaPaths.round(r.id)}>
                {t('internalAudits.fields.number')} {r.number}: {r.title}
              </Link>
            ),
          },
          {
            key: 'month',
            card: 'field',
            title: t('internalAudits.fields.plannedMonth'),
            render: (_, r) => `${String(r.plannedMonth).padStart(2, '0')}/${p.year}`,
          },
          {
            key: 'scope',
            card: 'field',
            title: t('internalAudits.fields.scopeUnits'),
            render: (_, r) => (
              <div style={{ maxWidth: 360 }}>{r.scopeUnits.map((u) => u.name).join(', ')}</div>
            ),
          },
          {
            key: 'lead',
            card: 'field',
            title: t('internalAudits.fields.lead'),
            render: (_, r) => r.lead?.name ?? '—',
          },
          {
            key: 'state',
            card: 'field',
            title: t('internalAudits.fields.state'),
            render: (_, r) => <RoundStateTag state={r.state} />,
          },
          ...(p.can.edit
            ? [
                {
                  key: 'actions',
                  card: 'action' as const,
                  title: '',
                  render: (_: unknown, r: RoundSummary) => (
                    <Flex gap={8}>
                      <Button size="small" onClick={() => setDialog({ round: r })}>
                        {t('internalAudits.actions.edit')}
                      </Button>
                      <Button size="small" danger onClick={() => deleteRound(r)}>
                        {t('internalAudits.actions.delete')}
                      </Button>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24}>
          <ProgrammeCalendar units={units.data ?? []} rounds={p.rounds} />
        </Col>
        <Col xs={24} lg={10}>
          <CoverageCard id={id} version={p.version} />
        </Col>
        <Col xs={24} lg={14}>
          <RiskCard id={id} />
        </Col>
      </Row>
      <RoundModal
        open={dialog === 'round' || (typeof dialog === 'object' && dialog !== null)}
        round={typeof dialog === 'object' && dialog !== null ? dialog.round : null}
        onCancel={() => setDialog(null)}
        onSubmit={saveRound}
      />
      <FormModal<{ password: string }>
        name="programme-approve"
        open={dialog === 'approve'}
        title={t('internalAudits.sign.title')}
        okText={t('internalAudits.actions.approve')}
        onCancel={() => setDialog(null)}
        onSubmit={async ({ password }) => {
          await transition('approve', { password });
          setDialog(null);
        }}
        intro={
          <>
            <Typography.Paragraph strong data-testid="signing-statement">
              {t('internalAudits.sign.statement', { year: p.year })}
            </Typography.Paragraph>
            <Alert
              type="info"
              showIcon
              title={t('internalAudits.sign.explain')}
              style={{ marginBottom: 16 }}
            />
          </>
        }
      >
        <Form.Item label={t('internalAudits.sign.password')} name="password" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </FormModal>
      <FormModal<{ comment: string }>
        name="programme-return"
        open={dialog === 'return'}
        title={t('internalAudits.returnDialog.title')}
        okText={t('internalAudits.actions.return')}
        danger
        onCancel={() => setDialog(null)}
        onSubmit={async ({ comment }) => {
          await transition('return', { comment: comment.trim() });
          setDialog(null);
        }}
      >
        <Form.Item
          label={t('internalAudits.returnDialog.comment')}
          name="comment"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
