import type { Role } from '../../../contract/roles.ts';
import { type Actor, holds, type Scoped, sameAgency } from '../../platform/permissions/actor.ts';

/** Who may take a step nobody is assigned yet (see case_steps.candidate_*). */
export type StepCandidates = {
  candidateUnitId: string | null;
  candidateRole: string | null;
  candidatePositionId: string | null;
};

/** What a policy needs of a case: its unit, who takes part in it, and its active step. */
export type CaseScope = Scoped & {
  startedBy: string;
  /** Everyone assigned to one of its steps, now or before. */
  assigneeIds: string[];
  /** Units whose people may claim one of its unassigned steps (they see the case meanwhile). */
  candidateUnitIds: string[];
  state: string;
  /** The active step, when the case is open. */
  active: ({ assigneeId: string | null } & StepCandidates) | null;
};

/**
 * May the actor take a step waiting for candidates: a person of the step's unit, holding
 * the role it asks for there (a unit grant over their unit, or an agency-wide one) and
 * having the position it asks for.
 */
export const mayTake = (actor: Actor, step: StepCandidates) =>
  step.candidateUnitId != null &&
  step.candidateUnitId === actor.unitId &&
  (!step.candidateRole ||
    holds(actor, step.candidateRole as Role, { agencyId: actor.agencyId, unitPath: actor.unitPath })) &&
  (!step.candidatePositionId || step.candidatePositionId === actor.positionId);

/** Unit heads and ISO officers run their unit's cases (assign, reassign, return). */
const manages = (actor: Actor, c: Scoped) => holds(actor, 'unit_head', c) || holds(actor, 'iso_officer', c);

const takesPart = (actor: Actor, c: CaseScope) =>
  c.startedBy === actor.personId ||
  c.assigneeIds.includes(actor.personId) ||
  c.candidateUnitIds.includes(actor.unitId);

const isCandidate = (actor: Actor, c: CaseScope) =>
  c.active != null && c.active.assigneeId == null && mayTake(actor, c.active);

/**
 * Roles that read every case of the units their grant covers: the unit's head and ISO
 * officer, the secretariat, and leadership (the leadership home's overdue figures open
 * the list of those cases). Leadership reads only; it runs no step it is not given.
 */
export const wholeUnitReaders: Role[] = ['unit_head', 'iso_officer', 'secretariat', 'leadership'];

export const casesPolicy = {
  /** Staff see the cases they take part in; heads and ISO officers the unit's; the secretariat and leadership all they cover. */
  read: (actor: Actor, c: CaseScope) =>
    sameAgency(actor, c) && (wholeUnitReaders.some((r) => holds(actor, r, c)) || takesPart(actor, c)),
  /** Anyone with a working role in the unit starts its cases. */
  start: (actor: Actor, unit: Scoped) =>
    holds(actor, 'staff', unit) || holds(actor, 'iso_officer', unit) || holds(actor, 'unit_head', unit),
  claim: (actor: Actor, c: CaseScope) => c.state === 'open' && isCandidate(actor, c),
  complete: (actor: Actor, c: CaseScope) =>
    c.state === 'open' && c.active?.assigneeId != null && c.active.assigneeId === actor.personId,
  /** The assignee sends it back; the unit's head or ISO officer may too. */
  returnStep: (actor: Actor, c: CaseScope) =>
    c.state === 'open' && c.active != null && (c.active.assigneeId === actor.personId || manages(actor, c)),
  /** The unit's head or ISO officer, or the assignee handing the step over. */
  reassign: (actor: Actor, c: CaseScope) =>
    c.state === 'open' &&
    c.active != null &&
    (manages(actor, c) || (c.active.assigneeId != null && c.active.assigneeId === actor.personId)),
  cancel: (actor: Actor, c: CaseScope) => c.state === 'open' && holds(actor, 'unit_head', c),
};
