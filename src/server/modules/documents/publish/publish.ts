import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../../../db/connection.ts';
import { notifyReviewDue } from '../documents.notify.ts';
import { documents, documentVersions } from '../documents.table.ts';
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

/** How long before a periodic review falls due its unit is told. */
export const REVIEW_NOTICE_DAYS = 30;

const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Documents in force whose periodic review falls due within REVIEW_NOTICE_DAYS (or is
 * overdue): their unit heads are notified, once per document and review date (the job
 * `documents.publish` runs it hourly; the notification's key makes repeats add nothing).
 */
export async function notifyReviewsDue(db: Db, today: string): Promise<{ reviewsNotified: number }> {
  const due = await db
    .select({
      id: documents.id,
      agencyId: documents.agencyId,
      code: documents.code,
      title: documents.title,
      ownerUnitId: documents.ownerUnitId,
      nextReviewDate: documents.nextReviewDate,
    })
    .from(documents)
    .where(
      and(
        eq(documents.status, 'in_force'),
        isNotNull(documents.nextReviewDate),
        lte(documents.nextReviewDate, plusDays(today, REVIEW_NOTICE_DAYS)),
      ),
    );
  let notified = 0;
  for (const d of due)
    notified += (await notifyReviewDue(db, { document: d, nextReviewDate: d.nextReviewDate!, today })).created
      .length;
  return { reviewsNotified: notified };
}
