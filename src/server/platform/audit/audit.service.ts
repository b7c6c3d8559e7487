import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import type { Actor } from '../permissions/actor.ts';
import { auditEvents, auditHeads } from './audit.table.ts';

/** Who did it and from where: taken from the request, passed to every service write. */
export type AuditContext = { actor: Actor | null; actorName?: string; ip?: string; userAgent?: string };

export type FieldChange = { from?: unknown; to?: unknown };
export type Changes = Record<string, FieldChange>;

/** Fields whose values never enter the trail; that they changed is still recorded. */
const secretFields = new Set(['passwordHash', 'tokenHash', 'csrfToken']);
const ignoredFields = new Set(['updatedAt', 'createdAt', 'version']);

/** The fields that differ between two states of a record (either may be absent). */
export function diff(before: object | null | undefined, after: object | null | undefined): Changes {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (ignoredFields.has(key)) continue;
    const from = normalise(b[key]);
    const to = normalise(a[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = secretFields.has(key)
      ? { to: '[đã thay đổi / changed]' }
      : { ...(before ? { from } : {}), ...(after ? { to } : {}) };
  }
  return changes;
}

const normalise = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** JSON with keys sorted at every level: the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export type HashedFields = {
  agencyId: string;
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  userAgent: string | null;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  action: string;
  changes: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);

export const eventHash = (prevHash: string, event: HashedFields) =>
  createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(event)}`)
    .digest('hex');

export type AuditEntry = {
  agencyId: string;
  entityType: string;
  entityId: string;
  entityLabel?: string;
  action: string;
  changes: Changes;
};

/**
 * Appends one event to the agency's chain, inside the caller's transaction, so the change
 * and its record commit or fail together. The head row is locked: events of one agency
 * are chained one after another even under concurrent writes.
 */
export async function recordAudit(tx: Tx, context: AuditContext, entry: AuditEntry): Promise<void> {
  await tx
    .insert(auditHeads)
    .values({ agencyId: entry.agencyId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.agencyId, entry.agencyId))
    .for('update');
  const fields: HashedFields = {
    agencyId: entry.agencyId,
    seq: head.seq + 1,
    occurredAt: new Date().toISOString(),
    actorId: context.actor?.personId ?? null,
    actorName: context.actor?.fullName ?? context.actorName ?? 'Hệ thống',
    ip: context.ip ?? null,
    userAgent: context.userAgent?.slice(0, 300) ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityLabel: entry.entityLabel ?? null,
    action: entry.action,
    changes: entry.changes,
  };
  const hash = eventHash(head.hash, fields);
  await tx.insert(auditEvents).values({
    ...fields,
    id: newId(),
    occurredAt: new Date(fields.occurredAt),
    prevHash: head.hash,
    hash,
  });
  await tx.update(auditHeads).set({ seq: fields.seq, hash }).where(eq(auditHeads.agencyId, entry.agencyId));
}

/** Count of events, for health and tests. */
export const countEvents = async (tx: Tx, agencyId: string) =>
  (
    await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.agencyId, agencyId))
  )[0].n;
