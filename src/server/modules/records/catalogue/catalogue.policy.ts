import type { CatalogueState } from '../../../../contract/records-catalogue.ts';
import { type Actor, holds, memberOf, type Scoped, sameAgency } from '../../../platform/permissions/actor.ts';
import { dutyConflict, dutyError } from '../../../platform/permissions/duties.ts';

/** Those who keep a unit's catalogue: its ISO officer and head, and the secretariat. */
const keeper = (actor: Actor, unit: Scoped) =>
  holds(actor, 'iso_officer', unit) || holds(actor, 'unit_head', unit) || holds(actor, 'secretariat', unit);

export const cataloguePolicy = {
  /**
   * Everyone in the unit reads its approved and issued catalogues; drafts only its keepers.
   * The secretariat (agency-wide grant) reads every unit's.
   */
  read: (actor: Actor, unit: Scoped, state: CatalogueState) =>
    sameAgency(actor, unit) && (keeper(actor, unit) || (state !== 'draft' && memberOf(actor, unit))),
  /** Drafting, editing, copying forward, generating and importing. */
  edit: keeper,
  approve: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit),
  returnToDraft: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit),
  issue: (actor: Actor, unit: Scoped) => holds(actor, 'unit_head', unit) || holds(actor, 'iso_officer', unit),
  /** May draft a catalogue for some unit (the list page's "new" button). */
  createSomewhere: (actor: Actor) =>
    actor.grants.some((g) => ['iso_officer', 'unit_head', 'secretariat'].includes(g.role)),
};

/** Segregation of duties: whoever prepared (created) the catalogue does not approve it. */
export const approvalConflict = (actor: Actor, catalogue: { createdBy: string | null }) =>
  dutyConflict(actor.personId, 'approve', { authorIds: [catalogue.createdBy], signatures: [] });

/** 403 catalogue.self_approval when the person prepared the catalogue they would approve. */
export function assertNotPreparer(actor: Actor, catalogue: { createdBy: string | null }) {
  const conflict = approvalConflict(actor, catalogue);
  if (conflict) {
    throw dutyError('catalogue', conflict, {
      personId: actor.personId,
      meaning: 'approve',
      facts: { authorIds: [catalogue.createdBy], signatures: [] },
      names: { approve: { vi: 'phê duyệt', en: 'approval' } },
      author: { vi: 'lập danh mục này', en: 'prepared this catalogue' },
    });
  }
}
