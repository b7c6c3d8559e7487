import './texts.ts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { IndicatorView, ObjectiveDetail } from '../../../contract/objectives.ts';
import { ApiError, api } from '../../app/api.ts';
import { Chart } from '../../app/components/Chart.tsx';
import { DataList } from '../../app/components/DataList.tsx';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { formatDate } from '../../app/format.ts';
import { tagColours } from '../documents/DocumentStateTag.tsx';
import { docPaths } from '../documents/paths.ts';
import { AddActionModal, AddIndicatorModal, ApproveModal, ReturnModal } from './ObjectiveModals.tsx';
import { ObjectiveStateTag, StatusTag } from './ObjectiveTags.tsx';
import { periodLabel } from './period.ts';
import { objectivePaths, storeObjective, useObjective } from './queries.ts';
import { ApproveValueModal, EnterValueModal, ValueEvidence, withUnit } from './ValueModals.tsx';

type PeriodValue = IndicatorView['values'][number];

type Dialog =
  | 'approve'
  | 'return'
  | 'indicator'
  | 'action'
  | { enter: IndicatorView }
  | { approveValue: IndicatorView; value: PeriodValue }
  | null;

/** One objective: its indicators with their values against the target, its plan, its approval. */
export function ObjectivePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useObjective(id);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const layout = Grid.useBreakpoint().md === false ? 'vertical' : 'horizontal';
  const o = query.data;
  if (query.isLoading) return <PageSpinner />;
  if (!o) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t('objectives.title')} />
        {missing ? (
          <Alert type="warning" showIcon title={t('objectives.notFound')} />
        ) : (
          <ErrorAlert error={query.error} />
        )}
        <Link to={objectivePaths.list}>{t('objectives.back')}</Link>
      </>
    );
  }
  const run = async (send: () => Promise<ObjectiveDetail>) => {
    setBusy(true);
    setError(null);
    try {
      storeObjective(queryClient, await send());
      void message.success(t('objectives.transitions.done'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const stored = (detail: ObjectiveDetail) => {
    storeObjective(queryClient, detail);
    setDialog(null);
  };
  return (
    <>
      <Link to={`${objectivePaths.list}?year=${o.year}`}>
        <ArrowLeftOutlined aria-hidden /> {t('objectives.back')}
      </Link>
      <PageHeader
        title={o.title}
        tags={
          <Flex gap={8}>
            <ObjectiveStateTag state={o.state} />
            <StatusTag status={o.status} />
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            {o.can.submit && (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  run(() =>
                    api.post<ObjectiveDetail>(`/objectives/${o.id}/transitions`, {
                      action: 'submit',
                      version: o.version,
                    }),
                  )
                }
              >
                {t('objectives.transitions.submit')}
              </Button>
            )}
            {o.can.approve && (
              <>
                <Button type="primary" onClick={() => setDialog('approve')}>
                  {t('objectives.transitions.approve')}
                </Button>
                <Button danger onClick={() => setDialog('return')}>
                  {t('objectives.transitions.return')}
                </Button>
              </>
            )}
          </Flex>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" layout={layout}>
          <Descriptions.Item label={t('objectives.year')}>{o.year}</Descriptions.Item>
          <Descriptions.Item label={t('objectives.fields.unit')}>
            {o.unitName ?? t('objectives.agencyLevel')}
          </Descriptions.Item>
          <Descriptions.Item label={t('objectives.fields.owner')}>{o.owner?.name}</Descriptions.Item>
          <Descriptions.Item label={t('objectives.fields.draftedBy')}>{o.draftedBy?.name}</Descriptions.Item>
          {o.approvedBy && (
            <Descriptions.Item label={t('objectives.fields.approvedBy')}>
              {o.approvedBy.name} · {formatDate(o.approvedAt)}
            </Descriptions.Item>
          )}
          {o.documentId && (
            <Descriptions.Item label={t('objectives.fields.document')}>
              <Link to={docPaths.document(o.documentId)}>{o.documentName ?? o.documentId}</Link>
            </Descriptions.Item>
          )}
          {o.parentId && (
            <Descriptions.Item label={t('objectives.fields.parent')}>
              <Link to={objectivePaths.one(o.parentId)}>{t('objectives.agencyLevel')}</Link>
            </Descriptions.Item>
          )}
          {o.description && (
            <Descriptions.Item label={t('objectives.fields.description')} span={2}>
              {o.description}
            </Descriptions.Item>
          )}
          {o.state === 'returned' && o.returnReason && (
            <Descriptions.Item label={t('objectives.fields.returnReason')} span={2}>
              {o.returnReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('objectives.indicatorsTitle')}
        </Typography.Title>
        {o.can.edit && (
          <Button onClick={() => setDialog('indicator')}>{t('objectives.indicator.add')}</Button>
        )}
      </Flex>
      {o.indicators.length === 0 && (
        <Typography.Paragraph>{t('objectives.indicator.none')}</Typography.Paragraph>
      )}
      {o.indicators.map((indicator) => (
        <IndicatorCard
          key={indicator.id}
          indicator={indicator}
          lang={i18n.language}
          canEnter={o.can.enterValue}
          canApprove={o.can.approveValue}
          canRaise={o.can.raiseNc}
          onRaise={async (periodStart) => {
            setBusy(true);
            setError(null);
            try {
              const nc = await api.post<{ id: string; code: string }>(
                `/objectives/indicators/${indicator.id}/nonconformity`,
                { periodStart },
              );
              void message.success(t('objectives.raiseNc.done', { code: nc.code }));
              navigate(`/nonconformities/${nc.id}`);
            } catch (e) {
              setError(e);
            } finally {
              setBusy(false);
            }
          }}
          onEnter={() => setDialog({ enter: indicator })}
          onApprove={(value) => setDialog({ approveValue: indicator, value })}
        />
      ))}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '24px 0 8px' }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('objectives.actions.title')}
        </Typography.Title>
        {o.can.plan ? (
          <Button onClick={() => setDialog('action')}>{t('objectives.actions.add')}</Button>
        ) : null}
      </Flex>
      <DataList<ObjectiveDetail['actions'][number]>
        label={t('objectives.actions.title')}
        rowKey="id"
        data={o.actions}
        empty={<EmptyText>{t('objectives.actions.none')}</EmptyText>}
        columns={[
          {
            key: 'description',
            card: 'title',
            title: t('objectives.actions.description'),
            dataIndex: 'description',
          },
          {
            key: 'owner',
            card: 'field',
            title: t('objectives.actions.owner'),
            render: (_, a) => a.owner?.name,
          },
          {
            key: 'due',
            card: 'field',
            title: t('objectives.actions.due'),
            render: (_, a) => formatDate(a.dueDate),
          },
          {
            key: 'done',
            card: 'action',
            title: t('objectives.actions.done'),
            render: (_, a) =>
              a.done ? (
                formatDate(a.doneOn)
              ) : (
                <Button
                  size="small"
                  loading={busy}
                  onClick={() =>
                    run(() => api.post<ObjectiveDetail>(`/objectives/${o.id}/actions/${a.id}/complete`))
                  }
                >
                  {t('objectives.actions.complete')}
                </Button>
              ),
          },
        ]}
      />
      <ApproveModal
        objective={o}
        open={dialog === 'approve'}
        onClose={() => setDialog(null)}
        onDone={stored}
      />
      <ReturnModal objective={o} open={dialog === 'return'} onClose={() => setDialog(null)} onDone={stored} />
      <AddIndicatorModal
        objective={o}
        open={dialog === 'indicator'}
        onClose={() => setDialog(null)}
        onDone={stored}
      />
      <AddActionModal
        objective={o}
        open={dialog === 'action'}
        onClose={() => setDialog(null)}
        onDone={stored}
      />
      <EnterValueModal
        indicator={dialog && typeof dialog === 'object' && 'enter' in dialog ? dialog.enter : null}
        onClose={() => setDialog(null)}
        onDone={stored}
      />
      <ApproveValueModal
        indicator={
          dialog && typeof dialog === 'object' && 'approveValue' in dialog ? dialog.approveValue : null
        }
        value={dialog && typeof dialog === 'object' && 'value' in dialog ? dialog.value : null}
        onClose={() => setDialog(null)}
        onDone={(detail) => {
          stored(detail);
          void message.success(t('objectives.value.approved'));
        }}
      />
    </>
  );
}

function IndicatorCard(props: {
  indicator: IndicatorView;
  lang: string;
  canEnter: boolean;
  canApprove: boolean;
  canRaise: boolean;
  onRaise: (periodStart: string) => void;
  onEnter: () => void;
  /** Opens the approval, which shows the value's evidence first. */
  onApprove: (value: PeriodValue) => void;
}) {
  const { t } = useTranslation();
  const { indicator: ind, lang } = props;
  const percent = ind.unit.trim() === '%';
  const axis = percent ? ('percent' as const) : ('count' as const);
  const show = (v: number | null) => withUnit(v, ind.unit);
  const categories = ind.values.map((v) => periodLabel(v.periodStart, v.periodEnd, lang));
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} align="center" wrap>
          <span style={{ whiteSpace: 'normal' }}>{ind.name}</span>
          <StatusTag status={ind.status} />
        </Flex>
      }
      extra={
        props.canEnter && ind.source === 'manual' ? (
          <Button size="small" onClick={props.onEnter}>
            {t('objectives.value.enter')}
          </Button>
        ) : null
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('objectives.indicator.formula')} span={2}>
          {ind.formula}
        </Descriptions.Item>
        <Descriptions.Item label={t('objectives.indicator.target')}>
          {ind.direction === 'gte' ? '≥' : '≤'} {show(ind.target)}
        </Descriptions.Item>
        <Descriptions.Item label={t('objectives.indicator.frequency')}>
          {t(`objectives.frequencies.${ind.frequency}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('objectives.indicator.source')} span={2}>
          {ind.measure ? t(`objectives.measures.${ind.measure}`) : t(`objectives.sources.${ind.source}`)}
        </Descriptions.Item>
      </Descriptions>
      <Chart
        label={`${ind.name}: ${t('objectives.indicator.chart')}`}
        height={240}
        spec={{
          categories,
          series: [
            {
              name: t('objectives.indicator.value_series'),
              type: 'bar',
              axis,
              data: ind.values.map((v) => v.value),
            },
            {
              name: t('objectives.indicator.target_series'),
              type: 'line',
              axis,
              data: ind.values.map(() => ind.target),
            },
          ],
        }}
      />
      <DataList<IndicatorView['values'][number]>
        label={`${ind.name}: ${t('objectives.indicator.value')}`}
        rowKey="periodStart"
        data={ind.values}
        pageSize={12}
        columns={[
          {
            key: 'period',
            card: 'title',
            title: t('objectives.indicator.period'),
            render: (_, v) => periodLabel(v.periodStart, v.periodEnd, lang),
          },
          {
            key: 'value',
            card: 'field',
            align: 'right',
            title: t('objectives.indicator.value'),
            render: (_, v) => show(v.value),
          },
          {
            key: 'status',
            card: 'field',
            title: t('objectives.fields.status'),
            render: (_, v) => <StatusTag status={v.status} />,
          },
          ...(ind.source === 'manual'
            ? [
                {
                  key: 'evidence',
                  card: 'field' as const,
                  title: t('objectives.indicator.evidence'),
                  render: (_: unknown, v: PeriodValue) =>
                    v.entry ? (
                      <span>
                        <ValueEvidence entry={v.entry} />
                        {v.entry.state === 'entered' && (
                          // Gold as every "awaiting approval" (the warning text's colour is too pale to read).
                          <Tag variant="outlined" style={{ marginTop: 4, ...tagColours.gold }}>
                            {t('objectives.indicator.pending')}: {show(v.entry.value)}
                          </Tag>
                        )}
                      </span>
                    ) : null,
                },
              ]
            : []),
          {
            key: 'approve',
            card: 'action',
            title: '',
            render: (_, v) =>
              props.canApprove && v.entry?.state === 'entered' ? (
                <Button size="small" type="primary" onClick={() => props.onApprove(v)}>
                  {t('objectives.value.approve')}
                </Button>
              ) : props.canRaise && v.status === 'missed' ? (
                <Button size="small" danger onClick={() => props.onRaise(v.periodStart)}>
                  {t('objectives.raiseNc.button')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
