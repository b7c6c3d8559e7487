// Who received a demo document and read it, and which documents had a periodic review.
import { systemDocumentTypes } from '../../../contract/documents.ts';
import { newId } from '../../db/ids.ts';
import type { BuildContext, BuiltVersion, SignatureRow } from './built-rows.ts';
import { addDays, addMonths, vietnamDay, vietnamTime } from './days.ts';
import type { DocumentPlan } from './plan.ts';
import { hashOf } from './timeline.ts';

/** System documents (and guidelines marked 'all') go to every unit; the rest to the owner unit. */
export function distributionOf(plan: DocumentPlan, ctx: BuildContext): string[] {
  const target = plan.distributeTo ?? (systemDocumentTypes.includes(plan.type) ? 'all' : [plan.owner]);
  const codes = target === 'all' ? ctx.signers.allUnitCodes : target;
  return codes.map((code) => ctx.signers.unit(code).id);
}

/**
 * The people of the units a version in force was distributed to were asked to read it
 * when it came into force; most have acknowledged it, about one in six not yet.
 */
export function readersOf(v: BuiltVersion, code: string, ctx: BuildContext): BuiltVersion['readers'] {
  if (v.row.state !== 'in_force' || !v.inForceAt) return [];
  const notifiedAt = v.inForceAt;
  return ctx.signers.membersOf(new Set(v.distributedTo)).map((person) => {
    const h = hashOf(`${code}:${v.row.issueNo}:${person.username}`);
    if (h % 6 === 0) return { person, notifiedAt, acknowledgedAt: null };
    const day = ctx.calendar.addWorkingDays(vietnamDay(notifiedAt), 1 + (h % 5));
    return { person, notifiedAt, acknowledgedAt: vietnamTime(day, 8 * 60 + (h % 480)) };
  });
}

/** "Rà soát định kỳ: không cần thay đổi", signed by the owner unit's head some days ago. */
/**
 * Days before today of the periodic review of a document the plans do not list: most
 * units review on time (the next review falls within the coming interval), one document
 * in ten is a few days past its review date.
 */
function usualReview(plan: DocumentPlan) {
  const intervalDays = Math.round((plan.reviewIntervalMonths ?? 12) * 30.4);
  const h = hashOf(`review ${plan.code}`);
  return h % 10 === 0 ? intervalDays + 3 + (h % 7) : 20 + (h % Math.max(1, intervalDays - 50));
}

export function periodicReview(plan: DocumentPlan, current: BuiltVersion, ctx: BuildContext) {
  const daysAgo = ctx.reviews.get(plan.code) ?? usualReview(plan);
  const reviewer = ctx.signers.actor('head', plan.owner, plan.code, false);
  let day = addDays(ctx.today, -daysAgo);
  if (!ctx.calendar.isWorkingDay(day)) day = ctx.calendar.addWorkingDays(day, -1);
  // Not due yet when it took effect less than an interval ago: no review to record.
  const effective = current.row.effectiveDate;
  if (!ctx.reviews.has(plan.code) && (!effective || day <= effective)) return null;
  const reviewedAt = vietnamTime(day, 9 * 60 + (hashOf(plan.code) % 300));
  const signature: SignatureRow = {
    id: newId(),
    agencyId: ctx.agencyId,
    versionId: current.row.id,
    meaning: 'periodic_review',
    signerId: reviewer.id,
    signerName: reviewer.fullName,
    signerPosition: reviewer.position,
    signedAt: reviewedAt,
    contentHash: current.row.contentHash,
  };
  return {
    signature,
    row: {
      id: newId(),
      agencyId: ctx.agencyId,
      documentId: current.row.documentId,
      versionId: current.row.id,
      outcome: 'no_change',
      comment:
        'Đã rà soát: nội dung còn phù hợp với văn bản pháp luật hiện hành và thực tế công việc; không cần sửa đổi.',
      reviewerId: reviewer.id,
      signatureId: signature.id,
      changeVersionId: null,
      reviewedAt,
    },
    nextReviewDate: addMonths(day, plan.reviewIntervalMonths ?? 12),
  };
}
