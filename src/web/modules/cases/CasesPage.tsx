import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Input, Segmented, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CaseSummary, caseStates } from '../../../contract/cases.ts';
import { DataList, oneOf, useListState } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { filterStyle } from '../../app/components/filterStyle.ts';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDate } from '../../app/format.ts';
import { useUnits } from '../org/queries.ts';
import { CasePage } from './CasePage.tsx';
import { CaseStepsInbox } from './CaseStepsInbox.tsx';
import { CaseStateTag, OverdueTag } from './CaseTags.tsx';
import { type CaseListFilter, casePaths, useCases, useProceduresInForce } from './queries.ts';
import { StartCaseModal } from './StartCaseModal.tsx';

/** Xử lý công việc: my steps, then the cases of my unit (or those I take part in), filtered. */
export function CasesPage() {
  // /cases/:id shares this page's chunk (routes.tsx registers one page for the area).
  const { id } = useParams();
  return id ? <CasePage key={id} /> : <CaseList />;
}

function CaseList() {
  const { t } = useTranslation();
  const state = useListState({ defaults: { scope: 'unit' } });
  const filter: CaseListFilter = {
    scope: state.get('scope') === 'mine' ? 'mine' : 'unit',
    state: oneOf(caseStates, state.get('state')),
    procedureDocumentId: state.get('procedureDocumentId'),
    overdue: state.get('overdue') === 'true' || undefined,
    q: state.get('q'),
    // Home's figures open this list filtered: ?overdue=true&unitId=…&subunits=false, or the
    // cases started in a period whose file was not opened at the start.
    unitId: state.get('unitId'),
    subunits: state.get('subunits') === 'false' ? false : undefined,
    startedFrom: state.get('startedFrom'),
    startedTo: state.get('startedTo'),
    fileOpenedAtStart: bool(state.get('fileOpenedAtStart')),
    page: state.page,
    pageSize: state.pageSize,
  };
  const [starting, setStarting] = useState(false);
  const cases = useCases(filter);
  const set = (patch: Record<string, string | boolean | undefined>) =>
    state.update(
      Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v === true ? 'true' : v || undefined])),
    );
  const procedures = useProceduresInForce(true);
  const [text, setText] = useState(filter.q ?? '');
  useEffect(() => setText(filter.q ?? ''), [filter.q]);

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
          onChange={(scope) => set({ scope: String(scope) })}
          options={[
            { value: 'unit', label: t('cases.scope.unit') },
            { value: 'mine', label: t('cases.scope.mine') },
          ]}
        />
        <Select
          allowClear
          aria-label={t('cases.filters.state')}
          placeholder={t('cases.filters.state')}
          style={filterStyle(160)}
          value={filter.state}
          onChange={(value) => set({ state: value })}
          options={caseStates.map((s) => ({ value: s, label: t(`cases.states.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t('cases.filters.procedure')}
          placeholder={t('cases.filters.procedure')}
          style={filterStyle(260)}
          value={filter.procedureDocumentId}
          onChange={(procedureDocumentId) => set({ procedureDocumentId })}
          showSearch={{ optionFilterProp: 'label' }}
          options={(procedures.data ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.title}` }))}
        />
        <Checkbox checked={filter.overdue ?? false} onChange={(e) => set({ overdue: e.target.checked })}>
          {t('cases.filters.overdue')}
        </Checkbox>
        {filter.unitId && (
          <UnitTag
            unitId={filter.unitId}
            alone={filter.subunits === false}
            onClose={() => set({ unitId: undefined, subunits: undefined })}
          />
        )}
        {(filter.startedFrom || filter.startedTo) && (
          <Tag closable onClose={() => set({ startedFrom: undefined, startedTo: undefined })}>
            {t('cases.filters.started', {
              from: filter.startedFrom ? formatDate(filter.startedFrom) : '…',
              to: filter.startedTo ? formatDate(filter.startedTo) : '…',
            })}
          </Tag>
        )}
        {filter.fileOpenedAtStart !== undefined && (
          <Tag closable onClose={() => set({ fileOpenedAtStart: undefined })}>
            {t(filter.fileOpenedAtStart ? 'cases.filters.fileAtStart' : 'cases.filters.noFileAtStart')}
          </Tag>
        )}
        <Input.Search
          allowClear
          aria-label={t('cases.filters.search')}
          placeholder={t('cases.filters.search')}
          style={filterStyle(260)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
        {state.filtered && <Button onClick={state.clear}>{t('common.clearFilters')}</Button>}
      </Flex>
      <ErrorAlert error={cases.error} />
      <DataList<CaseSummary>
        label={t('cases.title')}
        testId="cases-list"
        rowKey="id"
        loading={cases.isLoading}
        data={cases.data?.items}
        total={cases.data?.total ?? 0}
        state={state}
        empty={<Empty description={t('cases.empty')} />}
        columns={[
          {
            key: 'case',
            card: 'title',
            title: t('cases.fields.title'),
            render: (_, c) => (
              <div style={{ minWidth: 200, maxWidth: 300 }}>
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
            card: 'field',
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
            card: 'field',
            title: t('cases.fields.currentStep'),
            render: (_, c) => (
              <div style={{ minWidth: 120, maxWidth: 200 }}>{c.currentStepAction ?? '—'}</div>
            ),
          },
          {
            key: 'assignee',
            card: 'field',
            title: t('cases.fields.assignee'),
            render: (_, c) => (
              <div style={{ minWidth: 90, maxWidth: 130 }}>{c.currentAssigneeName ?? '—'}</div>
            ),
          },
          {
            // The due date, and under it when the case closed (the start date is on the case).
            key: 'due',
            card: 'field',
            title: t('cases.fields.dueDate'),
            render: (_, c) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {formatDate(c.dueDate)}
                {c.closedDate && (
                  <>
                    <br />
                    <Typography.Text type="secondary">
                      {t('cases.list.closedOn', { date: formatDate(c.closedDate) })}
                    </Typography.Text>
                  </>
                )}
              </span>
            ),
          },
          {
            key: 'open',
            card: 'action',
            title: <span className="sr-only">{t('common.actions')}</span>,
            render: (_, c) => (
              <Link to={casePaths.case(c.id)} aria-label={`${t('cases.inbox.open')} ${c.code}`}>
                {t('cases.inbox.open')}
              </Link>
            ),
          },
        ]}
      />
      <StartCaseModal open={starting} onClose={() => setStarting(false)} />
    </>
  );
}

const bool = (value: string | undefined) => (value === 'true' ? true : value === 'false' ? false : undefined);

/** The unit a list was opened for from home (its cases and its sub-units', or its own alone), removable. */
function UnitTag({ unitId, alone, onClose }: { unitId: string; alone: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits('all');
  const name = units.data?.find((u) => u.id === unitId)?.name ?? '…';
  return (
    <Tag closable onClose={onClose}>
      {alone ? t('cases.filters.unitAlone', { name }) : name}
    </Tag>
  );
}
