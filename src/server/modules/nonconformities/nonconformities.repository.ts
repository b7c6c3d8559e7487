import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { unitRows } from '../org/index.ts';
import { type NcFacts, ncPolicy } from './nonconformities.policy.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

export type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type NcRow = typeof nonconformities.$inferSelect;
export type ActionRow = typeof nonconformityActions.$inferSelect;

const units = unitRows();

export const factsOf = (nc: NcRow, unitPath: string, actions: ActionRow[]): NcFacts => ({
  unit: { agencyId: nc.agencyId, unitPath },
  detectedBy: nc.detectedBy,
  analysedBy: nc.analysedBy,
  implementers: [
    ...new Set(actions.filter((a) => a.state !== 'cancelled').flatMap((a) => [a.ownerPersonId, a.doneBy])),
  ].filter((id): id is string => Boolean(id)),
});

/**
 * A nonconformity the actor may read, with its unit and actions; `lock` takes its row
 * (FOR UPDATE) so the change that follows is the only one. Out of reach: 404.
 */
export async function loadNc(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select({ nc: nonconformities, unitPath: units.path, unitName: units.name })
    .from(nonconformities)
    .innerJoin(units, and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)))
    .where(and(eq(nonconformities.agencyId, actor.agencyId), eq(nonconformities.id, id)));
  const [row] = lock ? await base.for('update', { of: nonconformities }) : await base;
  if (!row) throw notFound('nonconformity');
  const actions = await tx
    .select()
    .from(nonconformityActions)
    .where(
      and(eq(nonconformityActions.agencyId, actor.agencyId), eq(nonconformityActions.nonconformityId, id)),
    )
    .orderBy(asc(nonconformityActions.createdAt), asc(nonconformityActions.id));
  const facts = factsOf(row.nc, row.unitPath, actions);
  if (!ncPolicy.read(actor, facts)) throw notFound('nonconformity');
  return { nc: row.nc, unitName: row.unitName, unitPath: row.unitPath, actions, facts };
}
