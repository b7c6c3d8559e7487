import type { CatalogueState } from '../../../../contract/records-catalogue.ts';
import { type Actor, holds, memberOf, type Scoped, sameAgency } from '../../../platform/permissions/actor.ts';
import { dutyConflict, dutyError } from '../../../platform/permissions/duties.ts';

/** Those who keep a unit's catalogue: its ISO officer and head, and the secretariat. */
const keeper = (actor: Actor, unit: Scoped) =>
  holds(actor, 'iso_officer', unit) || holds(actor, 'unit_head', unit) || holds(actor, 'secretariat', unit);

export const cataloguePolicy = {
  /**
   * Everyone in the unit reads its approved and issued catalogues; drafts and those waiting
   * for approval only its keepers.
   * The secretariat (agency-wide grant) reads every unit's.
   */
  read: (actor: Actor, unit: Scoped, state: CatalogueState) =>
    sameAgency(actor, unit) &&
    (keeper(actor, unit) || ((state === 'approved' || state === 'issued') && memberOf(actor, unit))),
  /** Drafting, editing, copying forward, generating and importing. */
  edit: keeper,
  /**
   * Submitting the draft to the unit head: the unit's ISO officer (or the secretariat) —
   * not the head, who approves what is submitted and never their own work.
   */
  submit: (actor: Actor, unit: Scoped) =>
    holds(actor, 'iso_officer', unit) || holds(actor, 'secretariat', unit),
  approve: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit),
  returnToDraft: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit),
  issue: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit) || holds(actor, 'iso_officer', unit),
  /** May draft a catalogue for some unit (the list page's "new" button). */
  createSomewhere: (actor: Actor) =>
    actor.grants.some((g) => ['iso_officer', 'unit_head', 'secretariat'].includes(g.role)),
};

type Authored = { createdBy: string | null; submittedBy?: string | null };
const authorsOf = (c: Authored) => [c.createdBy, c.submittedBy ?? null];

/**
 * Segregation of duties: whoever prepared (created) the catalogue or submitted it does not
 * approve it.
 */
export const approvalConflict = (actor: Actor, catalogue: Authored) =>
  dutyConflict(actor.personId, 'approve', { authorIds: authorsOf(catalogue), signatures: [] });

/** 403 catalogue.self_approval when the person prepared the catalogue they would approve. */
export function assertNotPreparer(actor: Actor, catalogue: Authored) {
  const conflict = approvalConflict(actor, catalogue);
  if (conflict) {
    throw dutyError('catalogue', conflict, {
      personId: actor.personId,
      meaning: 'approve',
      facts: { authorIds: authorsOf(catalogue), signatures: [] },
      names: { approve: { vi: 'phê duyệt', en: 'approval' } },
      author: { vi: 'lập danh mục này', en: 'prepared this catalogue' },
    });
  }
}
