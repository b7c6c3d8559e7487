import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { staleVersion } from '../platform/http/errors.ts';
import type { Tx } from './connection.ts';

type VersionedTable = PgTable & { id: PgColumn; agencyId: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Optimistic concurrency: writes only if the row still has the version the client read,
 * and bumps it. A stale version changes nothing and answers 409.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  key: { id: string; agencyId: string; version: number },
  patch: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, key.id), eq(table.agencyId, key.agencyId), eq(table.version, key.version)))
    .returning()) as unknown as T['$inferSelect'][];
  if (rows.length === 0) throw staleVersion();
  return rows[0];
}

/** PostgreSQL's unique_violation, whether drizzle wrapped the driver's error or not. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
