import { and, asc, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { PersonView } from '../../../contract/org.ts';
import type { Tx } from '../../db/connection.ts';
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
} as const;

function conditions(filter: PersonFilter): SQL[] {
  const where: SQL[] = [eq(people.agencyId, filter.agencyId)];
  if (filter.active !== 'all') where.push(eq(people.active, filter.active === 'true'));
  if (filter.id) where.push(eq(people.id, filter.id));
  if (filter.locked) where.push(gt(people.lockedUntil, new Date()));
  if (filter.unitId) where.push(eq(people.unitId, filter.unitId));
  if (filter.role) {
    where.push(
      sql`exists (select 1 from ${roleGrants} g where g.agency_id = ${people.agencyId} and g.person_id = ${people.id} and g.role = ${filter.role})`,
    );
  }
  if (filter.q) {
    const like = `%${filter.q}%`;
    where.push(
      sql`(f_unaccent(${people.fullName}) ILIKE f_unaccent(${like}) OR ${people.username} ILIKE ${like} OR ${people.email} ILIKE ${like})`,
    );
  }
  return where;
}

const unitOfPerson = and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId));

/** One page of people with their unit, position and roles, as the actor may see them. */
export async function findPeople(
  tx: Tx,
  actor: Actor,
  filter: PersonFilter,
  paging: { page: number; pageSize: number; sort?: string },
) {
  const where = and(...conditions(filter));
  const descending = paging.sort?.startsWith('-') ?? false;
  const column =
    sortable[(paging.sort?.replace(/^-/, '') ?? 'fullName') as keyof typeof sortable] ?? people.fullName;
  // One query: the page, its total (window count) and each person's grants.
  const rows = await tx
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
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  // Past the last page there is no row to carry the total: count separately (rare).
  const total =
    rows[0]?.total ??
    (paging.page > 1
      ? (
          await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(people)
            .innerJoin(units, unitOfPerson)
            .where(where)
        )[0].n
      : 0);
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
