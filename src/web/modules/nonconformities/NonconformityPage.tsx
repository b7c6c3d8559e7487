import { ArrowLeftOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NcDetail } from '../../../contract/nonconformities.ts';
import { ApiError, api } from '../../app/api.ts';
import { DataList } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { formatDate } from '../../app/format.ts';
import { pick } from '../../app/i18n/index.ts';
import { EvidenceFiles } from './NcEvidence.tsx';
import { AddActionModal, AnalysisModal, CancelModal, CompleteActionModal, VerifyModal } from './NcModals.tsx';
import { GradeTag, NcStateTag } from './NcTags.tsx';
import { ncPaths, storeNc, useNc } from './queries.ts';

type Dialog = 'analyse' | 'action' | 'verify' | 'cancel' | { complete: NcDetail['actions'][number] } | null;

/** One nonconformity: what was found, why, the plan and its actions, whether it worked. */
export function NonconformityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useNc(id);
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // On a phone the labels sit above their values: side by side the long ones squeeze the text.
  const layout = Grid.useBreakpoint().md === false ? 'vertical' : 'horizontal';
  const nc = query.data;
  if (query.isLoading) return <PageSpinner />;
  if (!nc) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t('nonconformities.title')} />
        {missing ? (
          <Alert type="warning" showIcon title={t('nonconformities.notFound')} />
        ) : (
          <ErrorAlert error={query.error} />
        )}
        <Link to={ncPaths.list}>{t('nonconformities.back')}</Link>
      </>
    );
  }
  const a = nc.abilities;
  const approvePlan = async () => {
    setBusy(true);
    setError(null);
    try {
      storeNc(
        queryClient,
        await api.post<NcDetail>(`/nonconformities/${nc.id}/transitions`, {
          action: 'approve_plan',
          version: nc.version,
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const blocked = a.blocked.approvePlan ?? a.blocked.verify;

  return (
    <>
      <Link to={ncPaths.list} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('nonconformities.back')}
      </Link>
      <PageHeader
        title={`${nc.code} ${nc.title}`}
        tags={
          <>
            <NcStateTag state={nc.state} />
            <GradeTag grade={nc.grade} />
          </>
        }
        extra={
          <Flex gap={8} wrap>
            {a.analyse && (
              <Button onClick={() => setDialog('analyse')}>
                {nc.state === 'draft'
                  ? t('nonconformities.steps.analyse')
                  : t('nonconformities.steps.analyseAgain')}
              </Button>
            )}
            {a.addAction && (
              <Button onClick={() => setDialog('action')}>{t('nonconformities.action.add')}</Button>
            )}
            {a.approvePlan && (
              <Button type="primary" loading={busy} onClick={approvePlan}>
                {t('nonconformities.steps.approvePlan')}
              </Button>
            )}
            {a.verify && (
              <Button type="primary" onClick={() => setDialog('verify')}>
                {t('nonconformities.steps.verify')}
              </Button>
            )}
            {a.cancel && (
              <Button danger onClick={() => setDialog('cancel')}>
                {t('nonconformities.steps.cancel')}
              </Button>
            )}
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={`/api/v1/nonconformities/${nc.id}/form.docx`}
            >
              {t('nonconformities.form')} (DOCX)
            </Button>
            <Button icon={<FilePdfOutlined aria-hidden />} href={`/api/v1/nonconformities/${nc.id}/form.pdf`}>
              PDF
            </Button>
          </Flex>
        }
      />
      <ErrorAlert error={error} />
      {blocked && <Alert type="info" showIcon title={pick(blocked)} style={{ marginBottom: 16 }} />}
      {nc.state === 'awaiting_verification' && nc.verifiableFrom && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('nonconformities.steps.waiting', { date: formatDate(nc.verifiableFrom) })}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          layout={layout}
          colon={layout === 'horizontal'}
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'source',
              label: t('nonconformities.fields.source'),
              children: (
                <>
                  {t(`nonconformities.sources.${nc.source}`)}
                  {nc.origin && ' — '}
                  {nc.origin && <OriginLink origin={nc.origin} />}
                </>
              ),
            },
            { key: 'unit', label: t('nonconformities.fields.unit'), children: nc.unitName },
            {
              key: 'detected',
              label: t('nonconformities.fields.detectedOn'),
              children: `${formatDate(nc.detectedOn)} — ${nc.detectedByName}`,
            },
            { key: 'clause', label: t('nonconformities.fields.clause'), children: nc.clause ?? '—' },
            {
              key: 'description',
              label: t('nonconformities.fields.description'),
              span: 2,
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{nc.description}</span>,
            },
            {
              key: 'requirement',
              label: t('nonconformities.fields.requirement'),
              span: 2,
              children: nc.requirement,
            },
            ...(nc.recurrenceOfId
              ? [
                  {
                    key: 'recurrenceOf',
                    label: t('nonconformities.fields.recurrenceOf'),
                    children: (
                      <Link to={ncPaths.one(nc.recurrenceOfId)}>
                        {nc.recurrenceOf?.code ?? t('nonconformities.openRecord')}
                      </Link>
                    ),
                  },
                ]
              : []),
            ...(nc.recurrences.length
              ? [
                  {
                    key: 'recurrences',
                    label: t('nonconformities.fields.recurrences'),
                    children: (
                      <Flex gap={8} wrap>
                        {nc.recurrences.map((r) => (
                          <Link key={r.id} to={ncPaths.one(r.id)}>
                            {r.code}
                          </Link>
                        ))}
                      </Flex>
                    ),
                  },
                ]
              : []),
            ...(nc.cancelReason
              ? [
                  {
                    key: 'cancel',
                    label: t('nonconformities.fields.cancelReason'),
                    span: 2,
                    children: nc.cancelReason,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('nonconformities.fields.whys')}
          </Typography.Title>
        }
        style={{ marginBottom: 16 }}
      >
        <Descriptions
          layout={layout}
          colon={layout === 'horizontal'}
          column={1}
          items={[
            {
              key: 'correction',
              label: t('nonconformities.fields.correction'),
              children: nc.correction
                ? `${nc.correction.what} — ${nc.correction.byName}, ${formatDate(nc.correction.on)}`
                : '—',
            },
            {
              key: 'whys',
              label: t('nonconformities.fields.whys'),
              children: nc.whys.length ? (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {nc.whys.map((w, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a read-only chain in its fixed order; two whys may read alike
                    <li key={i}>{w}</li>
                  ))}
                </ol>
              ) : (
                '—'
              ),
            },
            {
              key: 'causes',
              label: t('nonconformities.fields.causeCategories'),
              children: nc.causeCategories.map((c) => t(`nonconformities.causes.${c}`)).join('; ') || '—',
            },
            { key: 'extent', label: t('nonconformities.fields.extent'), children: nc.extent || '—' },
            {
              key: 'decision',
              label: t('nonconformities.fields.decision'),
              children: nc.decision ? t(`nonconformities.decisions.${nc.decision}`) : '—',
            },
            ...(nc.analysedByName
              ? [{ key: 'by', label: t('nonconformities.fields.analysedBy'), children: nc.analysedByName }]
              : []),
            ...(nc.planApprovedByName
              ? [
                  {
                    key: 'approved',
                    label: t('nonconformities.fields.planApprovedBy'),
                    children: nc.planApprovedByName,
                  },
                ]
              : []),
            ...(nc.verification
              ? [
                  {
                    key: 'verification',
                    label: t('nonconformities.fields.verification'),
                    children: `${nc.verification.effective ? t('nonconformities.steps.effective') : t('nonconformities.steps.notEffective')}${nc.verification.note ? ` — ${nc.verification.note}` : ''} (${nc.verification.byName}, ${formatDate(nc.verification.on)})`,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('nonconformities.action.title')}
          </Typography.Title>
        }
      >
        <DataList<NcDetail['actions'][number]>
          label={t('nonconformities.action.title')}
          testId="nc-actions"
          rowKey="id"
          data={nc.actions}
          pageSize={50}
          hideOnSinglePage
          columns={[
            {
              key: 'action',
              card: 'title',
              title: t('nonconformities.action.description'),
              render: (_, x) => (
                <div style={{ minWidth: 200, maxWidth: 360 }}>
                  <strong>{t(`nonconformities.action.kinds.${x.kind}`)}:</strong> {x.description}
                </div>
              ),
            },
            {
              key: 'owner',
              card: 'field',
              title: t('nonconformities.action.owner'),
              render: (_, x) => `${x.ownerName} (${x.ownerUnitName})`,
            },
            {
              key: 'due',
              card: 'field',
              title: t('nonconformities.action.due'),
              render: (_, x) => (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(x.dueDate)}
                  {x.overdue && (
                    <Typography.Text type="danger"> ({t('nonconformities.action.overdue')})</Typography.Text>
                  )}
                </span>
              ),
            },
            {
              key: 'result',
              card: 'field',
              title: t('nonconformities.action.result'),
              render: (_, x) => (
                <div style={{ minWidth: 180, maxWidth: 360 }}>
                  {x.state === 'done'
                    ? `${x.evidence ?? ''} — ${t('nonconformities.action.done', { date: formatDate(x.doneOn) })}`
                    : x.kind === 'revise_document'
                      ? t('nonconformities.action.byRevision')
                      : t('nonconformities.action.open')}
                  <EvidenceFiles ncId={nc.id} files={x.files} />
                </div>
              ),
            },
            {
              key: 'do',
              card: 'action',
              title: '',
              render: (_, x) =>
                x.canComplete && x.kind !== 'revise_document' ? (
                  <Button size="small" onClick={() => setDialog({ complete: x })}>
                    {t('nonconformities.action.complete')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <AnalysisModal nc={nc} open={dialog === 'analyse'} onClose={() => setDialog(null)} />
      <AddActionModal nc={nc} open={dialog === 'action'} onClose={() => setDialog(null)} />
      <VerifyModal nc={nc} open={dialog === 'verify'} onClose={() => setDialog(null)} />
      <CancelModal nc={nc} open={dialog === 'cancel'} onClose={() => setDialog(null)} />
      <CompleteActionModal
        nc={nc}
        action={dialog && typeof dialog === 'object' ? dialog.complete : null}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

/** Where the record came from: a link to the audit finding or the case, else the reference in words. */
function OriginLink({ origin }: { origin: NonNullable<NcDetail['origin']> }) {
  const to =
    origin.id && origin.type === 'audit_finding'
      ? `/internal-audits/findings/${origin.id}`
      : origin.id && origin.type === 'work_case'
        ? `/cases/${origin.id}`
        : null;
  if (!to) return <>{origin.label}</>;
  return <Link to={to}>{origin.label}</Link>;
}
