import {
  type Actor,
  holds,
  holdsAgencyWide,
  memberOf,
  type Scoped,
  sameAgency,
} from '../../platform/permissions/actor.ts';

/**
 * Who sees and does what in the steering committee's work:
 * - the committee's meetings are read by its current members, the meeting's chair and
 *   invited people, leadership and steering members by role, and the agency-wide secretariat;
 * - the agency-wide secretariat (thư ký ISO, đơn vị thường trực) prepares meetings, invites,
 *   records attendance, minutes and conclusions, and keeps the committee's membership;
 * - the meeting's chair confirms the conclusions with their password;
 * - a directive is seen by the meeting's readers and by its owner unit (its people), and is
 *   marked done by the owner unit's head or ISO officer;
 * - anyone else: 404.
 */
export type MeetingFacts = {
  agencyId: string;
  chairPersonId: string;
  /** The reader is a current member of the committee, or invited to this meeting. */
  memberOrInvited: boolean;
};

const byRole = (actor: Actor) =>
  holdsAgencyWide(actor, 'secretariat') ||
  actor.grants.some((g) => g.role === 'leadership' || g.role === 'steering_member');

export const steeringPolicy = {
  /** The committee page (members and the list of meetings). */
  readCommittee: (actor: Actor, isMember: boolean) => byRole(actor) || isMember,
  readMeeting: (actor: Actor, m: MeetingFacts) =>
    sameAgency(actor, m) && (byRole(actor) || m.memberOrInvited || m.chairPersonId === actor.personId),
  prepare: (actor: Actor) => holdsAgencyWide(actor, 'secretariat'),
  sign: (actor: Actor, m: MeetingFacts) => sameAgency(actor, m) && m.chairPersonId === actor.personId,
  readDirective: (actor: Actor, m: MeetingFacts, unit: Scoped) =>
    steeringPolicy.readMeeting(actor, m) ||
    memberOf(actor, unit) ||
    steeringPolicy.completeDirective(actor, unit),
  completeDirective: (actor: Actor, unit: Scoped) =>
    holds(actor, 'unit_head', unit) || holds(actor, 'iso_officer', unit),
};
