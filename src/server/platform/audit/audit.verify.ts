import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { type AuditAnchor, latestAnchors } from './audit.anchors.ts';
import { eventHash, GENESIS_HASH } from './audit.service.ts';
import { auditEvents, auditHeads } from './audit.table.ts';

export type ChainProblem = {
  agencyId: string;
  seq: number;
  /** behind_anchor: the chain does not reach (or no longer matches) an anchor written outside the database. */
  problem: 'changed' | 'missing' | 'truncated' | 'behind_anchor';
  /** For behind_anchor: when that anchor was written. */
  anchoredAt?: string;
};
export type VerifyResult = { agencies: number; events: number; problems: ChainProblem[] };

const BATCH = 2000;

/**
 * Walks each agency's chain from the start: a changed event no longer matches its hash,
 * a deleted one leaves a gap in seq or a broken prev_hash, and deleting the newest ones
 * leaves the chain short of its head. Given the anchors written outside the database
 * (audit.anchors.ts), the chain must also hold the latest anchor's event with its hash:
 * deleting the newest events and rolling the head back to match is then found too.
 */
export async function verifyAuditChains(db: Db, anchors: AuditAnchor[] = []): Promise<VerifyResult> {
  const anchored = latestAnchors(anchors);
  const heads = await db.select().from(auditHeads);
  // An agency whose head row was deleted outright is still checked against its anchor.
  for (const agencyId of anchored.keys()) {
    if (!heads.some((h) => h.agencyId === agencyId)) heads.push({ agencyId, seq: 0, hash: GENESIS_HASH });
  }
  const result: VerifyResult = { agencies: heads.length, events: 0, problems: [] };
  for (const head of heads) {
    const anchor = anchored.get(head.agencyId);
    let anchorHolds = false;
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
        if (anchor && row.seq === anchor.seq && row.hash === anchor.hash) anchorHolds = true;
        prevHash = row.hash;
        expectedSeq = row.seq + 1;
      }
      if (rows.length < BATCH) break;
    }
    if (expectedSeq - 1 !== head.seq || prevHash !== head.hash) {
      result.problems.push({ agencyId: head.agencyId, seq: head.seq, problem: 'truncated' });
    }
    // Deleting the newest events and rolling audit_heads back agrees with itself, not with the anchor.
    if (anchor && (!anchorHolds || head.seq < anchor.seq)) {
      result.problems.push({
        agencyId: head.agencyId,
        seq: anchor.seq,
        problem: 'behind_anchor',
        anchoredAt: anchor.at,
      });
    }
  }
  return result;
}

/** One line of `eiso audit verify`, in both languages. */
export function describeProblem(p: ChainProblem): string {
  switch (p.problem) {
    case 'changed':
      return 'đã bị sửa / changed';
    case 'missing':
      return 'bị xóa / deleted';
    case 'truncated':
      return 'mất các sự kiện cuối / newest events deleted';
    case 'behind_anchor':
      return `chuỗi không còn tới mốc neo lúc ${p.anchoredAt} (sự kiện mới nhất bị xóa, đầu chuỗi bị lùi) / the chain no longer reaches the anchor of ${p.anchoredAt} (newest events deleted, head rolled back)`;
  }
}
