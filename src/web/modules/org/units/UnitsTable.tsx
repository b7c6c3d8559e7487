import { Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitView } from '../../../../contract/org.ts';
import { DataList } from '../../../app/components/DataList.tsx';
import { StateTag } from '../../../app/components/StateTag.tsx';
import { fold, formatDate, formatNumber } from '../../../app/format.ts';
import { paths } from '../../../app/paths.ts';
import { kindName } from '../names.ts';
import { buildUnitTree, type UnitNode } from '../queries.ts';
import { type UnitAction, UnitActions } from './UnitActions.tsx';

type Props = {
  units: UnitView[];
  loading: boolean;
  query: string;
  /** People links only for those who may open the people list. */
  linkPeople: boolean;
  onAction: (unit: UnitView, action: UnitAction) => void;
  empty: ReactNode;
};

/** Keeps the units that match and their ancestors, so a match is shown where it sits in the tree. */
function filterTree(nodes: UnitNode[], q: string): UnitNode[] {
  const needle = fold(q.trim());
  if (!needle) return nodes;
  const keep = (n: UnitNode): UnitNode | null => {
    const children = (n.children ?? []).map(keep).filter((c): c is UnitNode => c !== null);
    const hit = fold(n.name).includes(needle) || fold(n.code).includes(needle);
    return hit || children.length > 0 ? { ...n, children: children.length > 0 ? children : undefined } : null;
  };
  return nodes.map(keep).filter((n): n is UnitNode => n !== null);
}

export function UnitsTable({ units, loading, query, linkPeople, onAction, empty }: Props) {
  const { t } = useTranslation();
  const tree = useMemo(() => filterTree(buildUnitTree(units), query), [units, query]);
  // Everything open by default (new units too); only what the person closes stays closed.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const parents = useMemo(
    () => units.filter((u) => units.some((c) => c.parentId === u.id)).map((u) => u.id),
    [units],
  );
  const expanded = query ? parents : parents.filter((id) => !closed.has(id));
  return (
    <DataList<UnitNode>
      label={t('org.units.title')}
      testId="units-list"
      rowKey="id"
      loading={loading}
      data={tree}
      pageSize={1000}
      hideOnSinglePage
      expandable={{
        indentSize: 20,
        expandedRowKeys: expanded,
        onExpand: (open, u) =>
          setClosed((prev) => {
            const next = new Set(prev);
            if (open) next.delete(u.id);
            else next.add(u.id);
            return next;
          }),
      }}
      empty={empty}
      columns={[
        {
          key: 'name',
          card: 'title',
          title: t('org.units.name'),
          render: (_, u) => (
            <Typography.Text strong={!u.parentId} type={u.status === 'active' ? undefined : 'secondary'}>
              {u.name}
            </Typography.Text>
          ),
        },
        { key: 'code', title: t('org.units.code'), dataIndex: 'code' },
        { key: 'kind', title: t('org.kind'), render: (_, u) => kindName(u.kind) },
        {
          key: 'people',
          card: 'field',
          title: t('org.units.people'),
          align: 'right',
          render: (_, u) =>
            linkPeople && u.status === 'active' ? (
              <Link to={`${paths.people}?unitId=${u.id}`}>{formatNumber(u.peopleCount)}</Link>
            ) : (
              formatNumber(u.peopleCount)
            ),
        },
        {
          key: 'status',
          card: 'field',
          title: t('org.units.status'),
          render: (_, u) => <StateTag state={u.status} />,
        },
        {
          key: 'validity',
          title: t('org.units.validity'),
          render: (_, u) => `${formatDate(u.validFrom)} – ${u.validTo ? formatDate(u.validTo) : ''}`,
        },
        {
          key: 'actions',
          card: 'action',
          title: <span className="sr-only">{t('common.actions')}</span>,
          render: (_, u) => <UnitActions unit={u} onAction={(action) => onAction(u, action)} />,
        },
      ]}
    />
  );
}
