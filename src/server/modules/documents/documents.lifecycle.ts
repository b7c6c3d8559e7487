import type { SignatureMeaning, TransitionAction, VersionState } from '../../../contract/documents.ts';

type Transition = {
  from: VersionState;
  /** Where it goes; 'approve' lands in 'approved' or straight 'in_force' (see effectiveState). */
  to: VersionState;
  /** A signing action stores a signature with this meaning over the content hash. */
  signs?: SignatureMeaning;
  /** Returns need a comment saying what to change. */
  needsComment?: boolean;
};

/** The lifecycle of a revision (BRIEF.md capability 2; issue "Document control", 3). */
export const transitions: Record<TransitionAction, Transition> = {
  submit_review: { from: 'draft', to: 'unit_review' },
  review_approve: { from: 'unit_review', to: 'secretariat_check', signs: 'review' },
  review_return: { from: 'unit_review', to: 'draft', needsComment: true },
  check_approve: { from: 'secretariat_check', to: 'submitted', signs: 'check' },
  check_return: { from: 'secretariat_check', to: 'draft', needsComment: true },
  approve: { from: 'submitted', to: 'approved', signs: 'approve' },
  approve_return: { from: 'submitted', to: 'draft', needsComment: true },
  cancel: { from: 'draft', to: 'cancelled' },
};

/** The actions allowed from a state (before asking who may take them). */
export const actionsFrom = (state: VersionState): TransitionAction[] =>
  (Object.keys(transitions) as TransitionAction[]).filter((a) => transitions[a].from === state);

/** An approved version is in force at once when its effective date has come. */
export const effectiveState = (effectiveDate: string, today: string): VersionState =>
  effectiveDate <= today ? 'in_force' : 'approved';

/** The signatures that must hold (over the current content) before a signing action. */
export const requiredBefore: Partial<Record<TransitionAction, SignatureMeaning[]>> = {
  check_approve: ['review'],
  approve: ['review', 'check'],
};
