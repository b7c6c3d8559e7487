import { seedCase, seedProcedure } from '../../modules/cases/cases.fixture.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

/**
 * Work cases. Staff see the cases they take part in; heads and ISO officers of the unit,
 * the secretariat and leadership, all of the unit's (leadership reads only); other agencies' cases do not exist. Starting a
 * case needs a working role (staff, ISO officer, head) in the unit.
 */
export const caseEntries = (k: MatrixKit): Entries => {
  let started = 0;
  const procedures = new Map<string, Promise<{ documentId: string; versionId: string }>>();
  const procedureOf = (agencyId: string, unitId: string) => {
    if (!procedures.has(agencyId))
      procedures.set(agencyId, seedProcedure(k.db(), { agencyId, unitId, personId: k.fixture().xAdmin }));
    return procedures.get(agencyId)!;
  };
  /** A case of the target's unit started by a person nobody signs in as. */
  const caseIn = async (
    t: Target,
    o: { assignee?: 'staff' | 'target' | null; atSecondStep?: boolean } = {},
  ) => {
    const unitId = k.unitOf(t).id;
    const agencyId = k.agencyOf(t);
    const assigneeId =
      o.assignee === null
        ? null
        : o.assignee === 'staff' && t === 'own'
          ? k.fixture().roleHolders.staff
          : k.personOf(t);
    const row = await seedCase(k.db(), {
      agencyId,
      unitId,
      startedBy: k.personOf(t),
      procedure: await procedureOf(agencyId, unitId),
      assigneeId,
      atSecondStep: o.atSecondStep,
    });
    return row;
  };
  const xProcedure = () => procedureOf(k.fixture().agencyX, k.fixture().units.x1.id);

  const role = (a: MatrixActor) => a.username.replace('x.unit_', '');
  /** Runs the unit's cases (return, reassign): its head and ISO officer. */
  const manager = (a: MatrixActor) => ['unit_head', 'iso_officer'].includes(role(a));
  /** Reads a case it does not take part in: the unit's head or ISO officer, the secretariat, leadership. */
  const wholeUnitReader = (a: MatrixActor) =>
    ['unit_head', 'iso_officer', 'secretariat', 'leadership'].includes(role(a));
  const reads = (a: MatrixActor, t: Target) =>
    t !== 'foreign' &&
    (a.username === 'x.secretariat_all' ||
      a.username === 'x.leadership_all' ||
      (t === 'own' && wholeUnitReader(a)));
  const readOutcome = (a: MatrixActor, t: Target): Outcome => (reads(a, t) ? 'ok' : 404);
  /** Cases assigned to x.unit_staff in X1: the assignee also reads them. */
  const readsAssigned = (a: MatrixActor, t: Target) => reads(a, t) || (t === 'own' && role(a) === 'staff');
  const starts = (a: MatrixActor, t: Target): Outcome =>
    t === 'foreign'
      ? 404
      : t === 'own' && ['staff', 'iso_officer', 'unit_head'].includes(role(a))
        ? 'ok'
        : 403;

  return {
    'GET /api/v1/cases': { send: (c) => c.get('/api/v1/cases?scope=unit'), expect: () => 'ok' },
    'GET /api/v1/my-work/case-steps': {
      send: (c) => c.get('/api/v1/my-work/case-steps'),
      expect: () => 'ok',
    },
    'GET /api/v1/cases/start-options': {
      send: async (c, t) =>
        c.get(
          `/api/v1/cases/start-options?procedureDocumentId=${(await xProcedure()).documentId}&unitId=${k.unitOf(t).id}`,
        ),
      expect: starts,
    },
    'POST /api/v1/cases': {
      send: async (c, t) =>
        c.post('/api/v1/cases', {
          procedureDocumentId: (await xProcedure()).documentId,
          title: `Hồ sơ ma trận ${++started}`,
          unitId: k.unitOf(t).id,
        }),
      expect: starts,
    },
    'GET /api/v1/cases/:id': {
      send: async (c, t) => c.get(`/api/v1/cases/${(await caseIn(t)).id}`),
      expect: readOutcome,
    },
    'POST /api/v1/cases/:id/claim': {
      // Unassigned: everyone of the case's unit may claim it (all matrix actors sit in X1).
      send: async (c, t) => {
        const row = await caseIn(t, { assignee: null });
        return c.post(`/api/v1/cases/${row.id}/claim`, { version: row.version });
      },
      expect: (a, t) => (t === 'own' ? 'ok' : reads(a, t) ? 403 : 404),
    },
    'POST /api/v1/cases/:id/complete': {
      send: async (c, t) => {
        const row = await caseIn(t, { assignee: 'staff' });
        return c.post(`/api/v1/cases/${row.id}/complete`, { version: row.version, output: 'Xong' });
      },
      expect: (a, t) => (!readsAssigned(a, t) ? 404 : t === 'own' && role(a) === 'staff' ? 'ok' : 403),
    },
    'POST /api/v1/cases/:id/return': {
      send: async (c, t) => {
        const row = await caseIn(t, { assignee: 'staff', atSecondStep: true });
        return c.post(`/api/v1/cases/${row.id}/return`, {
          version: row.version,
          toStepId: 'B1',
          reason: 'Làm lại',
        });
      },
      expect: (a, t) =>
        !readsAssigned(a, t) ? 404 : t === 'own' && (role(a) === 'staff' || manager(a)) ? 'ok' : 403,
    },
    'POST /api/v1/cases/:id/reassign': {
      send: async (c, t) => {
        const row = await caseIn(t, { assignee: 'staff' });
        return c.post(`/api/v1/cases/${row.id}/reassign`, {
          version: row.version,
          assigneeId: k.fixture().targets.own,
        });
      },
      expect: (a, t) =>
        !readsAssigned(a, t) ? 404 : t === 'own' && (role(a) === 'staff' || manager(a)) ? 'ok' : 403,
    },
    'POST /api/v1/cases/:id/cancel': {
      send: async (c, t) => {
        const row = await caseIn(t);
        return c.post(`/api/v1/cases/${row.id}/cancel`, { version: row.version, reason: 'Hủy' });
      },
      expect: (a, t) => (!reads(a, t) ? 404 : t === 'own' && role(a) === 'unit_head' ? 'ok' : 403),
    },
  };
};
