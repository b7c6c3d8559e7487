import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../../db/connection.ts';
import { auditHeads } from './audit.table.ts';

/**
 * Audit anchors: the head of each agency's chain (sequence, hash, time) written outside the
 * database — appended to DATA_DIR/audit-anchors.jsonl, to the log, and into every backup.
 * Someone who can change the database but not the data folder, the logs or the backups can
 * no longer delete the newest events and roll `audit_heads` back unseen: `eiso audit verify`
 * finds the chain behind its latest anchor.
 */
export const ANCHORS_FILE = 'audit-anchors.jsonl';

export type AuditAnchor = { agencyId: string; seq: number; hash: string; at: string };
type Log = { info: (details: object, message: string) => void };

export const anchorsPath = (dataDir: string) => join(dataDir, ANCHORS_FILE);

/** Every anchor in the file, oldest first (unreadable lines are skipped). */
export async function readAuditAnchors(dataDir: string): Promise<AuditAnchor[]> {
  const path = anchorsPath(dataDir);
  if (!existsSync(path)) return [];
  return (await readFile(path, 'utf8')).split('\n').flatMap((line) => {
    try {
      const a = JSON.parse(line) as AuditAnchor;
      return typeof a.agencyId === 'string' && Number.isInteger(a.seq) && typeof a.hash === 'string'
        ? [a]
        : [];
    } catch {
      return [];
    }
  });
}

/** Per agency, the anchor furthest along its chain: the chain must reach it. */
export function latestAnchors(anchors: AuditAnchor[]): Map<string, AuditAnchor> {
  const latest = new Map<string, AuditAnchor>();
  for (const a of anchors) {
    const seen = latest.get(a.agencyId);
    if (!seen || a.seq > seen.seq) latest.set(a.agencyId, a);
  }
  return latest;
}

/**
 * Appends the current head of every agency's chain that moved since its last anchor (made
 * durable with fsync) and logs it. Run hourly, at shutdown and before each backup.
 */
export async function writeAuditAnchors({
  database,
  dataDir,
  log,
}: {
  database: Pick<Database, 'db'>;
  dataDir: string;
  log?: Log;
}): Promise<AuditAnchor[]> {
  const heads = await database.db.select().from(auditHeads);
  const known = latestAnchors(await readAuditAnchors(dataDir));
  const at = new Date().toISOString();
  const fresh = heads
    .filter((h) => {
      const last = known.get(h.agencyId);
      return !last || last.seq !== h.seq || last.hash !== h.hash;
    })
    .map((h) => ({ agencyId: h.agencyId, seq: h.seq, hash: h.hash, at }));
  if (fresh.length === 0) return [];
  await mkdir(dataDir, { recursive: true });
  const file = await open(anchorsPath(dataDir), 'a');
  try {
    await file.write(fresh.map((a) => `${JSON.stringify(a)}\n`).join(''));
    await file.sync();
  } finally {
    await file.close();
  }
  for (const anchor of fresh) log?.info({ auditAnchor: anchor }, 'audit chain anchor');
  return fresh;
}
