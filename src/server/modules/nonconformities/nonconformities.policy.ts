import {
  type Actor,
  holds,
  holdsAgencyWide,
  type Scoped,
  sameAgency,
} from '../../platform/permissions/actor.ts';
import { dutyConflict, dutyError } from '../../platform/permissions/duties.ts';

/** What a policy needs of a nonconformity: its unit and the people who took part. */
export type NcFacts = {
  unit: Scoped;
  detectedBy: string;
  analysedBy: string | null;
  /** Owners and doers of its actions: the implementers. */
  implementers: string[];
};

/** Those who keep a unit's nonconformities: its ISO officer and head, and the secretariat. */
const keeper = (actor: Actor, unit: Scoped) =>
  holds(actor, 'iso_officer', unit) || holds(actor, 'unit_head', unit) || holds(actor, 'secretariat', unit);

export const ncPolicy = {
  /**
   * The secretariat and leadership read every unit's; a unit's keepers read their unit's;
   * anyone else only what they detected or own an action of.
   */
  read: (actor: Actor, nc: NcFacts) =>
    sameAgency(actor, nc.unit) &&
    (keeper(actor, nc.unit) ||
      holds(actor, 'leadership', nc.unit) ||
      holds(actor, 'steering_member', nc.unit) ||
      nc.detectedBy === actor.personId ||
      nc.implementers.includes(actor.personId)),
  /** Reads every unit's (the register without a filter to one's own). */
  readAll: (actor: Actor) =>
    ['secretariat', 'leadership', 'steering_member'].some((r) => holdsAgencyWide(actor, r as never)),
  /** Record one: the unit's keepers, the secretariat, internal auditors. */
  create: (actor: Actor, unit: Scoped) => keeper(actor, unit) || holds(actor, 'internal_auditor', unit),
  createSomewhere: (actor: Actor) =>
    actor.grants.some((g) =>
      ['iso_officer', 'unit_head', 'secretariat', 'internal_auditor'].includes(g.role),
    ),
  /** Edit the record, analyse it, plan its actions. */
  edit: keeper,
  approvePlan: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit),
  /** Verification of effectiveness: the secretariat or an internal auditor. */
  verify: (actor: Actor, unit: Scoped) =>
    holds(actor, 'secretariat', unit) || holds(actor, 'internal_auditor', unit),
  cancel: (actor: Actor, unit: Scoped) =>
    holds(actor, 'secretariat', unit) || holds(actor, 'unit_head', unit),
  /** An action: its owner, or the keepers of the owner unit. */
  completeAction: (actor: Actor, action: { ownerPersonId: string; ownerUnit: Scoped }) =>
    action.ownerPersonId === actor.personId ||
    holds(actor, 'iso_officer', action.ownerUnit) ||
    holds(actor, 'unit_head', action.ownerUnit),
};

const names = {
  approve: { vi: 'phê duyệt kế hoạch hành động', en: 'action plan approval' },
  verify: { vi: 'xác nhận hiệu quả', en: 'verification of effectiveness' },
};

/** The analyst does not approve their own plan (segregation of duties, as for documents). */
export function assertMayApprovePlan(actor: Actor, nc: NcFacts) {
  const facts = { authorIds: [nc.analysedBy], signatures: [] };
  const conflict = dutyConflict(actor.personId, 'approve', facts);
  if (conflict) {
    throw dutyError('nonconformity', conflict, {
      personId: actor.personId,
      meaning: 'approve',
      facts,
      names,
      author: { vi: 'phân tích nguyên nhân và lập kế hoạch này', en: 'analysed and planned' },
    });
  }
}

/** Effectiveness is verified by someone who implemented none of the actions. */
export function assertMayVerify(actor: Actor, nc: NcFacts) {
  const facts = { authorIds: nc.implementers, signatures: [] };
  const conflict = dutyConflict(actor.personId, 'verify', facts);
  if (conflict) {
    throw dutyError('nonconformity', conflict, {
      personId: actor.personId,
      meaning: 'verify',
      facts,
      names,
      author: { vi: 'thực hiện hành động khắc phục của', en: 'implemented an action of' },
    });
  }
}

export const blockedReason = (actor: Actor, nc: NcFacts, step: 'approvePlan' | 'verify') => {
  try {
    if (step === 'approvePlan') assertMayApprovePlan(actor, nc);
    else assertMayVerify(actor, nc);
    return null;
  } catch (error) {
    return (error as { text?: { vi: string; en: string } }).text ?? null;
  }
};
