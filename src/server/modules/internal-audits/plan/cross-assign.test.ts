import { describe, expect, it } from 'vitest';
import { proposeCrossAssignment } from './cross-assign.ts';

describe('proposeCrossAssignment', () => {
  it('spreads the audits evenly when everyone may audit everything', () => {
    const { assignments, uncovered } = proposeCrossAssignment(
      ['a', 'b', 'c', 'd'],
      ['p', 'q', 'r', 's'],
      () => true,
    );
    expect(uncovered).toEqual([]);
    const load = [...assignments.values()].flat();
    expect(new Set(load).size).toBe(4);
    expect(load).toHaveLength(4);
  });

  it('serves the most constrained unit first and never assigns a forbidden pair', () => {
    // Unit "a" may only be audited by q; the others by anyone but their own auditor.
    const own: Record<string, string> = { a: 'p', b: 'q', c: 'r' };
    const allowed = (auditor: string, audit: string) =>
      audit === 'a' ? auditor === 'q' : own[audit] !== auditor;
    const { assignments, uncovered } = proposeCrossAssignment(['b', 'c', 'a'], ['p', 'q', 'r'], allowed);
    expect(uncovered).toEqual([]);
    expect(assignments.get('a')).toEqual(['q']);
    for (const [audit, auditors] of assignments)
      for (const a of auditors) expect(allowed(a, audit)).toBe(true);
    const all = [...assignments.values()].flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives pairs when the team is twice the units, and lists a unit nobody may audit', () => {
    const pairs = proposeCrossAssignment(['a', 'b'], ['p', 'q', 'r', 's'], () => true);
    expect([...pairs.assignments.values()].map((x) => x.length)).toEqual([2, 2]);
    const none = proposeCrossAssignment(['a', 'b'], ['p'], (_auditor, audit) => audit === 'b');
    expect(none.uncovered).toEqual(['a']);
    expect(none.assignments.get('b')).toEqual(['p']);
  });
});
