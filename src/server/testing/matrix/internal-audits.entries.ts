import { eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import { internalAuditProgrammes } from '../../modules/internal-audits/programme.table.ts';
import {
  internalAuditRoundAudits,
  internalAuditRounds,
  internalAuditTeamMembers,
} from '../../modules/internal-audits/round.table.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/internal-audits';
const eqId = (id: string) => eq(internalAuditProgrammes.id, id);
const eqAudit = (id: string) => eq(internalAuditRoundAudits.id, id);

/**
 * Internal audit: the agency-wide secretariat plans (and reads every programme); leadership
 * approves (no agency-wide leader among the matrix's actors); a round's team reads the round —
 * the seeded rounds have X1's internal auditor as lead; the audited unit's head and ISO officer
 * read their unit's audit once the plan is published; anyone else gets 404.
 */
export const internalAuditEntries = (k: MatrixKit): Entries => {
  const programme = async (t: Target, state = 'draft') => {
    const agencyId = k.agencyOf(t);
    const id = newId();
    await k
      .db()
      .insert(internalAuditProgrammes)
      .values({
        id,
        agencyId,
        year: 3000 + k.next(),
        title: 'Chương trình',
        state,
        createdBy: k.personOf(t),
      });
    return id;
  };
  const round = async (t: Target, state = 'planned') => {
    const agencyId = k.agencyOf(t);
    const programmeId = await programme(t, 'approved');
    const id = newId();
    const lead = t === 'foreign' ? k.personOf(t) : k.fixture().roleHolders.internal_auditor;
    await k
      .db()
      .insert(internalAuditRounds)
      .values({
        id,
        agencyId,
        programmeId,
        number: 1,
        title: 'Đợt 1',
        plannedMonth: 11,
        scopeUnitIds: [k.unitOf(t).id],
        state,
        leadAuditorId: lead,
        createdBy: k.personOf(t),
      });
    await k
      .db()
      .insert(internalAuditTeamMembers)
      .values({ id: newId(), agencyId, roundId: id, personId: lead, role: 'lead' });
    const auditId = newId();
    await k
      .db()
      .insert(internalAuditRoundAudits)
      .values({ id: auditId, agencyId, roundId: id, unitId: k.unitOf(t).id });
    return { id, programmeId, auditId };
  };
  const planner = (a: MatrixActor) => a.username === 'x.secretariat_all';
  const lead = (a: MatrixActor) => a.username === 'x.unit_internal_auditor';
  /** Only the planner reads programmes. */
  const onProgramme = (a: MatrixActor, t: Target): Outcome => (t !== 'foreign' && planner(a) ? 'ok' : 404);
  const readsRound = (a: MatrixActor, t: Target) => t !== 'foreign' && (planner(a) || lead(a));
  const planRound = (a: MatrixActor, t: Target): Outcome =>
    !readsRound(a, t) ? 404 : planner(a) ? 'ok' : 403;
  const auditee = (a: MatrixActor, t: Target) =>
    t === 'own' && ['x.unit_unit_head', 'x.unit_iso_officer'].includes(a.username);
  const readsPublishedAudit = (a: MatrixActor, t: Target) => readsRound(a, t) || auditee(a, t);

  return {
    [`GET ${base}/programmes`]: { send: (c) => c.get(`${base}/programmes`), expect: () => 'ok' },
    [`POST ${base}/programmes`]: {
      send: (c) => c.post(`${base}/programmes`, { year: 2000 + (k.next() % 90) }),
      expect: (a) => (planner(a) ? 'ok' : 403),
    },
    [`GET ${base}/programmes/:id`]: {
      send: async (c, t) => c.get(`${base}/programmes/${await programme(t)}`),
      expect: onProgramme,
    },
    [`PATCH ${base}/programmes/:id`]: {
      send: async (c, t) =>
        c.patch(`${base}/programmes/${await programme(t)}`, { version: 1, objectives: 'Mục tiêu' }),
      expect: onProgramme,
    },
    [`POST ${base}/programmes/:id/transitions`]: {
      send: async (c, t) => {
        const { programmeId } = await round(t);
        await k.db().update(internalAuditProgrammes).set({ state: 'draft' }).where(eqId(programmeId));
        return c.post(`${base}/programmes/${programmeId}/transitions`, { action: 'submit', version: 1 });
      },
      expect: onProgramme,
    },
    [`GET ${base}/programmes/:id/coverage`]: {
      send: async (c, t) => c.get(`${base}/programmes/${await programme(t)}/coverage`),
      expect: onProgramme,
    },
    [`GET ${base}/programmes/:id/risk`]: {
      send: async (c, t) => c.get(`${base}/programmes/${await programme(t)}/risk`),
      expect: onProgramme,
    },
    [`POST ${base}/programmes/:id/rounds`]: {
      send: async (c, t) =>
        c.post(`${base}/programmes/${await programme(t)}/rounds`, {
          title: 'Đợt mới',
          plannedMonth: 6,
          scopeUnitIds: [k.unitOf(t).id],
        }),
      expect: onProgramme,
    },
    [`PATCH ${base}/rounds/:id`]: {
      send: async (c, t) => {
        const { id, programmeId } = await round(t);
        await k.db().update(internalAuditProgrammes).set({ state: 'draft' }).where(eqId(programmeId));
        return c.patch(`${base}/rounds/${id}`, { version: 1, title: 'Đợt sửa' });
      },
      expect: planRound,
    },
    [`DELETE ${base}/rounds/:id`]: {
      send: async (c, t) => {
        const { id, programmeId } = await round(t);
        await k.db().update(internalAuditProgrammes).set({ state: 'draft' }).where(eqId(programmeId));
        return c.delete(`${base}/rounds/${id}?version=1`);
      },
      expect: planRound,
    },
    [`GET ${base}/rounds/:id`]: {
      send: async (c, t) => c.get(`${base}/rounds/${(await round(t)).id}`),
      expect: (a, t) => (readsRound(a, t) ? 'ok' : 404),
    },
    [`PUT ${base}/rounds/:id/team`]: {
      send: async (c, t) =>
        c.put(`${base}/rounds/${(await round(t)).id}/team`, {
          version: 1,
          leadAuditorId: k.fixture().roleHolders.internal_auditor,
        }),
      expect: planRound,
    },
    [`POST ${base}/rounds/:id/audits`]: {
      send: async (c, t) => {
        const { id, auditId } = await round(t);
        await k.db().delete(internalAuditRoundAudits).where(eqAudit(auditId));
        return c.post(`${base}/rounds/${id}/audits`, { unitId: k.unitOf(t).id, place: 'Phòng họp' });
      },
      expect: planRound,
    },
    [`POST ${base}/rounds/:id/propose-cross-assignment`]: {
      send: async (c, t) =>
        c.post(`${base}/rounds/${(await round(t)).id}/propose-cross-assignment`, { version: 1 }),
      expect: planRound,
    },
    [`POST ${base}/rounds/:id/transitions`]: {
      send: async (c, t) =>
        c.post(`${base}/rounds/${(await round(t, 'plan_published')).id}/transitions`, {
          action: 'start',
          version: 1,
        }),
      expect: (a, t) => (!readsRound(a, t) ? 404 : lead(a) ? 'ok' : 403),
    },
    [`GET ${base}/round-audits/:id`]: {
      send: async (c, t) => c.get(`${base}/round-audits/${(await round(t, 'plan_published')).auditId}`),
      expect: (a, t) => (readsPublishedAudit(a, t) ? 'ok' : 404),
    },
    [`PATCH ${base}/round-audits/:id`]: {
      send: async (c, t) =>
        c.patch(`${base}/round-audits/${(await round(t, 'plan_published')).auditId}`, {
          version: 1,
          place: 'Phòng họp 2',
        }),
      expect: (a, t) => (!readsPublishedAudit(a, t) ? 404 : planner(a) ? 'ok' : 403),
    },
    [`DELETE ${base}/round-audits/:id`]: {
      send: async (c, t) => c.delete(`${base}/round-audits/${(await round(t)).auditId}?version=1`),
      expect: planRound,
    },
    [`GET ${base}/auditors`]: {
      send: (c) => c.get(`${base}/auditors`),
      expect: (a) => (planner(a) ? 'ok' : 403),
    },
    [`GET ${base}/schedule`]: { send: (c) => c.get(`${base}/schedule`), expect: () => 'ok' },
    [`GET ${base}/settings`]: {
      send: (c) => c.get(`${base}/settings`),
      expect: (a) => (planner(a) ? 'ok' : 403),
    },
    [`PUT ${base}/settings`]: {
      send: async (c) => {
        const current = await c.get(`${base}/settings`);
        return c.put(`${base}/settings`, { version: current.body?.version ?? 0, noticeWorkingDays: 5 });
      },
      expect: (a) => (planner(a) ? 'ok' : 403),
    },
  };
};
