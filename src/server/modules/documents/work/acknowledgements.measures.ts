/*
 * Acknowledgements of new documents (xác nhận đã đọc tài liệu mới ban hành), per period —
 * what quality objectives measure (objectives' acknowledgements_rate):
 *
 * - required: the acknowledgements asked (one per person of the units a version was distributed
 *   to, asked when it came into force) for the versions that came into force in [from, to]
 *   (effective date in the period; a new document or a revision, not a withdrawal);
 * - given: those of them acknowledged by the period's last day (the Vietnamese calendar day of
 *   the acknowledgement);
 * - narrowed with `unitId` to the people of that unit (their unit today).
 */
import { and, between, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { personRows } from '../../org/index.ts';
import { documentAcknowledgements, documentVersions } from '../documents.table.ts';

export type AcknowledgementCounts = { required: number; given: number };

export async function acknowledgementsOfNewVersions(
  db: Db,
  agencyId: string,
  query: { from: string; to: string; unitId?: string },
): Promise<AcknowledgementCounts> {
  const people = personRows('ack_people');
  const rows = await db
    .select({ acknowledgedAt: documentAcknowledgements.acknowledgedAt })
    .from(documentAcknowledgements)
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.agencyId, documentAcknowledgements.agencyId),
        eq(documentVersions.id, documentAcknowledgements.versionId),
      ),
    )
    .innerJoin(
      people,
      and(
        eq(people.agencyId, documentAcknowledgements.agencyId),
        eq(people.id, documentAcknowledgements.personId),
      ),
    )
    .where(
      and(
        eq(documentAcknowledgements.agencyId, agencyId),
        between(documentVersions.effectiveDate, query.from, query.to),
        ne(documentVersions.changeKind, 'withdraw'),
        query.unitId ? eq(people.unitId, query.unitId) : undefined,
      ),
    );
  const given = rows.filter((r) => r.acknowledgedAt && todayInVietnam(r.acknowledgedAt) <= query.to).length;
  return { required: rows.length, given };
}
