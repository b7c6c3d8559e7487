import { and, eq, inArray } from 'drizzle-orm';
import type { TransitionAction } from '../../../contract/documents.ts';
import type { Db, Tx } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import {
  type DutyConflict,
  type DutyFacts,
  dutyConflict,
  dutyError,
} from '../../platform/permissions/duties.ts';
import { transitions } from './documents.lifecycle.ts';
import type { VersionRow } from './documents.repository.ts';
import { documentDutySettings, documentEvents, documentSignatures } from './documents.table.ts';

/** The meanings segregation of duties covers on a revision (periodic review comes later, on the version in force). */
const dutyMeanings = ['review', 'check', 'approve'];

const meaningNames = {
  review: { vi: 'xem xét', en: 'review' },
  check: { vi: 'kiểm tra', en: 'check' },
  approve: { vi: 'phê duyệt', en: 'approval' },
};

export async function dutySettings(db: Db | Tx, agencyId: string) {
  const [row] = await db
    .select()
    .from(documentDutySettings)
    .where(eq(documentDutySettings.agencyId, agencyId));
  return row ?? { agencyId, reviewerMayCheck: false, version: 0, updatedAt: null };
}

/**
 * Who drafted the revision (its drafter, and whoever submitted it for review) and every
 * review/check/approval signature it carries, voided ones included: someone who reviewed
 * content later edited has still reviewed this revision.
 */
export async function revisionDutyFacts(db: Db | Tx, version: VersionRow): Promise<DutyFacts> {
  // One after the other: inside a transaction the queries share one connection.
  const signatures = await db
    .select({ signerId: documentSignatures.signerId, meaning: documentSignatures.meaning })
    .from(documentSignatures)
    .where(
      and(eq(documentSignatures.versionId, version.id), inArray(documentSignatures.meaning, dutyMeanings)),
    );
  const submitters = await db
    .select({ actorId: documentEvents.actorId })
    .from(documentEvents)
    .where(and(eq(documentEvents.versionId, version.id), eq(documentEvents.action, 'submit_review')));
  const settings = await dutySettings(db, version.agencyId);
  return {
    authorIds: [version.draftedBy, ...submitters.map((s) => s.actorId)],
    signatures,
    combinable: settings.reviewerMayCheck ? [['review', 'check']] : [],
  };
}

/** Why this person may not take a signing action on the revision, or null. */
export function signingConflict(
  actor: Actor,
  action: TransitionAction,
  facts: DutyFacts,
): DutyConflict | null {
  const meaning = transitions[action].signs;
  return meaning ? dutyConflict(actor.personId, meaning, facts) : null;
}

/** 403 document.self_approval / document.same_signer when the person may not sign this step. */
export function assertSegregated(actor: Actor, action: TransitionAction, facts: DutyFacts) {
  const conflict = signingConflict(actor, action, facts);
  const meaning = transitions[action].signs;
  if (conflict && meaning) {
    throw dutyError('document', conflict, {
      personId: actor.personId,
      meaning,
      facts,
      names: meaningNames,
      author: { vi: 'soạn thảo bản này', en: 'drafted this revision' },
    });
  }
}
