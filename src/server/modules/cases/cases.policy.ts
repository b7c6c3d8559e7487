import { type Actor, holds, type Scoped, sameAgency } from '../../platform/permissions/actor.ts';

/** What a policy needs of a case: its unit, who takes part in it, and its active step. */
export type CaseScope = Scoped & {
  startedBy: string;
  /** Everyone assigned to one of its steps, now or before. */
  assigneeIds: string[];
  /** Units whose people may claim one of its unassigned steps. */
  candidateUnitIds: string[];
  state: string;
  /** The active step, when the case is open. */
  active: { assigneeId: string | null; candidateUnitId: string | null } | null;
};

/** Unit heads and ISO officers run their unit's cases (assign, reassign, return). */
const manages = (actor: Actor, c: Scoped) => holds(actor, 'unit_head', c) || holds(actor, 'iso_officer', c);

const takesPart = (actor: Actor, c: CaseScope) =>
  c.startedBy === actor.personId ||
  c.assigneeIds.includes(actor.personId) ||
  c.candidateUnitIds.includes(actor.unitId);

const isCandidate = (actor: Actor, c: CaseScope) =>
  c.active != null && c.active.assigneeId == null && c.active.candidateUnitId === actor.unitId;

export const casesPolicy = {
  /** Staff see the cases they take part in; heads and ISO officers the unit's; the secretariat all. */
  read: (actor: Actor, c: CaseScope) =>
    sameAgency(actor, c) && (holds(actor, 'secretariat', c) || manages(actor, c) || takesPart(actor, c)),
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
