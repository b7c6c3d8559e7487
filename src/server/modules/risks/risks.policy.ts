import {
  type Actor,
  holds,
  holdsAgencyWide,
  type Scoped,
  sameAgency,
} from '../../platform/permissions/actor.ts';
import { dutyConflict, dutyError } from '../../platform/permissions/duties.ts';

/** What a policy needs of a risk: its unit, who recorded it and who owns its treatment. */
export type RiskFacts = { unit: Scoped; createdBy: string; treatmentOwnerId: string | null };

/** Those who keep a unit's register: its ISO officer and its head. */
const keeper = (actor: Actor, unit: Scoped) =>
  holds(actor, 'iso_officer', unit) || holds(actor, 'unit_head', unit);

/** Read every unit's: the secretariat, leadership and the steering committee (the review's inputs). */
const wideReaders = ['secretariat', 'leadership', 'steering_member'] as const;

export const risksPolicy = {
  /**
   * The unit's keepers and staff read their unit's; the secretariat, leadership and steering
   * members the units they hold the role for (agency-wide: every unit's); the one who recorded
   * it and its treatment's owner read it too. Anyone else: it does not exist (404).
   */
  read: (actor: Actor, risk: RiskFacts) =>
    sameAgency(actor, risk.unit) &&
    (keeper(actor, risk.unit) ||
      holds(actor, 'staff', risk.unit) ||
      wideReaders.some((role) => holds(actor, role, risk.unit)) ||
      risk.createdBy === actor.personId ||
      risk.treatmentOwnerId === actor.personId),
  readAll: (actor: Actor) => wideReaders.some((role) => holdsAgencyWide(actor, role)),
  /** Record one, correct its assessment, plan its treatment: the unit's keepers. */
  edit: keeper,
  createSomewhere: (actor: Actor) => actor.grants.some((g) => ['iso_officer', 'unit_head'].includes(g.role)),
  /** The treatment done: its owner, or the unit's keepers. */
  completeTreatment: (actor: Actor, risk: RiskFacts) =>
    risk.treatmentOwnerId === actor.personId || keeper(actor, risk.unit),
  /** The closing review of effectiveness: the unit's keepers or the secretariat (never who recorded it). */
  close: (actor: Actor, unit: Scoped) => keeper(actor, unit) || holds(actor, 'secretariat', unit),
};

const names = { close: { vi: 'đánh giá hiệu quả khi đóng', en: 'closing review of effectiveness' } };

/** Whoever recorded the risk does not review its treatment's effectiveness (segregation of duties). */
export function assertMayClose(actor: Actor, risk: RiskFacts) {
  const facts = { authorIds: [risk.createdBy], signatures: [] };
  const conflict = dutyConflict(actor.personId, 'close', facts);
  if (conflict) {
    throw dutyError('risk', conflict, {
      personId: actor.personId,
      meaning: 'close',
      facts,
      names,
      author: { vi: 'ghi nhận rủi ro, cơ hội này', en: 'recorded this risk or opportunity' },
    });
  }
}

export const closeBlockedReason = (actor: Actor, risk: RiskFacts) => {
  try {
    assertMayClose(actor, risk);
    return null;
  } catch (error) {
    return (error as { text?: { vi: string; en: string } }).text ?? null;
  }
};
