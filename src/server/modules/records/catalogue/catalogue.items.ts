import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { catalogueEntries, catalogueHeadings } from '../records.table.ts';
import type { Deps, EntryRow, HeadingRow } from './catalogue.repository.ts';

/** What headings and entries share: lookup, position among siblings, moves, audit. */
export type Table = typeof catalogueHeadings | typeof catalogueEntries;

export async function findItem<T extends Table>(
  tx: Tx,
  table: T,
  actor: Actor,
  catalogueId: string,
  itemId: string,
) {
  const [row] = await tx
    .select()
    .from(table as typeof catalogueHeadings)
    .where(and(eq(table.id, itemId), eq(table.agencyId, actor.agencyId), eq(table.catalogueId, catalogueId)));
  if (!row) throw notFound(table === catalogueHeadings ? 'catalogue_heading' : 'catalogue_entry');
  return row as unknown as T['$inferSelect'];
}

export const nextPosition = async (tx: Tx, table: Table, where: ReturnType<typeof and>) => {
  const [{ n }] = await tx
    .select({ n: sql<number>`coalesce(max(${table.position}), 0)::int + 1` })
    .from(table)
    .where(where);
  return n;
};

export const siblingsOf = (
  table: Table,
  row: { catalogueId: string; agencyId: string },
  parent: string | null,
  column: 'parentId' | 'headingId',
) => {
  const col = column === 'parentId' ? catalogueHeadings.parentId : catalogueEntries.headingId;
  return and(
    eq(table.agencyId, row.agencyId),
    eq(table.catalogueId, row.catalogueId),
    parent ? eq(col, parent) : sql`${col} is null`,
  );
};

export const audited = async (
  tx: Tx,
  { actor, audit }: Pick<Deps, 'actor' | 'audit'>,
  entityType: string,
  action: string,
  before: object | null,
  after: (HeadingRow | EntryRow) | null,
) => {
  const row = (after ?? before) as HeadingRow | EntryRow;
  await recordAudit(tx, audit, {
    agencyId: actor.agencyId,
    entityType,
    entityId: row.id,
    entityLabel: 'code' in row ? `${row.code}: ${row.title}` : row.title,
    action,
    changes: diff(before, after),
  });
};

export async function move<T extends Table>(
  tx: Tx,
  table: T,
  row: HeadingRow | EntryRow,
  parent: string | null,
  column: 'parentId' | 'headingId',
  direction: 'up' | 'down',
) {
  const siblings = (await tx
    .select()
    .from(table as typeof catalogueHeadings)
    .where(siblingsOf(table, row, parent, column))
    .orderBy(table.position)) as Array<HeadingRow | EntryRow>;
  const i = siblings.findIndex((s) => s.id === row.id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (j < 0 || j >= siblings.length) return false;
  const other = siblings[j];
  await tx
    .update(table)
    .set({ position: other.position, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(eq(table.id, row.id));
  await tx
    .update(table)
    .set({ position: row.position, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(eq(table.id, other.id));
  return true;
}
