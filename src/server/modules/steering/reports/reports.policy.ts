import { type Actor, holdsAgencyWide } from '../../../platform/permissions/actor.ts';

/**
 * The steering committee's reports are the agency's: the agency-wide secretariat prepares
 * them (packs, narratives, declaration drafts), agency-wide leadership reads them and signs
 * the declaration, agency-wide committee members read them. Anyone else: 404 (they do not
 * learn the reports exist).
 */
export const reportsPolicy = {
  read: (a: Actor) =>
    holdsAgencyWide(a, 'secretariat') ||
    holdsAgencyWide(a, 'leadership') ||
    holdsAgencyWide(a, 'steering_member'),
  prepare: (a: Actor) => holdsAgencyWide(a, 'secretariat'),
  sign: (a: Actor) => holdsAgencyWide(a, 'leadership'),
  /** The statutory clock on home: the secretariat's and leadership's. */
  clock: (a: Actor) => holdsAgencyWide(a, 'secretariat') || holdsAgencyWide(a, 'leadership'),
};
