import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { eventHash, GENESIS_HASH } from './audit.service.ts';
import { auditEvents, auditHeads } from './audit.table.ts';

export type ChainProblem = { agencyId: string; seq: number; problem: 'changed' | 'missing' | 'truncated' };
export type VerifyResult = { agencies: number; events: number; problems: ChainProblem[] };

const BATCH = 2000;

/**
 * Walks each agency's chain from the start: a changed event no longer matches its hash,
 * a deleted one leaves a gap in seq or a broken prev_hash, and deleting the newest ones
 * leaves the chain short of its head.
 */
export async function verifyAuditChains(db: Db): Promise<VerifyResult> {
  const heads = await db.select().from(auditHeads);
  const result: VerifyResult = { agencies: heads.length, events: 0, problems: [] };
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.agencyId, head.agencyId), gt(auditEvents.seq, expectedSeq - 1)))
        .orderBy(asc(auditEvents.seq))
        .limit(BATCH);
      for (const row of rows) {
        result.events++;
        if (row.seq !== expectedSeq || row.prevHash !== prevHash) {
          result.problems.push({ agencyId: head.agencyId, seq: expectedSeq, problem: 'missing' });
        }
        const recomputed = eventHash(row.prevHash, {
          agencyId: row.agencyId,
          seq: row.seq,
          occurredAt: row.occurredAt.toISOString(),
          actorId: row.actorId,
          actorName: row.actorName,
          ip: row.ip,
          userAgent: row.userAgent,
          entityType: row.entityType,
          entityId: row.entityId,
          entityLabel: row.entityLabel,
          action: row.action,
          changes: row.changes,
        });
        if (recomputed !== row.hash)
          result.problems.push({ agencyId: head.agencyId, seq: row.seq, problem: 'changed' });
        prevHash = row.hash;
        expectedSeq = row.seq + 1;
      }
      if (rows.length < BATCH) break;
    }
    if (expectedSeq - 1 !== head.seq || prevHash !== head.hash) {
      result.problems.push({ agencyId: head.agencyId, seq: head.seq, problem: 'truncated' });
    }
  }
  return result;
}
