import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import { internalAuditFindings } from '../finding.table.ts';

/** The findings raised into a nonconformity record (its source, seen from the other side). */
export async function findingsOfNonconformity(db: Db | Tx, agencyId: string, nonconformityId: string) {
  return db
    .select({
      id: internalAuditFindings.id,
      seq: internalAuditFindings.seq,
      roundId: internalAuditFindings.roundId,
    })
    .from(internalAuditFindings)
    .where(
      and(
        eq(internalAuditFindings.agencyId, agencyId),
        eq(internalAuditFindings.nonconformityId, nonconformityId),
      ),
    );
}
