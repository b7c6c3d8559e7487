import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Segmented, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CaseSummary, caseStates } from '../../../contract/cases.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDate } from '../../app/format.ts';
import { CasePage } from './CasePage.tsx';
import { CaseStepsInbox } from './CaseStepsInbox.tsx';
import { CaseStateTag, OverdueTag } from './CaseTags.tsx';
import { type CaseListFilter, casePaths, useCases, useProceduresInForce } from './queries.ts';
import { StartCaseModal } from './StartCaseModal.tsx';

/** Hồ sơ công việc: my steps, then the cases of my unit (or those I take part in), filtered. */
export function CasesPage() {
  // /cases/:id shares this page's chunk (routes.tsx registers one page for the area).
  const { id } = useParams();
  return id ? <CasePage key={id} /> : <CaseList />;
}

function CaseList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CaseListFilter>({ scope: 'unit', page: 1, pageSize: 20 });
  const [starting, setStarting] = useState(false);
  const cases = useCases(filter);
  const set = (patch: Partial<CaseListFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const procedures = useProceduresInForce(true);

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        subtitle={t('cases.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setStarting(true)}>
            {t('cases.start')}
          </Button>
        }
      />
      <div style={{ marginBottom: 16 }}>
        <CaseStepsInbox />
      </div>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Segmented
          value={filter.scope}
          onChange={(scope) => set({ scope: scope as CaseListFilter['scope'] })}
          options={[
            { value: 'unit', label: t('cases.scope.unit') },
            { value: 'mine', label: t('cases.scope.mine') },
          ]}
        />
        <Select
          allowClear
          aria-label={t('cases.filters.state')}
          placeholder={t('cases.filters.state')}
          style={{ minWidth: 160 }}
          value={filter.state}
          onChange={(state) => set({ state })}
          options={caseStates.map((s) => ({ value: s, label: t(`cases.states.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t('cases.filters.procedure')}
          placeholder={t('cases.filters.procedure')}
          style={{ minWidth: 240, maxWidth: 420 }}
          value={filter.procedureDocumentId}
          onChange={(procedureDocumentId) => set({ procedureDocumentId })}
          showSearch={{ optionFilterProp: 'label' }}
          options={(procedures.data ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.title}` }))}
        />
        <Checkbox
          checked={filter.overdue ?? false}
          onChange={(e) => set({ overdue: e.target.checked || undefined })}
        >
          {t('cases.filters.overdue')}
        </Checkbox>
        <Input.Search
          allowClear
          aria-label={t('cases.filters.search')}
          placeholder={t('cases.filters.search')}
          style={{ width: 260 }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
      </Flex>
      <ErrorAlert error={cases.error} />
      <Table<CaseSummary>
        rowKey="id"
        loading={cases.isLoading}
        dataSource={cases.data?.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('cases.empty') }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: cases.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          {
            key: 'case',
            title: t('cases.fields.title'),
            render: (_, c) => (
              <div style={{ minWidth: 240, maxWidth: 480 }}>
                <Link to={casePaths.case(c.id)}>
                  {c.code} {c.title}
                </Link>
                <br />
                <Typography.Text type="secondary">
                  {c.procedureCode} {c.procedureTitle} · {c.unitName}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'state',
            title: t('cases.fields.state'),
            render: (_, c) => (
              <Flex gap={4} wrap>
                <CaseStateTag state={c.state} />
                {c.overdue && <OverdueTag />}
              </Flex>
            ),
          },
          {
            key: 'step',
            title: t('cases.fields.currentStep'),
            render: (_, c) => (
              <div style={{ maxWidth: 320 }}>
                {c.currentStepAction ?? '—'}
                {c.currentAssigneeName && (
                  <Typography.Text type="secondary"> · {c.currentAssigneeName}</Typography.Text>
                )}
              </div>
            ),
          },
          { key: 'start', title: t('cases.fields.startDate'), render: (_, c) => formatDate(c.startDate) },
          { key: 'due', title: t('cases.fields.dueDate'), render: (_, c) => formatDate(c.dueDate) },
          { key: 'closed', title: t('cases.fields.closedDate'), render: (_, c) => formatDate(c.closedDate) },
        ]}
      />
      <StartCaseModal open={starting} onClose={() => setStarting(false)} />
    </>
  );
}
