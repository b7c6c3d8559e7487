import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '../../../../contract/internal-audits.ts';
import type { UnitView } from '../../../../contract/org.ts';
import { buildUnitTree, type UnitNode } from '../../org/queries.ts';

type Row = { id: string; name: string; depth: number; months: Record<number, number[]> };

/** Units in tree order with their depth. */
function flatten(nodes: UnitNode[], depth = 0): Array<{ unit: UnitNode; depth: number }> {
  return nodes.flatMap((n) => [{ unit: n, depth }, ...flatten(n.children ?? [], depth + 1)]);
}

/**
 * Year × units: each cell names the rounds planned to audit the unit (or a unit above it)
 * that month. A unit row with no number is a gap of the year.
 */
export function ProgrammeCalendar({ units, rounds }: { units: UnitView[]; rounds: RoundSummary[] }) {
  const { t } = useTranslation();
  const byId = new Map(units.map((u) => [u.id, u]));
  const ancestors = (id: string): string[] => {
    const u = byId.get(id);
    return u ? [id, ...(u.parentId ? ancestors(u.parentId) : [])] : [];
  };
  const rows: Row[] = flatten(buildUnitTree(units)).map(({ unit, depth }) => {
    const months: Record<number, number[]> = {};
    const line = ancestors(unit.id);
    for (const r of rounds) {
      if (r.scopeUnits.some((s) => line.includes(s.id)))
        months[r.plannedMonth] = [...(months[r.plannedMonth] ?? []), r.number];
    }
    return { id: unit.id, name: unit.name, depth, months };
  });
  const monthColumns = Array.from({ length: 12 }, (_, i) => i + 1).map((m) => ({
    key: `m${m}`,
    title: String(m),
    align: 'center' as const,
    width: 44,
    render: (_: unknown, row: Row) =>
      row.months[m] ? (
        <Typography.Text
          strong
          aria-label={`${t('internalAudits.fields.month', { month: m })}: ${row.months[m].join(', ')}`}
        >
          {row.months[m].join(', ')}
        </Typography.Text>
      ) : null,
  }));
  return (
    <Card title={t('internalAudits.calendar.title')} size="small">
      <Typography.Paragraph type="secondary">{t('internalAudits.calendar.caption')}</Typography.Paragraph>
      <Table<Row>
        size="small"
        bordered
        rowKey="id"
        pagination={false}
        scroll={{ x: 200 + 12 * 44 }}
        dataSource={rows}
        columns={[
          {
            key: 'unit',
            title: t('internalAudits.fields.unit'),
            width: 200,
            render: (_, row) => <span style={{ paddingInlineStart: row.depth * 16 }}>{row.name}</span>,
          },
          ...monthColumns,
        ]}
      />
    </Card>
  );
}
