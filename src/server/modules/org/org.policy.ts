import {
  type Actor,
  holds,
  holdsAgencyWide,
  type Scoped,
  sameAgency,
} from '../../platform/permissions/actor.ts';

/** Who may do what in the organisation. Pure: the caller loads the record first. */
export const orgPolicy = {
  /** The organisation chart and the directory of people are open to the whole agency. */
  read: (actor: Actor, record: { agencyId: string }) => sameAgency(actor, record),
  /** A unit is created under a parent the admin covers; a top-level one needs the agency. */
  createUnit: (actor: Actor, parent: Scoped | null) =>
    parent ? holds(actor, 'admin', parent) : holdsAgencyWide(actor, 'admin'),
  updateUnit: (actor: Actor, unit: Scoped) => holds(actor, 'admin', unit),
  /** Rename, merge, split, dissolve change the agency's structure: agency-wide admins. */
  restructure: (actor: Actor) => holdsAgencyWide(actor, 'admin'),
  managePositions: (actor: Actor) => holdsAgencyWide(actor, 'admin'),
  managePerson: (actor: Actor, person: Scoped) => holds(actor, 'admin', person),
  /** Granting for a unit needs admin over that unit; agency-wide roles need agency-wide admin. */
  grant: (actor: Actor, scope: Scoped | null) =>
    scope ? holds(actor, 'admin', scope) : holdsAgencyWide(actor, 'admin'),
  manageAgencies: (actor: Actor) => actor.isOperator,
};
