import { and, asc, eq, lte, ne, or, sql } from 'drizzle-orm';
import type { NcWork } from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import { holdsSql } from '../../platform/permissions/sql.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { units } from './nonconformities.queries.ts';
import type { Deps } from './nonconformities.repository.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

/**
 * What waits for the person: the open actions they own, the plans of their units to approve
 * (not their own analysis), and the records whose effectiveness they may verify now (not
 * ones they implemented).
 */
export async function ncWorkOf(db: Db, actor: Deps['actor']): Promise<NcWork> {
  const today = todayInVietnam();
  const implemented = sql`exists (select 1 from ${nonconformityActions} a where a.agency_id = ${nonconformities.agencyId}
    and a.nonconformity_id = ${nonconformities.id} and (a.owner_person_id = ${actor.personId} or a.done_by = ${actor.personId}))`;
  const [actions, toApprove, toVerify] = await Promise.all([
    db
      .select({
        nonconformityId: nonconformities.id,
        code: nonconformities.code,
        title: nonconformities.title,
        actionId: nonconformityActions.id,
        description: nonconformityActions.description,
        dueDate: nonconformityActions.dueDate,
      })
      .from(nonconformityActions)
      .innerJoin(
        nonconformities,
        and(
          eq(nonconformities.agencyId, nonconformityActions.agencyId),
          eq(nonconformities.id, nonconformityActions.nonconformityId),
        ),
      )
      .where(
        and(
          eq(nonconformityActions.agencyId, actor.agencyId),
          eq(nonconformityActions.ownerPersonId, actor.personId),
          eq(nonconformityActions.state, 'open'),
          ne(nonconformityActions.kind, 'revise_document'),
          eq(nonconformities.state, 'in_progress'),
        ),
      )
      .orderBy(asc(nonconformityActions.dueDate)),
    db
      .select({
        id: nonconformities.id,
        code: nonconformities.code,
        title: nonconformities.title,
        unitName: units.name,
      })
      .from(nonconformities)
      .innerJoin(
        units,
        and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)),
      )
      .where(
        and(
          eq(nonconformities.agencyId, actor.agencyId),
          eq(nonconformities.state, 'analysed'),
          or(sql`${nonconformities.analysedBy} is null`, ne(nonconformities.analysedBy, actor.personId)),
          holdsSql(actor, 'unit_head', units.path),
          sql`exists (select 1 from ${nonconformityActions} a where a.agency_id = ${nonconformities.agencyId}
            and a.nonconformity_id = ${nonconformities.id} and a.state = 'open')`,
        ),
      )
      .orderBy(asc(nonconformities.code)),
    db
      .select({
        id: nonconformities.id,
        code: nonconformities.code,
        title: nonconformities.title,
        unitName: units.name,
        verifiableFrom: sql<string>`${nonconformities.verifiableFrom}`,
      })
      .from(nonconformities)
      .innerJoin(
        units,
        and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)),
      )
      .where(
        and(
          eq(nonconformities.agencyId, actor.agencyId),
          eq(nonconformities.state, 'awaiting_verification'),
          lte(nonconformities.verifiableFrom, today),
          or(holdsSql(actor, 'secretariat', units.path), holdsSql(actor, 'internal_auditor', units.path)),
          sql`not ${implemented}`,
        ),
      )
      .orderBy(asc(nonconformities.verifiableFrom)),
  ]);
  return { actions: actions.map((a) => ({ ...a, overdue: a.dueDate < today })), toApprove, toVerify };
}
