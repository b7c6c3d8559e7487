/*
 * Periodic reviews done on time (rà soát định kỳ đúng hạn), per period — what quality
 * objectives measure (objectives' documents_reviewed_on_time_rate). Replays each version's
 * review cycle the way recordPeriodicReview and the version coming into force set the next
 * review date:
 *
 * - A version in force from its effective date E has its first review due at E + the
 *   document's review interval (its interval today: setReviewInterval recomputes the date).
 * - The first review of that version after the last base answers the due date, whatever its
 *   outcome; it is on time when done (its Vietnamese calendar day) on or before the due date.
 *   "No change" moves the base to the review's day (next due = that day + interval); "change
 *   requested" ends the cycle (the revision's new version starts its own).
 * - A due date counts when the version was still in force on it (no end date, or an end date
 *   after it) and it is past (before `today`) or already answered: a due date still ahead
 *   with no review yet is not counted.
 * - Reviews due in [from, to] (both days included) of the documents owned by `unitId` (or
 *   all the agency's): due = how many; onTime = those answered on time.
 */
import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { documentReviews, documents, documentVersions } from '../documents.table.ts';
import { addMonths } from '../documents.transition.ts';

export type ReviewsOnTime = { due: number; onTime: number };

export async function reviewsDueInPeriod(
  db: Db,
  agencyId: string,
  query: { from: string; to: string; unitId?: string; today?: string },
): Promise<ReviewsOnTime> {
  const today = query.today ?? todayInVietnam();
  const versions = await db
    .select({
      id: documentVersions.id,
      effectiveDate: documentVersions.effectiveDate,
      endDate: documentVersions.endDate,
      interval: documents.reviewIntervalMonths,
    })
    .from(documentVersions)
    .innerJoin(
      documents,
      and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
    )
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        isNotNull(documentVersions.effectiveDate),
        lte(documentVersions.effectiveDate, query.to),
        query.unitId ? eq(documents.ownerUnitId, query.unitId) : undefined,
      ),
    );
  if (!versions.length) return { due: 0, onTime: 0 };
  const reviews = await db
    .select({
      versionId: documentReviews.versionId,
      outcome: documentReviews.outcome,
      reviewedAt: documentReviews.reviewedAt,
    })
    .from(documentReviews)
    .where(eq(documentReviews.agencyId, agencyId))
    .orderBy(asc(documentReviews.reviewedAt));
  const byVersion = new Map<string, Array<{ day: string; outcome: string }>>();
  for (const r of reviews) {
    const list = byVersion.get(r.versionId) ?? [];
    list.push({ day: todayInVietnam(r.reviewedAt), outcome: r.outcome });
    byVersion.set(r.versionId, list);
  }
  let due = 0;
  let onTime = 0;
  for (const v of versions) {
    const list = byVersion.get(v.id) ?? [];
    let base = v.effectiveDate!;
    for (let guard = 0; guard < 1000; guard += 1) {
      const dueDate = addMonths(base, v.interval);
      if (dueDate > query.to) break;
      if (v.endDate && v.endDate <= dueDate) break;
      const answer = list.find((r) => r.day > base || (guard === 0 && r.day >= base));
      if (!answer && dueDate >= today) break;
      if (dueDate >= query.from) {
        due += 1;
        if (answer && answer.day <= dueDate) onTime += 1;
      }
      if (answer?.outcome !== 'no_change') break;
      base = answer.day;
    }
  }
  return { due, onTime };
}
