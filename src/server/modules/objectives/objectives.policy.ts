import {
  type Actor,
  holds,
  holdsAgencyWide,
  memberOf,
  type Scoped,
  sameAgency,
} from '../../platform/permissions/actor.ts';
import { dutyConflict, dutyError } from '../../platform/permissions/duties.ts';

/**
 * What a policy needs of an objective: its unit (null path: the agency's own objective),
 * its state and who drafted and submitted it.
 */
export type ObjectiveFacts = {
  scope: Scoped;
  agencyLevel: boolean;
  state: string;
  draftedBy: string;
  submittedBy: string | null;
};

const allReader = (actor: Actor) =>
  holdsAgencyWide(actor, 'leadership') || holdsAgencyWide(actor, 'secretariat');

export const objectivePolicy = {
  /**
   * Leadership and the secretariat read every objective; a unit's head and ISO officer read
   * their unit's in every state; anyone else reads approved ones: their unit's and the agency's.
   */
  read: (actor: Actor, o: ObjectiveFacts) => {
    if (!sameAgency(actor, o.scope)) return false;
    if (allReader(actor)) return true;
    if (!o.agencyLevel && (holds(actor, 'unit_head', o.scope) || holds(actor, 'iso_officer', o.scope)))
      return true;
    return o.state === 'approved' && (o.agencyLevel || memberOf(actor, o.scope));
  },
  /** Draft (and edit while a draft or returned): the unit's ISO officer; the agency's: the secretariat. */
  draft: (actor: Actor, o: Pick<ObjectiveFacts, 'scope' | 'agencyLevel'>) =>
    o.agencyLevel ? holdsAgencyWide(actor, 'secretariat') : holds(actor, 'iso_officer', o.scope),
  draftSomewhere: (actor: Actor) =>
    actor.grants.some((g) => g.role === 'iso_officer' || (g.role === 'secretariat' && g.unitId === null)),
  /** Approve or return: the unit's head; the agency's: leadership. */
  approve: (actor: Actor, o: Pick<ObjectiveFacts, 'scope' | 'agencyLevel'>) =>
    o.agencyLevel ? holdsAgencyWide(actor, 'leadership') : holds(actor, 'unit_head', o.scope),
  /** Enter a manual value: whoever drafts the objective, or its owner. */
  enterValue: (actor: Actor, o: Pick<ObjectiveFacts, 'scope' | 'agencyLevel'>, ownerPersonId: string) =>
    ownerPersonId === actor.personId || objectivePolicy.draft(actor, o),
};

const names = {
  approve: { vi: 'phê duyệt', en: 'approval' },
};

/** Whoever drafted or submitted an objective never approves it (segregation of duties). */
export function assertMayApprove(actor: Actor, o: ObjectiveFacts) {
  const facts = { authorIds: [o.draftedBy, o.submittedBy], signatures: [] };
  const conflict = dutyConflict(actor.personId, 'approve', facts);
  if (conflict)
    throw dutyError('objective', conflict, {
      personId: actor.personId,
      meaning: 'approve',
      facts,
      names,
      author: { vi: 'dự thảo mục tiêu này', en: 'drafted' },
    });
}

/** Whoever entered a manual value never approves it. */
export function assertMayApproveValue(actor: Actor, enteredBy: string) {
  const facts = { authorIds: [enteredBy], signatures: [] };
  const conflict = dutyConflict(actor.personId, 'approve', facts);
  if (conflict)
    throw dutyError('objective', conflict, {
      personId: actor.personId,
      meaning: 'approve',
      facts,
      names,
      author: { vi: 'nhập giá trị chỉ số này', en: 'entered this value of' },
    });
}
