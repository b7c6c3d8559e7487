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

type AgencySettingsTable = PgTable & { agencyId: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Saves an agency's settings row with the version its editor read: version 0 (the defaults
 * were shown) inserts it, another version updates it only if the row is still at that version.
 * Of two saves at once one wins; the other gets 409 here, or — two first inserts — from
 * `staleOnDuplicate` around the transaction.
 */
export async function saveAgencySettings<T extends AgencySettingsTable>(
  tx: Tx,
  table: T,
  agencyId: string,
  version: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const rows = (version === 0
    ? await tx
        .insert(table)
        .values({ ...values, agencyId } as never)
        .returning()
    : await tx
        .update(table)
        .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
        .where(and(eq(table.agencyId, agencyId), eq(table.version, version)))
        .returning()) as unknown as T['$inferSelect'][];
  if (rows.length === 0) throw staleVersion();
  return rows[0];
}

/** A write whose unique violation means another person saved first (409, not 500). */
export async function staleOnDuplicate<R>(write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw staleVersion();
    throw e;
  }
}
