import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { nonconformities } from './nonconformities.table.ts';

/** The codes (KPH-2018-001) and states of some nonconformities, by id: other modules link to them. */
export async function nonconformityCodes(db: Db | Tx, agencyId: string, ids: string[]) {
  const rows = ids.length
    ? await db
        .select({ id: nonconformities.id, code: nonconformities.code, state: nonconformities.state })
        .from(nonconformities)
        .where(and(eq(nonconformities.agencyId, agencyId), inArray(nonconformities.id, [...new Set(ids)])))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}
