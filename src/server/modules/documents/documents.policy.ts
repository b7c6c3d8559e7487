import type { TransitionAction, VersionState } from '../../../contract/documents.ts';
import type { Role } from '../../../contract/roles.ts';
import {
  type Actor,
  holds,
  holdsAgencyWide,
  memberOf,
  type Scoped,
  sameAgency,
} from '../../platform/permissions/actor.ts';

/** What a policy needs of a document: its agency, owner unit and approving role. */
export type DocumentScope = Scoped & { approverRole: Role };

/** States everyone in the agency may read; the rest are drafts in progress. */
export const publicStates: VersionState[] = ['in_force', 'superseded', 'withdrawn'];

export const documentsPolicy = {
  /**
   * Versions in force (and past ones) are read by the whole agency; drafts only by the
   * owner unit, its reviewers, the secretariat and the approver.
   */
  readVersion: (actor: Actor, doc: DocumentScope, state: VersionState) =>
    sameAgency(actor, doc) &&
    (publicStates.includes(state) ||
      memberOf(actor, doc) ||
      holds(actor, 'unit_head', doc) ||
      holds(actor, 'iso_officer', doc) ||
      holds(actor, 'secretariat', doc) ||
      holds(actor, doc.approverRole, doc)),
  /** A change request comes from the owner unit's ISO officer or head, or the secretariat. */
  requestChange: (actor: Actor, doc: Scoped) =>
    holds(actor, 'iso_officer', doc) || holds(actor, 'unit_head', doc) || holds(actor, 'secretariat', doc),
  editDraft: (actor: Actor, doc: Scoped) => holds(actor, 'iso_officer', doc),
  act: (actor: Actor, action: TransitionAction, doc: DocumentScope) => {
    switch (action) {
      case 'submit_review':
      case 'cancel':
        return holds(actor, 'iso_officer', doc);
      case 'review_approve':
      case 'review_return':
        return holds(actor, 'unit_head', doc);
      case 'check_approve':
      case 'check_return':
        return holds(actor, 'secretariat', doc);
      case 'approve':
      case 'approve_return':
        return holds(actor, doc.approverRole, doc);
    }
  },
  acknowledge: (actor: Actor, doc: Scoped) => sameAgency(actor, doc),
  /**
   * Giving an approved decision its number after signing is the văn thư's (a separate
   * permission from approving: the number is not part of the signed content).
   */
  numberDecision: (actor: Actor, doc: Scoped) => holds(actor, 'clerk', doc),
  /** Attaching the decision signed with a token (ký số): the approver, the văn thư or the secretariat. */
  attachSignedDecision: (actor: Actor, doc: DocumentScope) =>
    holds(actor, doc.approverRole, doc) || holds(actor, 'clerk', doc) || holds(actor, 'secretariat', doc),
  /** Periodic review of a document in force: its unit's head or the secretariat. */
  periodicReview: (actor: Actor, doc: Scoped) =>
    holds(actor, 'unit_head', doc) || holds(actor, 'secretariat', doc),
  /** Bringing the agency's existing QMS in: the agency-wide secretariat or administrator. */
  importQms: (actor: Actor) => holdsAgencyWide(actor, 'secretariat') || holdsAgencyWide(actor, 'admin'),
  /** The distribution report and the whole register: secretariat, approver, owner unit head. */
  readReports: (actor: Actor, doc: Scoped) =>
    holds(actor, 'secretariat', doc) || holds(actor, 'unit_head', doc) || holds(actor, 'leadership', doc),
};
