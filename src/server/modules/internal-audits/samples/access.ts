import { and, eq, gte, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../round.table.ts';
import { internalAuditSamples } from '../sample.table.ts';

/**
 * May this actor read this case or record file today because it was sampled for a unit
 * audit they perform? Only the auditors of that unit's audit (or the round's lead), only
 * the sampled item, only from accessFrom to accessTo. The cases and records modules ask
 * this when their own rule says no (read only: their write rules never ask).
 */
export async function sampledItemAccess(
  db: Db | Tx,
  actor: Actor,
  kind: 'case' | 'record_file',
  itemId: string,
  today: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: internalAuditSamples.id })
    .from(internalAuditSamples)
    .innerJoin(
      internalAuditRoundAudits,
      and(
        eq(internalAuditRoundAudits.agencyId, internalAuditSamples.agencyId),
        eq(internalAuditRoundAudits.id, internalAuditSamples.roundAuditId),
      ),
    )
    .innerJoin(
      internalAuditRounds,
      and(
        eq(internalAuditRounds.agencyId, internalAuditRoundAudits.agencyId),
        eq(internalAuditRounds.id, internalAuditRoundAudits.roundId),
      ),
    )
    .where(
      and(
        eq(internalAuditSamples.agencyId, actor.agencyId),
        eq(internalAuditSamples.kind, kind),
        eq(internalAuditSamples.itemId, itemId),
        lte(internalAuditSamples.accessFrom, today),
        gte(internalAuditSamples.accessTo, today),
        or(
          sql`${internalAuditRoundAudits.auditorIds} @> ${JSON.stringify([actor.personId])}::jsonb`,
          eq(internalAuditRounds.leadAuditorId, actor.personId),
        ),
      ),
    )
    .limit(1);
  return row != null;
}
