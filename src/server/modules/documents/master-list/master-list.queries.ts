import { aliasedTable, and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { sortOrder } from '../../../../contract/common.ts';
import type {
  DocumentSortField,
  documentsQuery,
  MasterListItem,
  VersionState,
} from '../../../../contract/documents.ts';
import type { Role } from '../../../../contract/roles.ts';
import type { Db } from '../../../db/connection.ts';
import { preparedFor } from '../../../db/prepared.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { unitRows } from '../../org/index.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { openStates } from '../documents.service.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { approverRoleSql, draftsReadableByParamsSql, readerParams } from '../search/readable.ts';

const units = unitRows();

export type MasterListQuery = z.infer<typeof documentsQuery>;

/** The code sorts as citext does, but lower-cased once per row, not per comparison (5× faster). */
const byCode = sql`lower(${documents.code}::text)`;
const sortable = {
  code: byCode,
  title: documents.title,
  nextReviewDate: documents.nextReviewDate,
} as const satisfies Record<DocumentSortField, unknown>;

/** `sort` is one of the contract's fields (the query schema refused any other); by code if none. */
function orderOf(sort: MasterListQuery['sort'] = 'code') {
  const { field, descending } = sortOrder(sort);
  return [descending ? desc(sortable[field]) : asc(sortable[field]), asc(documents.id)];
}

/** The newest version in progress of the document, if any. */
const openStateSql = sql<VersionState | null>`(select v.state from ${documentVersions} v where v.agency_id = ${documents.agencyId} and v.document_id = ${documents.id} and ${inArray(sql`v.state`, [...openStates])} order by v.created_at desc, v.id desc limit 1)`;

/** Which filters a request uses and its order: one prepared statement per shape. */
type Shape = {
  type: boolean;
  owner: boolean;
  status: boolean;
  pending: boolean;
  reviewOverdue: boolean;
  q: boolean;
  sort: MasterListQuery['sort'];
};

const shapeOf = (query: MasterListQuery): Shape => {
  // `sort` is one of the contract's fields (the query schema refused any other).
  const sort = query.sort ?? 'code';
  return {
    type: !!query.type,
    owner: !!query.ownerUnitId,
    status: query.status !== 'all',
    pending: !!query.pendingState,
    reviewOverdue: query.reviewOverdue === true,
    q: !!query.q,
    sort,
  };
};

/** The values of a request, by placeholder name. */
const paramsOf = (actor: Actor, query: MasterListQuery) => ({
  agencyId: actor.agencyId,
  ...readerParams(actor),
  type: query.type,
  ownerUnitId: query.ownerUnitId,
  status: query.status,
  pendingState: query.pendingState,
  today: todayInVietnam(),
  like: query.q ? `%${query.q}%` : undefined,
  limit: query.pageSize,
  offset: (query.page - 1) * query.pageSize,
});

const p = (name: keyof ReturnType<typeof paramsOf>) => sql.placeholder(name);
const readableDrafts = draftsReadableByParamsSql(p('readerUnitPath'), p('readerGrants'));

/**
 * What the master list shows: the agency's documents with a version in force or
 * withdrawn, and documents not yet issued whose draft the actor may read.
 */
function conditions(shape: Shape): SQL {
  const where: SQL[] = [eq(documents.agencyId, p('agencyId'))];
  if (shape.type) where.push(eq(documents.type, p('type')));
  if (shape.owner) where.push(eq(documents.ownerUnitId, p('ownerUnitId')));
  if (shape.status) where.push(eq(documents.status, p('status')));
  // As home counts them (documentFiguresByUnit): a version in the state; in force and past review.
  if (shape.pending) {
    where.push(
      sql`exists (select 1 from ${documentVersions} pv where pv.agency_id = ${documents.agencyId} and pv.document_id = ${documents.id} and pv.state = ${p('pendingState')}::text)`,
    );
  }
  if (shape.reviewOverdue) {
    where.push(
      and(eq(documents.status, 'in_force'), sql`${documents.nextReviewDate} < ${p('today')}::date`)!,
    );
  }
  if (shape.q) {
    where.push(
      sql`(f_unaccent(${documents.title}) ILIKE f_unaccent(${p('like')}::text) OR ${documents.code} ILIKE ${p('like')}::text)`,
    );
  }
  where.push(or(ne(documents.status, 'none'), sql`(${readableDrafts} and ${openStateSql} is not null)`)!);
  return and(...where)!;
}

type Row = {
  document: typeof documents.$inferSelect;
  unitName: string;
  unitPath: string;
  approverRole: Role;
  issueNo: number | null;
  issueDate: string | null;
  effectiveDate: string | null;
  pendingState: VersionState | null;
};

const current = aliasedTable(documentVersions, 'current');

/** The columns of a row of the list, worked out for the rows returned only. */
const rowColumns = {
  document: documents,
  unitName: units.name,
  unitPath: units.path,
  approverRole: approverRoleSql,
  issueNo: current.issueNo,
  issueDate: current.issueDate,
  effectiveDate: current.effectiveDate,
  pendingState: sql<VersionState | null>`case when ${readableDrafts} then ${openStateSql} end`,
};

const ownerUnit = and(eq(units.agencyId, documents.agencyId), eq(units.id, documents.ownerUnitId));
const currentVersion = and(
  eq(current.agencyId, documents.agencyId),
  eq(current.id, documents.currentVersionId),
);

function toItems(actor: Actor, rows: Row[]): MasterListItem[] {
  return rows.flatMap((r): MasterListItem[] => {
    const scope = { agencyId: r.document.agencyId, unitPath: r.unitPath, approverRole: r.approverRole };
    const pendingState =
      r.pendingState && documentsPolicy.readVersion(actor, scope, r.pendingState) ? r.pendingState : null;
    if (r.document.status === 'none' && !pendingState) return [];
    return [
      {
        id: r.document.id,
        type: r.document.type as MasterListItem['type'],
        code: r.document.code,
        title: r.document.title,
        ownerUnitName: r.unitName,
        status: r.document.status as MasterListItem['status'],
        issueNo: r.issueNo,
        issueDate: r.issueDate,
        effectiveDate: r.effectiveDate,
        nextReviewDate: r.document.nextReviewDate,
        pendingState,
      },
    ];
  });
}

/** The statements of one shape: a page with its total, the total alone, every row (export). */
function listStatements(db: Db, shape: Shape, name: string) {
  const where = conditions(shape);
  const order = orderOf(shape.sort);
  const page = db.$with('page').as(
    db
      .select({ id: documents.id, total: sql<number>`(count(*) over ())::int`.as('total') })
      .from(documents)
      .innerJoin(units, ownerUnit)
      .where(where)
      .orderBy(...order)
      .limit(p('limit'))
      .offset(p('offset')),
  );
  return {
    page: db
      .with(page)
      .select({ ...rowColumns, total: page.total })
      .from(page)
      .innerJoin(documents, and(eq(documents.agencyId, p('agencyId')), eq(documents.id, page.id)))
      .innerJoin(units, ownerUnit)
      .leftJoin(current, currentVersion)
      .orderBy(...order)
      .prepare(`${name}_page`),
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .innerJoin(units, ownerUnit)
      .where(where)
      .prepare(`${name}_count`),
    all: db
      .select(rowColumns)
      .from(documents)
      .innerJoin(units, ownerUnit)
      .leftJoin(current, currentVersion)
      .where(where)
      .orderBy(...order)
      .prepare(`${name}_all`),
  };
}

/** Shapes are few (filters used × sort): each gets its statements once per database. */
const shapes = preparedFor(() => new Map<string, ReturnType<typeof listStatements>>());
function statementsOf(db: Db, query: MasterListQuery) {
  const shape = shapeOf(query);
  const key = JSON.stringify(shape);
  const known = shapes(db);
  let found = known.get(key);
  if (!found) {
    found = listStatements(db, shape, `documents_list_${known.size + 1}`);
    known.set(key, found);
  }
  return found;
}

/**
 * Danh mục tài liệu, one page of it, paged in the database, with its total: one prepared
 * statement. The page is chosen first (with `count(*) over ()` for the total), so the
 * columns are worked out for its rows only.
 */
export async function listDocuments(db: Db, actor: Actor, query: MasterListQuery) {
  const statements = statementsOf(db, query);
  const params = paramsOf(actor, query);
  const rows = await statements.page.execute(params);
  // Past the last page no row carries the total: count separately (rare).
  const total = rows[0]?.total ?? (query.page > 1 ? (await statements.count.execute(params))[0].n : 0);
  return { items: toItems(actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** Every row of the master list under these filters, in the list's order (for the export). */
export async function masterListRows(db: Db, actor: Actor, query: MasterListQuery) {
  return toItems(actor, await statementsOf(db, query).all.execute(paramsOf(actor, query)));
}
