import { and, eq, sql } from 'drizzle-orm';
import type { NcHomeFigures } from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { holdsSql } from '../../platform/permissions/sql.ts';
import { unitRows } from '../org/index.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const units = unitRows();
/** Who sees the figure: the secretariat and leadership (their units, the whole agency when agency-wide) and unit heads. */
const roles = ['secretariat', 'leadership', 'steering_member', 'unit_head'] as const;

/**
 * On home: the corrective actions still open (of records neither closed nor cancelled) and
 * those past their due date, over the units the person's secretariat, leadership or unit-head
 * grants cover; null for anyone else. The register filtered by `actions=open|overdue` lists
 * the records behind the figures.
 */
export async function correctiveActionFigures(
  db: Db,
  actor: Actor,
  today: string,
): Promise<NcHomeFigures | null> {
  if (!actor.grants.some((g) => (roles as readonly string[]).includes(g.role))) return null;
  const [row] = await db
    .select({
      openActions: sql<number>`count(*)::int`,
      overdueActions: sql<number>`(count(*) filter (where ${nonconformityActions.dueDate} < ${today}))::int`,
    })
    .from(nonconformityActions)
    .innerJoin(
      nonconformities,
      and(
        eq(nonconformities.agencyId, nonconformityActions.agencyId),
        eq(nonconformities.id, nonconformityActions.nonconformityId),
      ),
    )
    .innerJoin(units, and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)))
    .where(
      and(
        eq(nonconformityActions.agencyId, actor.agencyId),
        eq(nonconformityActions.state, 'open'),
        sql`${nonconformities.state} not in ('closed', 'cancelled')`,
        sql`(${sql.join(
          roles.map((r) => holdsSql(actor, r, units.path)),
          sql` or `,
        )})`,
      ),
    );
  return row;
}
