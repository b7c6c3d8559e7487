import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { type Sort, sortOrder } from '../../../../contract/common.ts';
import type {
  FileListItem,
  FileSortField,
  FilesPage,
  FilesQuery,
} from '../../../../contract/record-files.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { personRows, unitRows } from '../../org/index.ts';
import { recordFileItems, recordFiles } from '../records.table.ts';
import { fileReadableSql, pastRetentionSql, transferDates, transferStatusOf } from './files.scope.ts';

const people = personRows();
const units = unitRows();

const sortable = {
  fileCode: sql`lower(${recordFiles.fileCode}::text)`,
  // Vietnamese letters sort with their base letter ('đ' with 'd'), not by code point.
  title: sql`lower(f_unaccent(${recordFiles.title}))`,
  startDate: recordFiles.startDate,
  endDate: recordFiles.endDate,
} as const satisfies Record<FileSortField, unknown>;

type FileSort = Sort<FileSortField>;

/** `sort` is one of the contract's fields (the query schema refused any other). */
function orderOf(sort?: FileSort) {
  if (!sort) return [desc(recordFiles.startDate), asc(recordFiles.fileCode), asc(recordFiles.id)];
  const { field, descending } = sortOrder(sort);
  return [descending ? desc(sortable[field]) : asc(sortable[field]), asc(recordFiles.id)];
}

const itemCountSql = sql<number>`(select count(*)::int from ${recordFileItems} i where i.agency_id = ${recordFiles.agencyId} and i.file_id = ${recordFiles.id} and not i.removed)`;

/** The filters that narrow the list, besides what the actor may read. */
function filtersOf(
  query: Omit<FilesQuery, 'page' | 'pageSize' | 'sort'>,
  dates: { today: string; yearAgo: string },
) {
  const where: SQL[] = [];
  if (query.unitId) where.push(eq(recordFiles.unitId, query.unitId));
  if (query.year) where.push(eq(recordFiles.year, query.year));
  if (query.state) where.push(eq(recordFiles.state, query.state));
  if (query.notInCatalogue === true) where.push(isNull(recordFiles.catalogueEntryId));
  if (query.notInCatalogue === false) where.push(sql`${recordFiles.catalogueEntryId} is not null`);
  if (query.transfer) where.push(eq(recordFiles.state, 'closed'));
  if (query.transfer === 'overdue') where.push(sql`${recordFiles.endDate} <= ${dates.yearAgo}::date`);
  if (query.pastRetention) where.push(pastRetentionSql(dates.today));
  if (query.q) {
    const like = `%${query.q}%`;
    where.push(
      sql`(f_unaccent(${recordFiles.title}) ILIKE f_unaccent(${like}) OR ${recordFiles.fileCode} ILIKE ${like})`,
    );
  }
  return where;
}

export async function fileRows(
  db: Db | Tx,
  where: SQL,
  range?: { limit: number; offset: number; sort?: FileSort },
) {
  const { today, yearAgo } = transferDates();
  const base = db
    .select({
      file: recordFiles,
      unitName: units.name,
      ownerPersonName: people.fullName,
      itemCount: itemCountSql,
      pastRetention: pastRetentionSql(today),
    })
    .from(recordFiles)
    .innerJoin(units, eq(units.id, recordFiles.unitId))
    .leftJoin(people, eq(people.id, recordFiles.ownerPersonId))
    .where(where)
    .orderBy(...orderOf(range?.sort));
  const rows = range ? await base.limit(range.limit).offset(range.offset) : await base;
  return rows.map(
    ({ file: f, ...r }): FileListItem => ({
      id: f.id,
      fileCode: f.fileCode,
      title: f.title,
      unitId: f.unitId,
      unitName: r.unitName,
      year: f.year,
      state: f.state as FileListItem['state'],
      notInCatalogue: f.catalogueEntryId === null,
      retentionYears: f.retentionYears,
      accessRegime: f.accessRegime as FileListItem['accessRegime'],
      ownerPersonName: r.ownerPersonName,
      startDate: f.startDate,
      endDate: f.endDate,
      itemCount: r.itemCount,
      pageCount: f.pageCount,
      notes: f.notes,
      transferStatus: transferStatusOf(f, yearAgo),
      pastRetention: r.pastRetention,
    }),
  );
}

/** Hồ sơ the actor may see, one page, with counts for the unit and year filters. */
export async function listFiles(db: Db, actor: Actor, query: FilesQuery): Promise<FilesPage> {
  const dates = transferDates();
  const readable = fileReadableSql(actor);
  const where = and(readable, ...filtersOf(query, dates))!;
  const scopeOfCounts = and(readable, ...filtersOf({ unitId: query.unitId, year: query.year }, dates))!;
  const [items, [{ total }], [counts]] = await Promise.all([
    fileRows(db, where, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      sort: query.sort,
    }),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(recordFiles)
      .innerJoin(units, eq(units.id, recordFiles.unitId))
      .where(where),
    db
      .select({
        open: sql<number>`(count(*) filter (where ${recordFiles.state} = 'open'))::int`,
        dueForTransfer: sql<number>`(count(*) filter (where ${recordFiles.state} = 'closed'))::int`,
        overdueForTransfer: sql<number>`(count(*) filter (where ${recordFiles.state} = 'closed' and ${recordFiles.endDate} <= ${dates.yearAgo}::date))::int`,
        pastRetention: sql<number>`(count(*) filter (where ${pastRetentionSql(dates.today)}))::int`,
        notInCatalogue: sql<number>`(count(*) filter (where ${recordFiles.catalogueEntryId} is null))::int`,
      })
      .from(recordFiles)
      .innerJoin(units, eq(units.id, recordFiles.unitId))
      .where(scopeOfCounts),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize, counts };
}
