import { newId } from '../../db/ids.ts';
import { risks } from '../../modules/risks/risks.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/risks';

/**
 * Risks and opportunities: the unit's ISO officer and head record, correct and treat their
 * unit's; its staff, and the secretariat, leadership and steering members of the unit (or of
 * the agency) read them; the keepers or the secretariat close with the review of
 * effectiveness. Another unit's risk is a 404 to whoever may not read it.
 */
export const riskEntries = (k: MatrixKit): Entries => {
  const seed = async (t: Target, state: 'open' | 'treating', done = false) => {
    const id = newId();
    const seq = k.next();
    await k
      .db()
      .insert(risks)
      .values({
        id,
        agencyId: k.agencyOf(t),
        kind: 'risk',
        seq,
        code: `RR-${seq}`,
        unitId: k.unitOf(t).id,
        process: 'Quy trình tiếp nhận hồ sơ',
        description: 'Hồ sơ bị thất lạc khi chuyển giữa các bộ phận',
        cause: 'Chưa có sổ giao nhận',
        consequence: 'Trễ hạn giải quyết',
        likelihood: 3,
        impact: 4,
        identifiedOn: '2026-01-05',
        state,
        treatment: state === 'treating' ? 'Lập sổ giao nhận hồ sơ' : null,
        treatmentOwnerId: state === 'treating' ? k.personOf(t) : null,
        treatmentDueOn: state === 'treating' ? '2026-02-05' : null,
        treatmentDoneOn: done ? '2026-02-02' : null,
        treatmentResult: done ? 'Đã lập sổ' : null,
        createdBy: k.personOf(t),
      });
    return id;
  };
  const role = (a: MatrixActor) => a.username.replace('x.unit_', '');
  const unitReaders = ['iso_officer', 'unit_head', 'staff', 'secretariat', 'leadership', 'steering_member'];
  const reads = (a: MatrixActor, t: Target) =>
    t !== 'foreign' && (a.username === 'x.secretariat_all' || (t === 'own' && unitReaders.includes(role(a))));
  const keeps = (a: MatrixActor, t: Target) => t === 'own' && ['iso_officer', 'unit_head'].includes(role(a));
  /** On a risk the actor reads: `may` decides between ok and 403. */
  const actOn =
    (may: (a: MatrixActor, t: Target) => boolean) =>
    (a: MatrixActor, t: Target): Outcome =>
      !reads(a, t) ? 404 : may(a, t) ? 'ok' : 403;
  const assessment = {
    process: 'Quy trình tiếp nhận hồ sơ',
    description: 'Hồ sơ bị thất lạc',
    cause: 'Chưa có sổ giao nhận',
    consequence: 'Trễ hạn',
    likelihood: 2,
    impact: 3,
  };

  return {
    'GET /api/v1/risks': { send: (c) => c.get(base), expect: () => 'ok' },
    // Anyone signed in has their own treatments (none is an empty list).
    // The register as a workbook: anyone signed in gets the rows they may read (perhaps none).
    'GET /api/v1/risks/register.xlsx': { send: (c) => c.get(`${base}/register.xlsx`), expect: () => 'ok' },
    'GET /api/v1/my-work/risks': { send: (c) => c.get('/api/v1/my-work/risks'), expect: () => 'ok' },
    'POST /api/v1/risks': {
      send: (c, t) =>
        c.post(base, { kind: 'risk', unitId: k.unitOf(t).id, identifiedOn: todayInVietnam(), ...assessment }),
      expect: (a, t) => (t === 'foreign' ? 400 : keeps(a, t) ? 'ok' : 403),
    },
    'GET /api/v1/risks/:id': {
      send: async (c, t) => c.get(`${base}/${await seed(t, 'open')}`),
      expect: (a, t) => (reads(a, t) ? 'ok' : 404),
    },
    'PATCH /api/v1/risks/:id': {
      send: async (c, t) => c.patch(`${base}/${await seed(t, 'open')}`, { version: 1, likelihood: 4 }),
      expect: actOn(keeps),
    },
    'POST /api/v1/risks/:id/treatment': {
      send: async (c, t) =>
        c.post(`${base}/${await seed(t, 'open')}/treatment`, {
          version: 1,
          treatment: 'Lập sổ giao nhận hồ sơ',
          ownerPersonId: k.personOf(t),
          dueInWorkingDays: 10,
        }),
      expect: actOn(keeps),
    },
    'POST /api/v1/risks/:id/transitions': {
      send: async (c, t) =>
        c.post(`${base}/${await seed(t, 'treating', true)}/transitions`, {
          action: 'close',
          version: 1,
          effective: true,
          note: 'Không còn hồ sơ thất lạc',
        }),
      expect: actOn(
        (a, t) =>
          keeps(a, t) || a.username === 'x.secretariat_all' || (t === 'own' && role(a) === 'secretariat'),
      ),
    },
  };
};
