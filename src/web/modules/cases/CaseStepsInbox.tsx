import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../../contract/cases.ts';
import { DataList, useListState } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../app/format.ts';
import { OverdueTag } from './CaseTags.tsx';
import { casePaths, useCaseInbox } from './queries.ts';

/** Việc của tôi, case steps: mine and the ones I may claim, overdue first then by due date. */
export function CaseStepsInbox() {
  const { t } = useTranslation();
  // Its page lives in the address under its own keys: my work shows more than one list.
  const state = useListState({ prefix: 'steps', pageSize: 10, filters: [] });
  const inbox = useCaseInbox(state.page, state.pageSize);
  const total = inbox.data?.total ?? 0;
  return (
    <Card
      id="case-steps"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('cases.inbox.title')}
          {total ? ` (${formatNumber(total)})` : ''}
        </Typography.Title>
      }
    >
      <ErrorAlert error={inbox.error} />
      <DataList<InboxItem>
        label={t('cases.inbox.title')}
        testId="case-steps-list"
        rowKey="stepRowId"
        loading={inbox.isLoading}
        data={inbox.data?.items}
        total={total}
        state={state}
        hideOnSinglePage
        empty={<Empty description={t('cases.inbox.empty')} />}
        columns={[
          {
            key: 'case',
            card: 'title',
            title: t('cases.inbox.case'),
            render: (_, i) => (
              <div style={{ minWidth: 200, maxWidth: 320 }}>
                <Link to={casePaths.case(i.caseId)}>
                  {i.caseCode} {i.caseTitle}
                </Link>
                <br />
                <Typography.Text type="secondary">
                  {i.procedureCode} {i.procedureTitle}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'action',
            card: 'field',
            title: t('cases.inbox.action'),
            render: (_, i) => (
              <div style={{ minWidth: 140, maxWidth: 240 }}>
                {i.action}
                {i.claimable && (
                  <Typography.Text type="secondary"> · {t('cases.inbox.claimable')}</Typography.Text>
                )}
              </div>
            ),
          },
          {
            key: 'due',
            card: 'field',
            title: t('cases.inbox.due'),
            render: (_, i) => (
              <Flex gap={8} align="center" wrap>
                <span style={{ whiteSpace: 'nowrap' }}>{formatDate(i.dueDate)}</span>
                {i.daysOverdue > 0 && <OverdueTag days={i.daysOverdue} />}
              </Flex>
            ),
          },
          {
            key: 'open',
            card: 'action',
            title: <span className="sr-only">{t('common.actions')}</span>,
            render: (_, i) => (
              <Link to={casePaths.case(i.caseId)} aria-label={`${t('cases.inbox.open')} ${i.caseCode}`}>
                {t('cases.inbox.open')}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
