type TreeUnit = { id: string; parentId: string | null; sortOrder: number; name: string };

/**
 * Units depth-first, each followed by the units below it, siblings by their order then
 * name; a unit whose parent is not in the list starts a tree of its own. Reports list
 * units this way, with the depth for indenting.
 */
export function unitsInTreeOrder<T extends TreeUnit>(list: T[]): Array<T & { depth: number }> {
  const ids = new Set(list.map((u) => u.id));
  const byParent = new Map<string | null, T[]>();
  for (const u of list) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), u]);
  }
  const ordered: Array<T & { depth: number }> = [];
  const visit = (parent: string | null, depth: number) => {
    const children = (byParent.get(parent) ?? []).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'),
    );
    for (const u of children) {
      ordered.push({ ...u, depth });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
