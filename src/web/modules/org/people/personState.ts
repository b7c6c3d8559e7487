import type { PersonView } from '../../../../contract/org.ts';

/** Locked (too many wrong passwords) outranks inactive, which outranks active. */
export function personState(p: PersonView) {
  if (p.lockedUntil) return 'locked' as const;
  return p.active ? ('active' as const) : ('inactive' as const);
}
