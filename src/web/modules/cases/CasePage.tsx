import { Alert, Card, Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StepView } from '../../../contract/cases.ts';
import { ApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { ScrollX } from '../../app/components/ScrollX.tsx';
import { formatDate, formatNumber } from '../../app/format.ts';
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

  const output = (s: StepView) => (
    <div style={{ minWidth: 180, maxWidth: 360 }}>
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
              children: `${c.procedureCode} – ${c.procedureTitle} (${t('cases.detail.version', { issueNo: c.procedureIssueNo })})`,
            },
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
            { key: 'due', label: t('cases.fields.dueDate'), children: formatDate(c.dueDate) },
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
        <ScrollX label={t('cases.detail.steps')}>
          <Table<StepView>
            rowKey="id"
            dataSource={c.steps}
            pagination={false}
            columns={[
              {
                key: 'step',
                title: t('cases.detail.step'),
                render: (_, s) => (
                  <div style={{ minWidth: 200, maxWidth: 360 }}>
                    <strong>{s.stepId}.</strong> {s.action}
                  </div>
                ),
              },
              {
                key: 'state',
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
                title: t('cases.fields.assignee'),
                render: (_, s) =>
                  s.doneByName ??
                  s.assigneeName ??
                  (s.candidateUnitName ? t('cases.anyoneOf', { unit: s.candidateUnitName }) : '—'),
              },
              { key: 'start', title: t('cases.detail.start'), render: (_, s) => formatDate(s.startDate) },
              { key: 'due', title: t('cases.detail.due'), render: (_, s) => formatDate(s.dueDate) },
              {
                key: 'done',
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
              { key: 'output', title: t('cases.detail.output'), render: (_, s) => output(s) },
            ]}
          />
        </ScrollX>
      </Card>
    </>
  );
}
