import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contract/roles.ts';
import type { Actor } from './actor.ts';

/*
 * The predicates of actor.ts as SQL over a record's unit path, so lists filter and page in
 * the database. Every module's "readable" condition is built from these; callers still run
 * the pure policy on the rows they return.
 */

/** holds(actor, role, record): an agency-wide grant, or a grant for the record's unit or a unit above it. */
export function holdsSql(actor: Actor, role: Role, unitPath: AnyColumn | SQL): SQL {
  const grants = actor.grants.filter((g) => g.role === role);
  if (grants.some((g) => g.unitId === null)) return sql`true`;
  if (grants.length === 0) return sql`false`;
  return sql`(${sql.join(
    grants.map((g) => sql`strpos(${unitPath}, ${`/${g.unitId}/`}) > 0`),
    sql` or `,
  )})`;
}

/** memberOf(actor, record): the actor works in the record's unit or a unit below it. */
export const memberOfSql = (actor: Actor, unitPath: AnyColumn | SQL): SQL =>
  sql`left(${actor.unitPath}::text, length(${unitPath})) = ${unitPath}`;
