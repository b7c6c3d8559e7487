import { useQuery } from '@tanstack/react-query';
import type { PositionView, UnitView } from '../../../contract/org.ts';
import { api } from '../../app/api.ts';
import { homeKey } from '../../app/query.ts';

/** Query keys of the organisation; a change invalidates the lists it affects. */
export const orgKeys = {
  units: ['units'] as const,
  unitEvents: ['unit-events'] as const,
  positions: ['positions'] as const,
  people: ['people'] as const,
  home: homeKey,
};

export function useUnits(status: 'active' | 'all' = 'active') {
  return useQuery({
    queryKey: [...orgKeys.units, status],
    queryFn: () => api.get<UnitView[]>('/units', { status }),
  });
}

export function usePositions() {
  return useQuery({ queryKey: orgKeys.positions, queryFn: () => api.get<PositionView[]>('/positions') });
}

export type UnitNode = UnitView & { children?: UnitNode[] };

/** The flat list as a tree by parentId, siblings by sort order then name; orphans become roots. */
export function buildUnitTree(units: UnitView[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, { ...u }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'));
    for (const n of list) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}
