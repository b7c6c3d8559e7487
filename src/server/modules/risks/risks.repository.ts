import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { unitRows } from '../org/index.ts';
import { type RiskFacts, risksPolicy } from './risks.policy.ts';
import { risks } from './risks.table.ts';

/** `today` replaces the calendar day in Vietnam (the demo writes its story on its own days). */
export type Deps = { db: Db; actor: Actor; audit: AuditContext; today?: string };
export type RiskRow = typeof risks.$inferSelect;

export const units = unitRows();

export const factsOf = (risk: RiskRow, unitPath: string): RiskFacts => ({
  unit: { agencyId: risk.agencyId, unitPath },
  createdBy: risk.createdBy,
  treatmentOwnerId: risk.treatmentOwnerId,
});

/**
 * A risk the actor may read, with its unit; `lock` takes its row (FOR UPDATE) so the change
 * that follows is the only one. Out of reach: 404.
 */
export async function loadRisk(tx: Tx | Db, actor: Actor, id: string, lock = false) {
  const base = tx
    .select({ risk: risks, unitPath: units.path, unitName: units.name })
    .from(risks)
    .innerJoin(units, and(eq(units.agencyId, risks.agencyId), eq(units.id, risks.unitId)))
    .where(and(eq(risks.agencyId, actor.agencyId), eq(risks.id, id)));
  const [row] = lock ? await base.for('update', { of: risks }) : await base;
  if (!row) throw notFound('risk');
  const facts = factsOf(row.risk, row.unitPath);
  if (!risksPolicy.read(actor, facts)) throw notFound('risk');
  return { ...row, facts };
}
