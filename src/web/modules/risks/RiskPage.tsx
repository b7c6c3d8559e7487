import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Flex, Grid, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type RiskDetail, riskKindNames, riskLevelNames } from '../../../contract/risks.ts';
import { ApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { formatDate } from '../../app/format.ts';
import { pick } from '../../app/i18n/index.ts';
import { riskPaths, useRisk } from './queries.ts';
import { CloseRiskModal, CompleteTreatmentModal, EditRiskModal, TreatmentModal } from './RiskModals.tsx';
import { RiskLevelTag, RiskStateTag } from './RiskTags.tsx';

type Rating = 1 | 2 | 3 | 4 | 5;
type Dialog = 'edit' | 'treatment' | 'complete' | 'close' | null;

const SHORT = 90;
const shortened = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);
const pre = (text: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</span>;

/** One risk or opportunity: its assessment, its treatment, and the review that closed it. */
export function RiskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useRisk(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  // On a phone the labels sit above their values: side by side the long ones squeeze the text.
  const layout = Grid.useBreakpoint().md === false ? 'vertical' : 'horizontal';
  const risk = query.data;
  if (query.isLoading) return <PageSpinner />;
  if (!risk) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t('risks.title')} />
        {missing ? (
          <Alert type="warning" showIcon title={t('risks.notFound')} />
        ) : (
          <ErrorAlert error={query.error} />
        )}
        <Link to={riskPaths.list}>{t('risks.back')}</Link>
      </>
    );
  }
  const a = risk.abilities;
  const card = (title: string, items: DescriptionsProps['items'], extra?: ReactNode) => (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      <Descriptions layout={layout} colon={layout === 'horizontal'} column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
  const close = () => setDialog(null);

  return (
    <>
      <Link to={riskPaths.list} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('risks.back')}
      </Link>
      <PageHeader
        title={`${risk.code} ${shortened(risk.description)}`}
        documentTitle={`${risk.code} – ${t('risks.title')}`}
        tags={
          <>
            <RiskStateTag state={risk.state} />
            <RiskLevelTag level={risk.level} score={risk.score} />
          </>
        }
        extra={
          <Flex gap={8} wrap>
            {a.edit && <Button onClick={() => setDialog('edit')}>{t('risks.edit.action')}</Button>}
            {a.planTreatment && (
              <Button type={risk.treatment ? 'default' : 'primary'} onClick={() => setDialog('treatment')}>
                {risk.treatment ? t('risks.treatment.replan') : t('risks.treatment.plan')}
              </Button>
            )}
            {a.completeTreatment && (
              <Button type="primary" onClick={() => setDialog('complete')}>
                {t('risks.treatment.complete')}
              </Button>
            )}
            {a.close && (
              <Button type="primary" onClick={() => setDialog('close')}>
                {t('risks.close.action')}
              </Button>
            )}
          </Flex>
        }
      />
      {a.blocked.close && (
        <Alert type="info" showIcon title={pick(a.blocked.close)} style={{ marginBottom: 16 }} />
      )}
      {card(pick(riskKindNames[risk.kind]), [
        { key: 'unit', label: t('risks.fields.unit'), children: risk.unitName },
        {
          key: 'process',
          label: t('risks.fields.process'),
          children: (
            <>
              {risk.process}
              {risk.documentId && risk.documentLabel && (
                <>
                  {' — '}
                  <Link to={`/documents/${risk.documentId}`}>{risk.documentLabel}</Link>
                </>
              )}
            </>
          ),
        },
        {
          key: 'identified',
          label: t('risks.fields.identifiedOn'),
          children: `${formatDate(risk.identifiedOn)} — ${risk.createdByName}`,
        },
        { key: 'reviewOn', label: t('risks.fields.reviewOn'), children: formatDate(risk.reviewOn) },
        {
          key: 'description',
          label: t('risks.fields.description'),
          span: 2,
          children: pre(risk.description),
        },
        { key: 'cause', label: t('risks.fields.cause'), span: 2, children: pre(risk.cause) },
        {
          key: 'consequence',
          label: t('risks.fields.consequence'),
          span: 2,
          children: pre(risk.consequence),
        },
        {
          key: 'likelihood',
          label: t('risks.fields.likelihood'),
          children: t(`risks.scale.r${risk.likelihood as Rating}`),
        },
        {
          key: 'impact',
          label: t('risks.fields.impact'),
          children: t(`risks.scale.r${risk.impact as Rating}`),
        },
        {
          key: 'level',
          label: t('risks.fields.level'),
          span: 2,
          children: (
            <>
              {t('risks.scoreOf', { level: pick(riskLevelNames[risk.level]), score: risk.score })}
              <br />
              <Typography.Text type="secondary">{t('risks.levelRule')}</Typography.Text>
            </>
          ),
        },
      ])}
      {risk.treatment ? (
        card(t('risks.treatment.action'), [
          { key: 'treatment', label: t('risks.treatment.action'), span: 2, children: pre(risk.treatment) },
          { key: 'owner', label: t('risks.treatment.owner'), children: risk.treatmentOwnerName ?? '—' },
          { key: 'due', label: t('risks.treatment.due'), children: <Due risk={risk} /> },
          ...(risk.treatmentDoneOn
            ? [
                {
                  key: 'result',
                  label: t('risks.treatment.result'),
                  span: 2,
                  children: pre(risk.treatmentResult),
                },
              ]
            : []),
        ])
      ) : (
        <Card style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('risks.treatment.none')}</Typography.Text>
        </Card>
      )}
      {risk.review &&
        card(t('risks.close.review'), [
          {
            key: 'effective',
            label: t('risks.close.review'),
            children: (
              <Typography.Text type={risk.review.effective ? 'success' : 'danger'}>
                {risk.review.effective ? t('risks.close.effective') : t('risks.close.notEffective')}
              </Typography.Text>
            ),
          },
          {
            key: 'by',
            label: t('risks.close.reviewedBy'),
            children: t('risks.close.by', { name: risk.review.byName, date: formatDate(risk.review.on) }),
          },
          { key: 'note', label: t('risks.close.note'), span: 2, children: pre(risk.review.note) },
        ])}
      <EditRiskModal risk={risk} open={dialog === 'edit'} onClose={close} />
      <TreatmentModal risk={risk} open={dialog === 'treatment'} onClose={close} />
      <CompleteTreatmentModal risk={risk} open={dialog === 'complete'} onClose={close} />
      <CloseRiskModal risk={risk} open={dialog === 'close'} onClose={close} />
    </>
  );
}

/** "05/06/2026 — còn 3 ngày làm việc", "quá hạn 2 ngày làm việc", or the day it was done. */
function Due({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const due = formatDate(risk.treatmentDueOn);
  if (risk.treatmentDoneOn) {
    const onTime = risk.treatmentDueOn && risk.treatmentDoneOn <= risk.treatmentDueOn;
    return (
      <>
        {due} — {t('risks.treatment.doneOn')} {formatDate(risk.treatmentDoneOn)} (
        {onTime ? t('risks.treatment.onTime') : t('risks.treatment.late')})
      </>
    );
  }
  const left = risk.workingDaysLeft;
  if (left === null) return <>{due}</>;
  if (left < 0)
    return (
      <Typography.Text type="danger">
        {due} — {t('risks.treatment.daysLate', { count: -left })}
      </Typography.Text>
    );
  return (
    <>
      {due} — {left === 0 ? t('risks.treatment.dueToday') : t('risks.treatment.daysLeft', { count: left })}
    </>
  );
}
