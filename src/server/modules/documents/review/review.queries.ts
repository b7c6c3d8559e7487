import { and, asc, desc, eq, inArray, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReviewDueItem, ReviewView, reviewsDueQuery } from '../../../../contract/document-reports.ts';
import type { Role } from '../../../../contract/roles.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { addDays, daysBetween, todayInVietnam } from '../../../platform/time.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { personRows, unitRows } from '../../org/index.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { loadDocument } from '../documents.repository.ts';
import { openStates } from '../documents.service.ts';
import { documentReviews, documentSignatures, documents, documentVersions } from '../documents.table.ts';

const people = personRows();
const units = unitRows();

/** The document, unless it has never been issued and this person may not see its draft. */
export async function loadVisibleDocument(tx: Tx, actor: Actor, id: string) {
  const loaded = await loadDocument(tx, actor, id);
  if (loaded.document.status === 'none' && !documentsPolicy.readVersion(actor, loaded.scope, 'draft'))
    throw notFound('document');
  return loaded;
}

/** The review log of a document, newest first. */
export async function listReviews(db: Db, actor: Actor, documentId: string): Promise<ReviewView[]> {
  await loadVisibleDocument(db, actor, documentId);
  const rows = await db
    .select({
      review: documentReviews,
      reviewerName: people.fullName,
      issueNo: documentVersions.issueNo,
      signature: documentSignatures,
    })
    .from(documentReviews)
    .innerJoin(people, eq(people.id, documentReviews.reviewerId))
    .innerJoin(documentVersions, eq(documentVersions.id, documentReviews.versionId))
    .leftJoin(documentSignatures, eq(documentSignatures.id, documentReviews.signatureId))
    .where(and(eq(documentReviews.agencyId, actor.agencyId), eq(documentReviews.documentId, documentId)))
    .orderBy(desc(documentReviews.reviewedAt));
  return rows.map(({ review, reviewerName, issueNo, signature }) => ({
    id: review.id,
    documentId: review.documentId,
    versionId: review.versionId,
    issueNo,
    outcome: review.outcome as ReviewView['outcome'],
    comment: review.comment,
    reviewerName,
    reviewedAt: review.reviewedAt.toISOString(),
    signature: signature && {
      signerName: signature.signerName,
      signerPosition: signature.signerPosition,
      signedAt: signature.signedAt.toISOString(),
      contentHash: signature.contentHash,
    },
    changeVersionId: review.changeVersionId,
  }));
}

/** Who follows periodic reviews: over the document's unit, or agency-wide. */
const reviewFollowers: Role[] = ['secretariat', 'unit_head', 'iso_officer', 'leadership'];

/**
 * Documents in force whose periodic review is overdue or due within `within` days, among
 * those the person follows (secretariat, unit head, ISO officer over the owner unit, or
 * leadership); soonest first, with the days left in calendar and working days.
 */
export async function listReviewsDue(db: Db, actor: Actor, query: z.infer<typeof reviewsDueQuery>) {
  const grants = actor.grants.filter((g) => reviewFollowers.includes(g.role));
  if (!grants.length) throw forbidden();
  const today = todayInVietnam();
  const where: SQL[] = [
    eq(documents.agencyId, actor.agencyId),
    eq(documents.status, 'in_force'),
    lte(documents.nextReviewDate, addDays(today, query.within)),
  ];
  if (!grants.some((g) => g.unitId === null))
    where.push(or(...grants.map((g) => like(units.path, `%/${g.unitId}/%`)))!);
  if (query.ownerUnitId) where.push(eq(documents.ownerUnitId, query.ownerUnitId));
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.ownerUnitId))
    .where(and(...where));
  const rows = await db
    .select({
      document: documents,
      unitName: units.name,
      unitPath: units.path,
      issueNo: documentVersions.issueNo,
      effectiveDate: documentVersions.effectiveDate,
    })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.ownerUnitId))
    .leftJoin(documentVersions, eq(documentVersions.id, documents.currentVersionId))
    .where(and(...where))
    .orderBy(asc(documents.nextReviewDate), asc(documents.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const open = rows.length
    ? await db
        .select({ documentId: documentVersions.documentId })
        .from(documentVersions)
        .where(
          and(
            eq(documentVersions.agencyId, actor.agencyId),
            inArray(
              documentVersions.documentId,
              rows.map((r) => r.document.id),
            ),
            inArray(documentVersions.state, [...openStates]),
          ),
        )
    : [];
  const dates = [today, ...rows.map((r) => r.document.nextReviewDate!)].sort();
  const calendar = await workingCalendarFor(db, actor.agencyId, dates[0], dates.at(-1)!);
  const items: ReviewDueItem[] = rows.map((r) => {
    const next = r.document.nextReviewDate!;
    return {
      documentId: r.document.id,
      code: r.document.code,
      title: r.document.title,
      type: r.document.type as ReviewDueItem['type'],
      ownerUnitId: r.document.ownerUnitId,
      ownerUnitName: r.unitName,
      issueNo: r.issueNo,
      effectiveDate: r.effectiveDate,
      reviewIntervalMonths: r.document.reviewIntervalMonths,
      nextReviewDate: next,
      overdue: next < today,
      daysRemaining: daysBetween(today, next),
      workingDaysRemaining: calendar.countWorkingDays(today, next),
      changeInProgress: open.some((o) => o.documentId === r.document.id),
      canReview: documentsPolicy.periodicReview(actor, {
        agencyId: r.document.agencyId,
        unitPath: r.unitPath,
      }),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
