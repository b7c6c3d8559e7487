import { FileExcelOutlined, HistoryOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventPage, AuditEventView } from '../../../contract/audit.ts';
import { type AuditNames, auditRecordLabel } from '../../../contract/audit-values.ts';
import { api } from '../../app/api.ts';
import { DataList, type ListColumn, useIsPhone, useListState } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDateTime } from '../../app/format.ts';
import { currentLang } from '../../app/i18n/index.ts';
import { type AuditFilter, AuditFilters } from './AuditFilters.tsx';
import { ChangesTable } from './ChangesTable.tsx';
import { actionLabel, entityLabel } from './labels.ts';

type AuditEvent = AuditEventView;

/** The record's label as the trail wrote it, a trailing code (a role, a signature's meaning) in words. */
const recordLabel = (e: AuditEvent) => auditRecordLabel(e.entityType, e.entityLabel, currentLang());

/** On a phone the list is cards, without antd's expandable rows: the before/after opens in the card. */
function CardChanges({ event, names }: { event: AuditEvent; names: AuditNames }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="link"
        size="small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        style={{ padding: 0 }}
      >
        {open ? t('audit.hideChanges') : t('audit.showChanges')}
      </Button>
      {open && <ChangesTable entityType={event.entityType} changes={event.changes} names={names} stacked />}
    </>
  );
}
const filterKeys = ['actorId', 'entityType', 'entityId', 'from', 'to', 'q'] as const;

/** Who did what, when, to which record; each row opens the before/after of its fields. */
export function AuditPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const state = useListState({ filters: filterKeys });
  const filter: AuditFilter = Object.fromEntries(filterKeys.map((k) => [k, state.get(k)]));
  const query = { ...filter, page: state.page, pageSize: state.pageSize };
  const events = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<AuditEventPage>('/audit-events', query),
    placeholderData: keepPreviousData,
  });

  const update = state.update;
  const exportQuery = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  // The record chosen by "Lịch sử": its name from the events shown (they are all its own).
  const chosen = filter.entityId ? events.data?.items.find((e) => e.entityId === filter.entityId) : undefined;
  const names = events.data?.names ?? {};
  const changesColumn: ListColumn<AuditEvent>[] = phone
    ? [
        {
          key: 'changes',
          card: 'field',
          title: t('audit.changes'),
          render: (_, e) => <CardChanges event={e} names={names} />,
        },
      ]
    : [];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <Tooltip title={t('audit.exportHint')}>
            <Button
              href={`/api/v1/audit-events.xlsx${exportQuery ? `?${exportQuery}` : ''}`}
              download
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('audit.export')}
            </Button>
          </Tooltip>
        }
      />
      <Card>
        <AuditFilters value={filter} onChange={(changes) => state.update(changes)} onClear={state.clear} />
        {filter.entityId && (
          <Flex style={{ marginBottom: 16 }}>
            <Tag closable onClose={() => update({ entityId: undefined, page: 1 })}>
              {t('audit.onlyRecord', {
                name: chosen
                  ? `${entityLabel(chosen.entityType)} ${recordLabel(chosen) ?? ''}`.trim()
                  : t('audit.thisRecord'),
              })}
            </Tag>
          </Flex>
        )}
        <ErrorAlert error={events.error} />
        <DataList<AuditEvent>
          label={t('audit.title')}
          testId="audit-list"
          rowKey="id"
          loading={events.isFetching}
          data={events.data?.items}
          total={events.data?.total ?? 0}
          state={state}
          empty={<Empty description={t('audit.empty')} />}
          expandable={{
            columnTitle: <span className="sr-only">{t('audit.changes')}</span>,
            expandedRowRender: (e) => (
              <ChangesTable entityType={e.entityType} changes={e.changes} names={names} />
            ),
            expandIcon: ({ expanded, onExpand, record }) => (
              <Button
                type="text"
                size="small"
                aria-expanded={expanded}
                aria-label={t('audit.showChanges')}
                onClick={(event) => onExpand(record, event)}
              >
                {expanded ? '−' : '+'}
              </Button>
            ),
          }}
          columns={[
            {
              key: 'time',
              card: 'title',
              title: t('audit.time'),
              render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</span>,
            },
            {
              key: 'person',
              card: 'field',
              title: t('audit.person'),
              render: (_, e) => e.actorName || t('audit.system'),
            },
            {
              key: 'action',
              card: 'field',
              title: t('audit.action'),
              render: (_, e) => actionLabel(e.action, e.entityType),
            },
            {
              key: 'record',
              card: 'field',
              title: t('audit.record'),
              render: (_, e) => (
                <Flex gap={8} align="baseline" wrap>
                  <span>
                    <Typography.Text type="secondary">{entityLabel(e.entityType)}</Typography.Text>
                    {e.entityLabel ? `: ${recordLabel(e)}` : ''}
                  </span>
                  {filter.entityId !== e.entityId && (
                    <Button
                      type="link"
                      size="small"
                      icon={<HistoryOutlined aria-hidden />}
                      aria-label={t('audit.historyOf', {
                        name: recordLabel(e) ?? entityLabel(e.entityType),
                      })}
                      onClick={() => update({ entityId: e.entityId, page: 1 })}
                      style={{ padding: 0 }}
                    >
                      {t('audit.history')}
                    </Button>
                  )}
                </Flex>
              ),
            },
            ...changesColumn,
            { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip ?? '—' },
            { key: 'seq', title: t('audit.seq'), align: 'right', render: (_, e) => `#${e.seq}` },
          ]}
        />
      </Card>
    </>
  );
}
