import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Sort } from '../../../contract/common.ts';
import type { PersonSortField, PersonView } from '../../../contract/org.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { preparedFor } from '../../db/prepared.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { orgPolicy } from './org.policy.ts';
import { people, positions, roleGrants, units } from './org.table.ts';

export type PersonFilter = {
  agencyId: string;
  id?: string;
  unitId?: string;
  role?: string;
  active: 'true' | 'false' | 'all';
  locked?: 'true';
  q?: string;
};

const sortable = {
  fullName: people.fullName,
  username: people.username,
  unitName: units.name,
  lastLoginAt: people.lastLoginAt,
} as const satisfies Record<PersonSortField, unknown>;

/** Which filters a request uses and its order: one prepared statement per shape. */
const shapeOf = (filter: PersonFilter, sort?: string) => {
  const key = sort?.replace(/^-/, '') ?? 'fullName';
  return {
    active: filter.active !== 'all',
    id: !!filter.id,
    locked: !!filter.locked,
    unitId: !!filter.unitId,
    role: !!filter.role,
    q: !!filter.q,
    sort: `${sort?.startsWith('-') ? '-' : ''}${Object.hasOwn(sortable, key) ? key : 'fullName'}`,
  };
};
type Shape = ReturnType<typeof shapeOf>;

const paramsOf = (filter: PersonFilter, paging: { page: number; pageSize: number }) => ({
  agencyId: filter.agencyId,
  active: filter.active === 'true',
  id: filter.id,
  now: new Date().toISOString(),
  unitId: filter.unitId,
  role: filter.role,
  like: filter.q ? `%${filter.q}%` : undefined,
  limit: paging.pageSize,
  offset: (paging.page - 1) * paging.pageSize,
});
const p = (name: keyof ReturnType<typeof paramsOf>) => sql.placeholder(name);

function conditions(shape: Shape): SQL[] {
  const where: SQL[] = [eq(people.agencyId, p('agencyId'))];
  if (shape.active) where.push(eq(people.active, p('active')));
  if (shape.id) where.push(eq(people.id, p('id')));
  if (shape.locked) where.push(sql`${people.lockedUntil} > ${p('now')}::timestamptz`);
  if (shape.unitId) where.push(eq(people.unitId, p('unitId')));
  if (shape.role) {
    where.push(
      sql`exists (select 1 from ${roleGrants} g where g.agency_id = ${people.agencyId} and g.person_id = ${people.id} and g.role = ${p('role')}::text)`,
    );
  }
  if (shape.q) {
    where.push(
      sql`(f_unaccent(${people.fullName}) ILIKE f_unaccent(${p('like')}::text) OR ${people.username} ILIKE ${p('like')}::text OR ${people.email} ILIKE ${p('like')}::text)`,
    );
  }
  return where;
}

const unitOfPerson = and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId));

/** A page of people with its total (window count) and each person's grants; the total alone. */
function peopleStatements(db: Db, shape: Shape, name: string) {
  const where = and(...conditions(shape));
  const descending = shape.sort.startsWith('-');
  const column = sortable[shape.sort.replace(/^-/, '') as keyof typeof sortable];
  return {
    page: db
      .select({
        person: people,
        unitName: units.name,
        unitPath: units.path,
        positionName: positions.name,
        total: sql<number>`(count(*) over())::int`,
        grants: sql<
          Array<{ id: string; role: string; unitId: string | null; unitName: string | null }>
        >`coalesce((
        select json_agg(json_build_object('id', g.id, 'role', g.role, 'unitId', g.unit_id, 'unitName', gu.name) order by g.created_at)
        from ${roleGrants} g left join ${units} gu on gu.agency_id = g.agency_id and gu.id = g.unit_id
        where g.agency_id = ${people.agencyId} and g.person_id = ${people.id}), '[]'::json)`,
      })
      .from(people)
      .innerJoin(units, unitOfPerson)
      .leftJoin(positions, and(eq(positions.agencyId, people.agencyId), eq(positions.id, people.positionId)))
      .where(where)
      .orderBy(descending ? desc(column) : asc(column), asc(people.id))
      .limit(p('limit'))
      .offset(p('offset'))
      .prepare(`${name}_page`),
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(people)
      .innerJoin(units, unitOfPerson)
      .where(where)
      .prepare(`${name}_count`),
  };
}

const shapes = preparedFor(() => new Map<string, ReturnType<typeof peopleStatements>>());

/** One page of people with their unit, position and roles, as the actor may see them. */
export async function findPeople(
  db: Db,
  actor: Actor,
  filter: PersonFilter,
  paging: { page: number; pageSize: number; sort?: Sort<PersonSortField> },
) {
  const shape = shapeOf(filter, paging.sort);
  const key = JSON.stringify(shape);
  const known = shapes(db);
  let statements = known.get(key);
  if (!statements) {
    statements = peopleStatements(db, shape, `people_list_${known.size + 1}`);
    known.set(key, statements);
  }
  const params = paramsOf(filter, paging);
  const rows = await statements.page.execute(params);
  // Past the last page there is no row to carry the total: count separately (rare).
  const total = rows[0]?.total ?? (paging.page > 1 ? (await statements.count.execute(params))[0].n : 0);
  const items: PersonView[] = rows.map(({ person, unitName, unitPath, positionName, grants }) => {
    const scoped = { agencyId: person.agencyId, unitPath };
    const manage = orgPolicy.managePerson(actor, scoped);
    return {
      id: person.id,
      fullName: person.fullName,
      username: person.username,
      email: person.email,
      phone: person.phone,
      unitId: person.unitId,
      unitName,
      positionId: person.positionId,
      positionName,
      active: person.active,
      lockedUntil:
        person.lockedUntil && person.lockedUntil > new Date() ? person.lockedUntil.toISOString() : null,
      lastLoginAt: person.lastLoginAt?.toISOString() ?? null,
      roles: grants.map((g) => ({ ...g, role: g.role as never })),
      version: person.version,
      abilities: { update: manage, resetPassword: manage, grant: manage },
    };
  });
  return { items, total, page: paging.page, pageSize: paging.pageSize };
}

/** A person of the actor's agency with the path of their unit, or undefined. */
export async function findPersonRow(tx: Tx, agencyId: string, id: string) {
  const [row] = await tx
    .select({ person: people, unitPath: units.path })
    .from(people)
    .innerJoin(units, unitOfPerson)
    .where(and(eq(people.id, id), eq(people.agencyId, agencyId)));
  return row;
}
