import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
// The event's schema still lives with its route; it belongs in src/contract (type-only import, erased).
import type { AuditEventView } from '../../../contract/audit.ts';
import type { Page } from '../../../contract/common.ts';
import { type Role, roleNames } from '../../../contract/roles.ts';
import { api } from '../../app/api.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDateTime, formatNumber } from '../../app/format.ts';
import { roleName } from '../org/names.ts';
import { type AuditFilter, AuditFilters } from './AuditFilters.tsx';
import { ChangesTable } from './ChangesTable.tsx';
import { actionLabel, entityLabel } from './labels.ts';

type AuditEvent = AuditEventView;

/** Role grants are labelled with the role's code; show its name. */
const recordLabel = (e: AuditEvent) =>
  e.entityType === 'role_grant' && e.entityLabel && e.entityLabel in roleNames
    ? roleName(e.entityLabel as Role)
    : e.entityLabel;
const PAGE_SIZE = 20;
const filterKeys = ['actorId', 'entityType', 'from', 'to', 'q'] as const;

/** Who did what, when, to which record; each row opens the before/after of its fields. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined]));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { ...filter, page, pageSize: PAGE_SIZE };
  const events = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<Page<AuditEvent>>('/audit-events', query),
    placeholderData: keepPreviousData,
  });

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card>
        <AuditFilters
          value={filter}
          onChange={(changes) => update({ ...changes, page: 1 })}
          onClear={() => setParams(new URLSearchParams())}
        />
        <ErrorAlert error={events.error} />
        <Table<AuditEvent>
          rowKey="id"
          loading={events.isFetching}
          dataSource={events.data?.items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
          expandable={{
            columnTitle: <span className="sr-only">{t('audit.changes')}</span>,
            expandedRowRender: (e) => <ChangesTable changes={e.changes} />,
          }}
          onChange={(pagination) => update({ page: pagination.current })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: events.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total, [from, to]) =>
              t('common.range', {
                from: formatNumber(from),
                to: formatNumber(to),
                total: formatNumber(total),
              }),
          }}
          columns={[
            {
              key: 'time',
              title: t('audit.time'),
              render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</span>,
            },
            { key: 'person', title: t('audit.person'), render: (_, e) => e.actorName || t('audit.system') },
            { key: 'action', title: t('audit.action'), render: (_, e) => actionLabel(t, e.action) },
            {
              key: 'record',
              title: t('audit.record'),
              render: (_, e) => (
                <>
                  <Typography.Text type="secondary">{entityLabel(t, e.entityType)}</Typography.Text>
                  {e.entityLabel ? `: ${recordLabel(e)}` : ''}
                </>
              ),
            },
            { key: 'ip', title: t('audit.ip'), render: (_, e) => e.ip ?? '—' },
            { key: 'seq', title: t('audit.seq'), align: 'right', render: (_, e) => `#${e.seq}` },
          ]}
        />
      </Card>
    </>
  );
}
