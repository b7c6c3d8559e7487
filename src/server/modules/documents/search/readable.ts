import { type AnyColumn, inArray, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../../contract/roles.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { holdsSql, memberOfSql } from '../../../platform/permissions/sql.ts';
import { unitRows } from '../../org/index.ts';
import { publicStates } from '../documents.policy.ts';
import { documents, documentTypeSettings } from '../documents.table.ts';

const units = unitRows();

/*
 * documentsPolicy.readVersion as SQL over `documents` joined with its owner unit
 * (`units`), so lists and search filter and page in the database. Callers still run the
 * policy on the rows they return.
 */

/** The role approving the document's type: the agency's setting, leadership by default (as typeSettings). */
export const approverRoleSql = sql<Role>`coalesce((select ${documentTypeSettings.approverRole} from ${documentTypeSettings} where ${documentTypeSettings.agencyId} = ${documents.agencyId} and ${documentTypeSettings.type} = ${documents.type}), 'leadership')`;

/**
 * May the actor read the document's versions in progress? Members of the owner unit (or
 * a unit below it), its head and ISO officer, the secretariat and the type's approver.
 */
export function draftsReadableSql(actor: Actor): SQL {
  const heldRoles = [...new Set(actor.grants.map((g) => g.role))];
  return sql`(${sql.join(
    [
      memberOfSql(actor, units.path),
      holdsSql(actor, 'unit_head', units.path),
      holdsSql(actor, 'iso_officer', units.path),
      holdsSql(actor, 'secretariat', units.path),
      ...heldRoles.map(
        (role) => sql`(${approverRoleSql} = ${role} and ${holdsSql(actor, role, units.path)})`,
      ),
    ],
    sql` or `,
  )})`;
}

/** May the actor read a version of the document in this state? */
export const versionReadableSql = (actor: Actor, state: AnyColumn | SQL) =>
  sql`(${inArray(state as AnyColumn, publicStates)} or ${draftsReadableSql(actor)})`;

/** The actor's unit path and grants as the parameters of `draftsReadableByParamsSql`. */
export const readerParams = (actor: Actor) => ({
  readerUnitPath: actor.unitPath,
  readerGrants: JSON.stringify(actor.grants.map((g) => ({ role: g.role, unit: g.unitId }))),
});

/**
 * draftsReadableSql with the actor as two parameters (readerParams) instead of SQL written
 * for each actor, so one prepared statement serves everyone: a member of the owner unit
 * (or a unit below it), or a grant of unit head, ISO officer, secretariat or the type's
 * approver, agency-wide or over the owner unit or a unit above it.
 */
export function draftsReadableByParamsSql(unitPath: Placeholder, grants: Placeholder): SQL {
  return sql`(left(${unitPath}::text, length(${units.path})) = ${units.path} or exists (
    select 1 from jsonb_to_recordset(${grants}::jsonb) as g(role text, unit text)
    where (g.role in ('unit_head', 'iso_officer', 'secretariat') or g.role = ${approverRoleSql})
      and (g.unit is null or strpos(${units.path}, '/' || g.unit || '/') > 0)))`;
}
