import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StepView } from '../../../contract/cases.ts';
import { performerLabel } from '../../../contract/performers.ts';
import { ApiError } from '../../app/api.ts';
import { DataList } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { formatDate, formatNumber } from '../../app/format.ts';
import { docPaths } from '../documents/paths.ts';
import { NcFromCase } from '../nonconformities/NcFromCase.tsx';
import { roleName } from '../org/names.ts';
import { CaseActions } from './CaseActions.tsx';
import { CaseStateTag, OverdueTag, StepStateTag } from './CaseTags.tsx';
import { casePaths, useCase } from './queries.ts';

/** One work case: its procedure version, its file, and every pass through a step as it happened. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useCase(id);
  const c = query.data;
  if (query.isLoading) return <PageSpinner />;
  if (!c) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t('cases.title')} />
        {missing ? (
          <Alert type="warning" showIcon title={t('cases.detail.notFound')} />
        ) : (
          <ErrorAlert error={query.error} />
        )}
        <Link to={casePaths.list}>{t('cases.title')}</Link>
      </>
    );
  }

  // Who the procedure says performs the step: its unit (the case's own when it names none),
  // the role or position there, and the procedure's words.
  const performer = (s: StepView) =>
    performerLabel(
      {
        who: s.performer.note,
        performer: { unitId: 'unit', role: s.performer.role ?? undefined, positionId: 'position' },
      },
      {
        unitName: () => s.performer.unitName ?? c.unitName,
        positionName: () => s.performer.positionName ?? undefined,
        caseUnit: c.unitName,
        role: roleName,
      },
    );
  const candidates = (s: StepView) =>
    [s.candidateUnitName, s.candidateRole ? roleName(s.candidateRole) : '', s.candidatePositionName ?? '']
      .filter(Boolean)
      .join(' — ');
  const assigneeOf = (s: StepView) =>
    s.doneByName ??
    s.assigneeName ??
    (s.candidateUnitName ? t('cases.anyoneOf', { unit: candidates(s) }) : '—');
  // Who holds the case now: the person (or unit) of the open step(s), shown first on a phone.
  const current = c.steps.filter((s) => s.state === 'active');
  const output = (s: StepView) => (
    <div style={{ minWidth: 140, maxWidth: 280 }}>
      {s.decision && (
        <div>
          {s.condition} <strong>{t(`cases.detail.decision.${s.decision}`)}</strong>
        </div>
      )}
      {s.output && <div style={{ whiteSpace: 'pre-wrap' }}>{s.output}</div>}
      {s.outputItemId && s.outputFileName && c.fileId && (
        <a href={`/api/v1/record-files/${c.fileId}/items/${s.outputItemId}`}>{s.outputFileName}</a>
      )}
      {s.returnReason && (
        <Typography.Text type="secondary">
          {t('cases.detail.returned', { reason: s.returnReason })}
        </Typography.Text>
      )}
    </div>
  );

  return (
    <>
      <Link to={casePaths.list} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined aria-hidden /> {t('cases.backToList')}
      </Link>
      <PageHeader
        title={`${c.code} ${c.title}`}
        tags={
          <>
            <CaseStateTag state={c.state} />
            {c.overdue && <OverdueTag />}
          </>
        }
        extra={<CaseActions detail={c} />}
      />
      <ErrorAlert error={query.error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'procedure',
              label: t('cases.fields.procedure'),
              children: (
                <Link to={docPaths.document(c.procedureDocumentId, c.procedureVersionId)}>
                  {`${c.procedureCode} – ${c.procedureTitle} (${t('cases.detail.version', { issueNo: c.procedureIssueNo })})`}
                </Link>
              ),
            },
            ...(current.length
              ? [
                  {
                    key: 'assignee',
                    label: t('cases.fields.assignee'),
                    children: current.map((s) => `${assigneeOf(s)} (${s.stepId}. ${s.action})`).join('; '),
                  },
                ]
              : []),
            { key: 'due', label: t('cases.fields.dueDate'), children: formatDate(c.dueDate) },
            { key: 'unit', label: t('cases.fields.unit'), children: c.unitName },
            {
              key: 'file',
              label: t('cases.fields.file'),
              children: c.fileId ? (
                <Link to={casePaths.file(c.fileId)}>{c.fileCode ?? t('cases.detail.openFile')}</Link>
              ) : (
                t('cases.detail.notAtStart')
              ),
            },
            { key: 'by', label: t('cases.fields.startedBy'), children: c.startedByName },
            { key: 'start', label: t('cases.fields.startDate'), children: formatDate(c.startDate) },
            ...(c.closedDate
              ? [{ key: 'closed', label: t('cases.fields.closedDate'), children: formatDate(c.closedDate) }]
              : []),
          ]}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('cases.detail.steps')}
          </Typography.Title>
        }
      >
        <DataList<StepView>
          label={t('cases.detail.steps')}
          testId="case-steps-table"
          rowKey="id"
          data={c.steps}
          pageSize={50}
          hideOnSinglePage
          columns={[
            {
              key: 'step',
              card: 'title',
              title: t('cases.detail.step'),
              render: (_, s) => (
                <div style={{ minWidth: 180, maxWidth: 280 }}>
                  <strong>{s.stepId}.</strong> {s.action}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                    {t('cases.performer')}: {performer(s)}
                  </Typography.Text>
                </div>
              ),
            },
            {
              key: 'state',
              card: 'field',
              title: t('cases.fields.state'),
              render: (_, s) => (
                <Flex gap={4} wrap>
                  <StepStateTag state={s.state} />
                  {s.overdue && <OverdueTag />}
                </Flex>
              ),
            },
            {
              key: 'assignee',
              card: 'field',
              title: t('cases.fields.assignee'),
              render: (_, s) => <div style={{ minWidth: 100, maxWidth: 180 }}>{assigneeOf(s)}</div>,
            },
            {
              key: 'start',
              title: t('cases.detail.start'),
              render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(s.startDate)}</span>,
            },
            {
              key: 'due',
              card: 'field',
              title: t('cases.detail.due'),
              render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(s.dueDate)}</span>,
            },
            {
              key: 'done',
              card: 'field',
              title: t('cases.detail.done'),
              render: (_, s) =>
                s.doneDate ? (
                  <div>
                    {formatDate(s.doneDate)}
                    {s.state === 'done' && s.daysLate != null && (
                      <div>
                        {s.daysLate > 0 ? (
                          <Typography.Text type="danger">
                            {t('cases.detail.late', { days: formatNumber(s.daysLate) })}
                          </Typography.Text>
                        ) : (
                          <Typography.Text type="secondary">{t('cases.detail.onTime')}</Typography.Text>
                        )}
                      </div>
                    )}
                  </div>
                ) : (
                  '—'
                ),
            },
            {
              key: 'output',
              card: 'field',
              title: t('cases.detail.output'),
              render: (_, s) => output(s),
            },
          ]}
        />
      </Card>
      <NcFromCase caseId={c.id} code={c.code} title={c.title} unitId={c.unitId} />
    </>
  );
}
