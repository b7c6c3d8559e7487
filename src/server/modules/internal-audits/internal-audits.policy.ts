import { type Actor, holds, holdsAgencyWide, type Scoped } from '../../platform/permissions/actor.ts';

/** What a policy needs of a round: its agency, lead auditor and team. */
export type RoundFacts = { agencyId: string; leadAuditorId: string | null; teamIds: string[] };
/** And of one unit's audit in it: the audited unit, its auditors, whether the plan is out. */
export type RoundAuditFacts = RoundFacts & { unit: Scoped; auditorIds: string[]; published: boolean };

const agencyWide = (actor: Actor, ...roles: Array<'secretariat' | 'leadership' | 'steering_member'>) =>
  roles.some((r) => holdsAgencyWide(actor, r));

/**
 * Internal audit: the QMS secretariat (agency-wide) plans; leadership approves the programme;
 * the round's lead auditor runs it; its team members read it; the audited unit's head and ISO
 * officer read their unit's audit once the plan is published. Anyone else: 404.
 */
export const auditPolicy = {
  /** Programmes, rounds, teams, schedules, cross-assignment, publishing, settings. */
  plan: (actor: Actor) => agencyWide(actor, 'secretariat'),
  approve: (actor: Actor) => agencyWide(actor, 'leadership'),
  /** The programme and every round of it. */
  readProgramme: (actor: Actor) => agencyWide(actor, 'secretariat', 'leadership', 'steering_member'),
  readRound: (actor: Actor, round: RoundFacts) =>
    actor.agencyId === round.agencyId &&
    (auditPolicy.readProgramme(actor) ||
      round.leadAuditorId === actor.personId ||
      round.teamIds.includes(actor.personId)),
  /** Start, report, close: the lead auditor. */
  runRound: (actor: Actor, round: RoundFacts) =>
    actor.agencyId === round.agencyId && round.leadAuditorId === actor.personId,
  /** Audits this unit: one of its auditors or the lead. */
  auditorOf: (actor: Actor, audit: RoundAuditFacts) =>
    actor.agencyId === audit.agencyId &&
    (audit.auditorIds.includes(actor.personId) || audit.leadAuditorId === actor.personId),
  /** The audited unit's head and ISO officer, once the plan is published. */
  auditeeOf: (actor: Actor, audit: RoundAuditFacts) =>
    audit.published && (holds(actor, 'unit_head', audit.unit) || holds(actor, 'iso_officer', audit.unit)),
  readRoundAudit: (actor: Actor, audit: RoundAuditFacts) =>
    auditPolicy.readRound(actor, audit) || auditPolicy.auditeeOf(actor, audit),
  /** Sees the menu "Đánh giá nội bộ": planners, approvers, auditors, unit heads and ISO officers. */
  seesModule: (actor: Actor) =>
    auditPolicy.readProgramme(actor) ||
    actor.grants.some((g) => ['internal_auditor', 'unit_head', 'iso_officer'].includes(g.role)),
};
