import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { unitRows } from '../org/index.ts';
import { type ObjectiveFacts, objectivePolicy } from './objectives.policy.ts';
import { objectives } from './objectives.table.ts';

export type Deps = { db: Db; actor: Actor; audit: AuditContext };
export type ObjectiveRow = typeof objectives.$inferSelect;

export const units = unitRows();

export const factsOf = (o: ObjectiveRow, unitPath: string | null): ObjectiveFacts => ({
  scope: { agencyId: o.agencyId, unitPath },
  agencyLevel: o.unitId === null,
  state: o.state,
  draftedBy: o.draftedBy,
  submittedBy: o.submittedBy,
});

/** An objective the actor may read, with its unit; `lock` takes its row (FOR UPDATE). Out of reach: 404. */
export async function loadObjective(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select({ objective: objectives, unitPath: units.path, unitName: units.name })
    .from(objectives)
    .leftJoin(units, and(eq(units.agencyId, objectives.agencyId), eq(units.id, objectives.unitId)))
    .where(and(eq(objectives.agencyId, actor.agencyId), eq(objectives.id, id)))
    .orderBy(asc(objectives.id));
  const [row] = lock ? await base.for('update', { of: objectives }) : await base;
  if (!row) throw notFound('objective');
  const facts = factsOf(row.objective, row.unitPath);
  if (!objectivePolicy.read(actor, facts)) throw notFound('objective');
  return { objective: row.objective, unitName: row.unitName, facts };
}

/** One audit event on the objective, labelled by its year and title. */
export const auditObjective = (
  tx: Tx,
  audit: AuditContext,
  o: Pick<ObjectiveRow, 'id' | 'year' | 'title' | 'agencyId'>,
  action: string,
  changes: object,
) =>
  recordAudit(tx, audit, {
    agencyId: o.agencyId,
    entityType: 'objective',
    entityId: o.id,
    entityLabel: `${o.year}: ${o.title}`.slice(0, 300),
    action,
    changes: changes as never,
  });
