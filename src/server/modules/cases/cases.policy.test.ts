import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contract/roles.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { type CaseScope, casesPolicy } from './cases.policy.ts';

const unit = 'u1';
const actor = (personId: string, grants: Array<[Role, string | null]>, unitId = unit): Actor => ({
  personId,
  agencyId: 'a',
  fullName: personId,
  username: personId,
  unitId,
  unitPath: `/${unitId}/`,
  isOperator: false,
  grants: grants.map(([role, unitId]) => ({ role, unitId, unitPath: unitId ? `/${unitId}/` : null })),
  via: 'session',
});
const scope = (o: Partial<CaseScope> = {}): CaseScope => ({
  agencyId: 'a',
  unitPath: `/${unit}/`,
  startedBy: 'starter',
  assigneeIds: ['doer'],
  candidateUnitIds: [],
  state: 'open',
  active: { assigneeId: 'doer', candidateUnitId: null, candidateRole: null, candidatePositionId: null },
  ...o,
});

describe('cases policy', () => {
  it('shows staff only the cases they take part in; heads, ISO officers and the secretariat the unit’s', () => {
    const staff = actor('other', [['staff', unit]]);
    expect(casesPolicy.read(staff, scope())).toBe(false);
    expect(casesPolicy.read(actor('starter', [['staff', unit]]), scope())).toBe(true);
    expect(casesPolicy.read(actor('doer', [], 'u2'), scope())).toBe(true);
    const open = scope({
      assigneeIds: [],
      candidateUnitIds: [unit],
      active: { assigneeId: null, candidateUnitId: unit, candidateRole: null, candidatePositionId: null },
    });
    expect(casesPolicy.read(staff, open)).toBe(true);
    expect(casesPolicy.claim(staff, open)).toBe(true);
    expect(casesPolicy.read(actor('h', [['unit_head', unit]], 'u2'), scope())).toBe(true);
    expect(casesPolicy.read(actor('i', [['iso_officer', unit]], 'u2'), scope())).toBe(true);
    expect(casesPolicy.read(actor('s', [['secretariat', null]], 'u2'), scope())).toBe(true);
    // Leadership reads the cases of the units it covers (the home's overdue figures open them).
    expect(casesPolicy.read(actor('l', [['leadership', unit]]), scope())).toBe(true);
    expect(casesPolicy.read(actor('m', [['steering_member', unit]]), scope())).toBe(false);
    expect(casesPolicy.read({ ...actor('starter', [['secretariat', null]]), agencyId: 'b' }, scope())).toBe(
      false,
    );
  });

  it('lets only the people a step asks for take it: its unit, its role there, its position', () => {
    const waiting = (o: Partial<NonNullable<CaseScope['active']>>) =>
      scope({
        assigneeIds: [],
        candidateUnitIds: ['u2'],
        active: {
          assigneeId: null,
          candidateUnitId: 'u2',
          candidateRole: null,
          candidatePositionId: null,
          ...o,
        },
      });
    const other = actor('o', [['staff', 'u2']], 'u2');
    expect(casesPolicy.claim(other, waiting({}))).toBe(true);
    expect(casesPolicy.claim(actor('mine', [['staff', unit]]), waiting({}))).toBe(false);
    expect(casesPolicy.claim(other, waiting({ candidateRole: 'unit_head' }))).toBe(false);
    expect(
      casesPolicy.claim(actor('h', [['unit_head', 'u2']], 'u2'), waiting({ candidateRole: 'unit_head' })),
    ).toBe(true);
    expect(
      casesPolicy.claim(actor('l', [['leadership', null]], 'u2'), waiting({ candidateRole: 'leadership' })),
    ).toBe(true);
    expect(casesPolicy.claim(other, waiting({ candidatePositionId: 'p1' }))).toBe(false);
    expect(casesPolicy.claim({ ...other, positionId: 'p1' }, waiting({ candidatePositionId: 'p1' }))).toBe(
      true,
    );
  });

  it('lets the assignee complete, managers return and reassign, the head cancel, only while open', () => {
    const doer = actor('doer', [['staff', unit]]);
    const head = actor('h', [['unit_head', unit]]);
    expect(casesPolicy.complete(doer, scope())).toBe(true);
    expect(casesPolicy.complete(head, scope())).toBe(false);
    expect(casesPolicy.returnStep(head, scope())).toBe(true);
    expect(casesPolicy.reassign(doer, scope())).toBe(true);
    expect(casesPolicy.reassign(actor('x', [['staff', unit]]), scope())).toBe(false);
    expect(casesPolicy.cancel(head, scope())).toBe(true);
    expect(casesPolicy.cancel(actor('i', [['iso_officer', unit]]), scope())).toBe(false);
    const closed = scope({ state: 'closed', active: null });
    for (const rule of [
      casesPolicy.complete,
      casesPolicy.returnStep,
      casesPolicy.reassign,
      casesPolicy.cancel,
    ])
      expect(rule(head, closed) || rule(doer, closed)).toBe(false);
    expect(casesPolicy.start(doer, { agencyId: 'a', unitPath: `/${unit}/` })).toBe(true);
    expect(
      casesPolicy.start(actor('l', [['leadership', unit]]), { agencyId: 'a', unitPath: `/${unit}/` }),
    ).toBe(false);
  });
});
