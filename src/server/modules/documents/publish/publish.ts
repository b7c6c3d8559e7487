import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { documentVersions } from '../documents.table.ts';
import { promoteDueVersions } from '../documents.transition.ts';

/**
 * Puts in force every approved version whose effective date has come, in every agency:
 * the `documents.publish` job (hourly and at start), never a request.
 */
export async function publishDueVersions(db: Db, today: string): Promise<{ published: number }> {
  const agencies = await db
    .selectDistinct({ agencyId: documentVersions.agencyId })
    .from(documentVersions)
    .where(and(eq(documentVersions.state, 'approved'), lte(documentVersions.effectiveDate, today)));
  let published = 0;
  for (const { agencyId } of agencies) published += await promoteDueVersions(db, agencyId, today);
  return { published };
}
