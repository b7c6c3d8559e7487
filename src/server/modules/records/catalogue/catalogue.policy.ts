import type { CatalogueState } from '../../../../contract/records-catalogue.ts';
import { type Actor, holds, memberOf, type Scoped, sameAgency } from '../../../platform/permissions/actor.ts';

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
