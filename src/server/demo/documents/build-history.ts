// Builds, in memory, the rows one document's plan leaves behind: the document, its
// versions with their events and signatures, distribution and read acknowledgements, and
// a periodic review. The loader writes them.
import { distributionOf, periodicReview, readersOf } from './build-reading.ts';
import { buildVersion, type Issued } from './build-version.ts';
import type { BuildContext, BuiltDocument, BuiltVersion } from './built-rows.ts';
import { addMonths } from './days.ts';
import type { DocumentPlan } from './plan.ts';

export function buildDocument(plan: DocumentPlan, ctx: BuildContext): BuiltDocument {
  const versions: BuiltVersion[] = [];
  let current: BuiltVersion | null = null;
  let previous: Issued | null = null;
  let status: 'none' | 'in_force' | 'withdrawn' = 'none';
  let documentVersion = 1;
  for (const index of plan.versions.keys()) {
    const { issued, ...version } = buildVersion(plan, index, previous, ctx);
    if (issued) {
      previous = issued;
      version.distributedTo = version.row.changeKind === 'withdraw' ? [] : distributionOf(plan, ctx);
    }
    if (version.inForceAt) {
      // As putInForce: the version in force until now is superseded (or withdrawn with the document).
      if (current) {
        const withdrawn = version.row.changeKind === 'withdraw';
        Object.assign(current.row, {
          state: withdrawn ? 'withdrawn' : 'superseded',
          endDate: version.row.effectiveDate,
          updatedAt: version.inForceAt,
        });
      }
      current = version.row.state === 'in_force' ? version : null;
      status = version.row.state === 'in_force' ? 'in_force' : 'withdrawn';
      documentVersion++;
    }
    versions.push(version);
  }
  for (const v of versions) v.readers = readersOf(v, plan.code, ctx);
  const review = current ? periodicReview(plan, current, ctx) : null;
  const interval = plan.reviewIntervalMonths ?? 12;
  const effective = current?.row.effectiveDate;
  const changes = [...versions.map((v) => v.row.updatedAt), ...(review ? [review.row.reviewedAt] : [])];
  return {
    code: plan.code,
    row: {
      id: ctx.ids.get(plan.code)!,
      agencyId: ctx.agencyId,
      type: plan.type,
      code: plan.code,
      title: current?.row.title ?? versions[0].row.title,
      ownerUnitId: ctx.signers.unit(plan.owner).id,
      parentId: plan.parent ? ctx.ids.get(plan.parent)! : null,
      status,
      currentVersionId: current?.row.id ?? null,
      reviewIntervalMonths: interval,
      nextReviewDate: review?.nextReviewDate ?? (effective ? addMonths(effective, interval) : null),
      externalNumber: plan.external?.number ?? null,
      issuer: plan.external?.issuer ?? null,
      externalIssuedDate: plan.external?.issuedDate ?? null,
      externalEffectiveDate: plan.external?.effectiveDate ?? null,
      legalStatus: plan.external?.legalStatus ?? null,
      version: documentVersion + (review ? 1 : 0),
      createdAt: versions[0].row.createdAt,
      updatedAt: new Date(Math.max(...changes.map((d) => d.getTime()))),
    },
    versions,
    review: review && { signature: review.signature, row: review.row },
  };
}
