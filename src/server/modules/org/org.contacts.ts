import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Role } from '../../../contract/roles.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { people, roleGrants, units } from './org.table.ts';

/** People by id with what a notification needs (name, e-mail, whether still active). */
export async function contactsOf(db: Db | Tx, agencyId: string, personIds: string[]) {
  if (!personIds.length) return [];
  return db
    .select({ id: people.id, fullName: people.fullName, email: people.email, active: people.active })
    .from(people)
    .where(and(eq(people.agencyId, agencyId), inArray(people.id, personIds)));
}

/**
 * Active people holding one of `roles` over the unit: an agency-wide grant, or a grant
 * for the unit or a unit above it (the unit's path names it). With their e-mail.
 */
export async function peopleHolding(db: Db | Tx, agencyId: string, roles: Role[], unitId: string) {
  if (!roles.length) return [];
  return db
    .selectDistinct({ id: people.id, email: people.email })
    .from(roleGrants)
    .innerJoin(people, and(eq(people.agencyId, roleGrants.agencyId), eq(people.id, roleGrants.personId)))
    .leftJoin(units, and(eq(units.agencyId, roleGrants.agencyId), eq(units.id, unitId)))
    .where(
      and(
        eq(roleGrants.agencyId, agencyId),
        inArray(roleGrants.role, roles),
        eq(people.active, true),
        or(
          isNull(roleGrants.unitId),
          sql`strpos(${units.path}, '/' || ${roleGrants.unitId}::text || '/') > 0`,
        ),
      ),
    );
}

/** Active people holding one of `roles` agency-wide (no unit on the grant), with their e-mail. */
export async function agencyWideHolders(db: Db | Tx, agencyId: string, roles: Role[]) {
  if (!roles.length) return [];
  return db
    .selectDistinct({ id: people.id, email: people.email })
    .from(roleGrants)
    .innerJoin(people, and(eq(people.agencyId, roleGrants.agencyId), eq(people.id, roleGrants.personId)))
    .where(
      and(
        eq(roleGrants.agencyId, agencyId),
        inArray(roleGrants.role, roles),
        isNull(roleGrants.unitId),
        eq(people.active, true),
      ),
    );
}

/**
 * Active people holding `role` anywhere in the agency (any grant, unit or agency-wide), with
 * their own unit: internal audit picks its teams from the holders of the auditor role.
 */
export async function roleHolders(db: Db | Tx, agencyId: string, role: Role) {
  return db
    .selectDistinct({
      id: people.id,
      fullName: people.fullName,
      unitId: people.unitId,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(roleGrants)
    .innerJoin(people, and(eq(people.agencyId, roleGrants.agencyId), eq(people.id, roleGrants.personId)))
    .innerJoin(units, and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId)))
    .where(and(eq(roleGrants.agencyId, agencyId), eq(roleGrants.role, role), eq(people.active, true)))
    .orderBy(people.fullName);
}
