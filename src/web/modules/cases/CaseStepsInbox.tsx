import { Card, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../../contract/cases.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../app/format.ts';
import { OverdueTag } from './CaseTags.tsx';
import { casePaths, useCaseInbox } from './queries.ts';

/** Việc của tôi, case steps: mine and the ones I may claim, overdue first then by due date. */
export function CaseStepsInbox() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const inbox = useCaseInbox(page);
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
      <Table<InboxItem>
        rowKey="stepRowId"
        loading={inbox.isLoading}
        dataSource={inbox.data?.items}
        pagination={{
          current: page,
          pageSize: 10,
          total,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('cases.inbox.empty')} /> }}
        columns={[
          {
            key: 'case',
            title: t('cases.inbox.case'),
            render: (_, i) => (
              <div style={{ minWidth: 220, maxWidth: 380 }}>
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
            title: t('cases.inbox.action'),
            render: (_, i) => (
              <div style={{ minWidth: 180, maxWidth: 320 }}>
                {i.action}
                {i.claimable && (
                  <Typography.Text type="secondary"> · {t('cases.inbox.claimable')}</Typography.Text>
                )}
              </div>
            ),
          },
          {
            key: 'due',
            title: t('cases.inbox.due'),
            render: (_, i) => (
              <Flex gap={8} align="center" wrap>
                {formatDate(i.dueDate)}
                {i.daysOverdue > 0 && <OverdueTag days={i.daysOverdue} />}
              </Flex>
            ),
          },
          {
            key: 'open',
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
