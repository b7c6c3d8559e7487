import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { periodicReviewBody, reviewIntervalBody } from '../../../../contract/document-reports.ts';
import { newId } from '../../../db/ids.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden, invalidField, staleVersion } from '../../../platform/http/errors.ts';
import { holds } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { createChangeRequest, type Deps } from '../documents.service.ts';
import { recordSignature, verifySigner } from '../documents.signing.ts';
import { documentReviews, documents, documentVersions } from '../documents.table.ts';
import { addMonths } from '../documents.transition.ts';
import { loadVisibleDocument } from './review.queries.ts';

const notInForce = () =>
  invalidField(
    'documentId',
    {
      vi: 'Chỉ rà soát được tài liệu đang hiệu lực.',
      en: 'Only a document in force can be reviewed.',
    },
    409,
    'document.not_in_force',
  );

/**
 * Rà soát định kỳ. "No change needed" is signed (password re-entered) over the version in
 * force and moves the next review date one interval on from today; "change requested" opens
 * a revision. Either way the review is logged against the version in force.
 */
export async function recordPeriodicReview(
  { db, actor, audit }: Deps,
  documentId: string,
  body: z.infer<typeof periodicReviewBody>,
) {
  return db.transaction(async (tx) => {
    const { document, scope } = await loadVisibleDocument(tx, actor, documentId);
    if (!documentsPolicy.periodicReview(actor, scope)) throw forbidden();
    if (document.status !== 'in_force' || !document.currentVersionId) throw notInForce();
    if (body.version !== document.version) throw staleVersion();
    const [current] = await tx
      .select()
      .from(documentVersions)
      .where(
        and(
          eq(documentVersions.agencyId, actor.agencyId),
          eq(documentVersions.id, document.currentVersionId),
        ),
      );
    let signatureId: string | null = null;
    let changeVersionId: string | null = null;
    let nextReviewDate = document.nextReviewDate;
    if (body.outcome === 'no_change') {
      const signerPosition = await verifySigner(tx, actor, body.password);
      const signature = await recordSignature(tx, actor, {
        versionId: current.id,
        meaning: 'periodic_review',
        contentHash: current.contentHash,
        signerPosition,
      });
      signatureId = signature.id;
      nextReviewDate = addMonths(todayInVietnam(), document.reviewIntervalMonths);
    } else {
      // The savepoint keeps the change request inside this transaction.
      const created = await createChangeRequest(
        { db: tx as never, actor, audit },
        { kind: 'revise', reason: body.reason, documentId },
      );
      changeVersionId = created.versionId;
    }
    const updated = await updateVersioned(
      tx,
      documents,
      { id: document.id, agencyId: actor.agencyId, version: body.version },
      { nextReviewDate },
    );
    const [review] = await tx
      .insert(documentReviews)
      .values({
        id: newId(),
        agencyId: actor.agencyId,
        documentId: document.id,
        versionId: current.id,
        outcome: body.outcome,
        comment: body.outcome === 'no_change' ? (body.comment ?? null) : body.reason,
        reviewerId: actor.personId,
        signatureId,
        changeVersionId,
        reviewedAt: new Date(),
      })
      .returning();
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document',
      entityId: document.id,
      entityLabel: `${document.code} lần ${current.issueNo}`,
      action: 'periodic_review',
      changes: {
        outcome: { to: review.outcome },
        ...(review.comment ? { comment: { to: review.comment } } : {}),
        ...(changeVersionId ? { changeVersionId: { to: changeVersionId } } : {}),
        ...diff({ nextReviewDate: document.nextReviewDate }, { nextReviewDate: updated.nextReviewDate }),
      },
    });
    return review;
  });
}

/**
 * The secretariat sets how often a document is reviewed (1–60 months). A document in force
 * gets its next review date again: one interval after its last "no change" review, or after
 * the version in force took effect.
 */
export async function setReviewInterval(
  { db, actor, audit }: Deps,
  documentId: string,
  body: z.infer<typeof reviewIntervalBody>,
) {
  return db.transaction(async (tx) => {
    const { document, scope } = await loadVisibleDocument(tx, actor, documentId);
    if (!holds(actor, 'secretariat', scope)) throw forbidden();
    let nextReviewDate: string | null = null;
    if (document.status === 'in_force' && document.currentVersionId) {
      const [[lastReview], [current]] = await Promise.all([
        tx
          .select({ reviewedAt: documentReviews.reviewedAt })
          .from(documentReviews)
          .where(and(eq(documentReviews.documentId, document.id), eq(documentReviews.outcome, 'no_change')))
          .orderBy(desc(documentReviews.reviewedAt))
          .limit(1),
        tx
          .select({ effectiveDate: documentVersions.effectiveDate })
          .from(documentVersions)
          .where(eq(documentVersions.id, document.currentVersionId)),
      ]);
      const reviewed = lastReview ? todayInVietnam(lastReview.reviewedAt) : null;
      const effective = current.effectiveDate;
      const base = [reviewed, effective]
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1);
      if (base) nextReviewDate = addMonths(base, body.reviewIntervalMonths);
    }
    const updated = await updateVersioned(
      tx,
      documents,
      { id: document.id, agencyId: actor.agencyId, version: body.version },
      { reviewIntervalMonths: body.reviewIntervalMonths, nextReviewDate },
    );
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document',
      entityId: document.id,
      entityLabel: document.code,
      action: 'review_interval',
      changes: diff(
        { reviewIntervalMonths: document.reviewIntervalMonths, nextReviewDate: document.nextReviewDate },
        { reviewIntervalMonths: updated.reviewIntervalMonths, nextReviewDate: updated.nextReviewDate },
      ),
    });
    return updated;
  });
}
