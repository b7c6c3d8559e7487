import { Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { unitKinds } from '../../../contract/org.ts';
import { type Role, roles } from '../../../contract/roles.ts';
import { ScrollX } from '../../app/components/ScrollX.tsx';
import { formatDate, formatDateTime } from '../../app/format.ts';
import { kindName, roleName } from '../org/names.ts';
import { usePositions, useUnits } from '../org/queries.ts';
import { fieldLabel } from './labels.ts';

type Changes = Record<string, { from?: unknown; to?: unknown }>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type Names = Map<string, string>;

/** A stored value as a person reads it: names for ids, dates dd/mm/yyyy, yes/no, blank as a dash. */
function show(field: string, value: unknown, t: TFunction, names: Names): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string' && names.has(value)) return names.get(value) as string;
  if (field === 'kind' && unitKinds.includes(value as never))
    return kindName(value as (typeof unitKinds)[number]);
  if (field === 'role' && roles.includes(value as Role)) return roleName(value as Role);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Before and after of each changed field of one audit event. */
export function ChangesTable({ changes }: { changes: Changes }) {
  const { t } = useTranslation();
  const units = useUnits('all');
  const positions = usePositions();
  const names: Names = new Map([
    ...(units.data ?? []).map((u) => [u.id, u.name] as const),
    ...(positions.data ?? []).map((p) => [p.id, p.name] as const),
  ]);
  const rows = Object.entries(changes).map(([field, change]) => ({ field, ...change }));
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <ScrollX label={t('audit.changes')}>
      <Table
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'field', title: t('audit.field'), render: (_, r) => fieldLabel(t, r.field), width: 200 },
          {
            key: 'from',
            title: t('audit.before'),
            render: (_, r) => (
              <span style={{ wordBreak: 'break-word' }}>{show(r.field, r.from, t, names)}</span>
            ),
          },
          {
            key: 'to',
            title: t('audit.after'),
            render: (_, r) => (
              <span style={{ wordBreak: 'break-word' }}>{show(r.field, r.to, t, names)}</span>
            ),
          },
        ]}
      />
    </ScrollX>
  );
}
