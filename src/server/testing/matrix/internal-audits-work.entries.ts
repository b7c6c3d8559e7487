import { eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import { workCases } from '../../modules/cases/cases.table.ts';
import {
  internalAuditChecklistItems,
  internalAuditQuestions,
} from '../../modules/internal-audits/checklist.table.ts';
import { internalAuditFindings } from '../../modules/internal-audits/finding.table.ts';
import { internalAuditProgrammes } from '../../modules/internal-audits/programme.table.ts';
import { internalAuditReports } from '../../modules/internal-audits/report.table.ts';
import {
  internalAuditRoundAudits,
  internalAuditRounds,
  internalAuditTeamMembers,
} from '../../modules/internal-audits/round.table.ts';
import { internalAuditSamples } from '../../modules/internal-audits/sample.table.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/internal-audits';

/**
 * Internal audit, the second half (checklists, samples, findings, report). Each target's
 * round audits the target's unit with X1's internal auditor as lead and auditor; the
 * agency-wide secretariat reads everything; the audited unit's head and ISO officer (X1's,
 * so only for "own") read their unit's audit and answer its findings; anyone else: 404.
 * (Beside internal-audits.entries.ts, the planning half's rows, so the two halves merge
 * without touching each other's file.)
 */
export const internalAuditWorkEntries = (k: MatrixKit): Entries => {
  const roundAudit = async (t: Target, roundState = 'plan_published', auditState = 'planned') => {
    const agencyId = k.agencyOf(t);
    const programmeId = newId();
    const creator = k.personOf(t);
    await k
      .db()
      .insert(internalAuditProgrammes)
      .values({
        id: programmeId,
        agencyId,
        year: 100_000 + k.next(),
        title: 'Chương trình',
        state: 'approved',
        createdBy: creator,
      });
    const roundId = newId();
    const lead = t === 'foreign' ? creator : k.fixture().roleHolders.internal_auditor;
    await k
      .db()
      .insert(internalAuditRounds)
      .values({
        id: roundId,
        agencyId,
        programmeId,
        number: 1,
        title: 'Đợt 1',
        plannedMonth: 11,
        scopeUnitIds: [k.unitOf(t).id],
        state: roundState,
        leadAuditorId: lead,
        createdBy: creator,
      });
    await k
      .db()
      .insert(internalAuditTeamMembers)
      .values({ id: newId(), agencyId, roundId, personId: lead, role: 'lead' });
    const auditId = newId();
    await k
      .db()
      .insert(internalAuditRoundAudits)
      .values({
        id: auditId,
        agencyId,
        roundId,
        unitId: k.unitOf(t).id,
        auditDate: '2018-11-07',
        auditorIds: [lead],
        state: auditState,
      });
    return { programmeId, roundId, auditId, agencyId };
  };
  const item = async (t: Target, roundState = 'plan_published', auditState = 'planned') => {
    const ra = await roundAudit(t, roundState, auditState);
    const id = newId();
    await k.db().insert(internalAuditChecklistItems).values({
      id,
      agencyId: ra.agencyId,
      roundAuditId: ra.auditId,
      source: 'manual',
      question: 'Câu hỏi',
      position: 1,
    });
    return { ...ra, itemId: id };
  };

  /** A unit audit of a (stand-in) procedure with one case of it in 2018, and one sample of it. */
  const withCase = async (t: Target) => {
    const ra = await roundAudit(t);
    const procedureId = newId();
    await k
      .db()
      .update(internalAuditRoundAudits)
      .set({ procedureIds: [procedureId] })
      .where(eq(internalAuditRoundAudits.id, ra.auditId));
    const caseId = newId();
    await k
      .db()
      .insert(workCases)
      .values({
        id: caseId,
        agencyId: ra.agencyId,
        code: k.unique('IA-'),
        title: 'Công việc được lấy mẫu',
        unitId: k.unitOf(t).id,
        procedureDocumentId: procedureId,
        procedureVersionId: newId(),
        startedBy: k.personOf(t),
        startDate: '2018-03-01',
      });
    return { ...ra, procedureId, caseId };
  };
  const sample = async (t: Target) => {
    const ra = await withCase(t);
    const sampleId = newId();
    await k.db().insert(internalAuditSamples).values({
      id: sampleId,
      agencyId: ra.agencyId,
      roundAuditId: ra.auditId,
      procedureDocumentId: ra.procedureId,
      kind: 'case',
      itemId: ra.caseId,
      itemLabel: 'IA — Công việc',
      chosenBy: 'auditor',
      chosenByPersonId: k.fixture().roleHolders.internal_auditor,
      accessFrom: '2018-11-07',
      accessTo: '2018-11-07',
    });
    return { ...ra, sampleId };
  };
  /** A minor finding of a running round at the target's unit. */
  const finding = async (t: Target) => {
    const ra = await roundAudit(t, 'in_progress', 'in_progress');
    const id = newId();
    await k
      .db()
      .insert(internalAuditFindings)
      .values({
        id,
        agencyId: ra.agencyId,
        roundId: ra.roundId,
        roundAuditId: ra.auditId,
        seq: 1,
        kind: 'minor',
        unitId: k.unitOf(t).id,
        description: 'Hồ sơ không được lập khi bắt đầu công việc',
        createdBy: k.personOf(t),
      });
    return { ...ra, findingId: id };
  };
  const planner = (a: MatrixActor) => a.username === 'x.secretariat_all';
  const auditor = (a: MatrixActor) => a.username === 'x.unit_internal_auditor';
  const auditee = (a: MatrixActor, t: Target) =>
    t === 'own' && ['x.unit_unit_head', 'x.unit_iso_officer'].includes(a.username);
  /** Reads the unit's audit: planners, the team, the audited unit's head and ISO officer. */
  const reads = (a: MatrixActor, t: Target) => t !== 'foreign' && (planner(a) || auditor(a) || auditee(a, t));
  const readOnly = (a: MatrixActor, t: Target): Outcome => (reads(a, t) ? 'ok' : 404);
  /** Written by the unit audit's auditors. */
  const byAuditor = (a: MatrixActor, t: Target): Outcome => (!reads(a, t) ? 404 : auditor(a) ? 'ok' : 403);
  /** The round (not one unit's audit): planners and the team only. */
  const readsRound = (a: MatrixActor, t: Target): Outcome =>
    t !== 'foreign' && (planner(a) || auditor(a)) ? 'ok' : 404;
  /** The round's lead auditor (X1's internal auditor). */
  const byLead = (a: MatrixActor, t: Target): Outcome =>
    t === 'foreign' || !(planner(a) || auditor(a)) ? 404 : auditor(a) ? 'ok' : 403;
  const readsBank = (a: MatrixActor) => planner(a) || auditor(a);
  const checklist = (id: string) => `${base}/round-audits/${id}/checklist`;

  return {
    [`GET ${base}/round-audits/:id/checklist`]: {
      send: async (c, t) => c.get(checklist((await roundAudit(t)).auditId)),
      expect: readOnly,
    },
    [`POST ${base}/round-audits/:id/checklist/generate`]: {
      send: async (c, t) => c.post(`${checklist((await roundAudit(t)).auditId)}/generate`, {}),
      expect: byAuditor,
    },
    [`POST ${base}/round-audits/:id/checklist/items`]: {
      send: async (c, t) =>
        c.post(`${checklist((await roundAudit(t)).auditId)}/items`, { question: 'Câu hỏi thêm' }),
      expect: byAuditor,
    },
    [`PUT ${base}/round-audits/:id/checklist/order`]: {
      send: async (c, t) => {
        const i = await item(t);
        return c.put(`${checklist(i.auditId)}/order`, { ids: [i.itemId] });
      },
      expect: byAuditor,
    },
    [`PATCH ${base}/round-audits/:id/checklist/items/:itemId`]: {
      send: async (c, t) => {
        const i = await item(t);
        return c.patch(`${checklist(i.auditId)}/items/${i.itemId}`, { version: 1, question: 'Câu hỏi sửa' });
      },
      expect: byAuditor,
    },
    [`POST ${base}/round-audits/:id/checklist/items/:itemId/answer`]: {
      send: async (c, t) => {
        const i = await item(t, 'in_progress', 'in_progress');
        return c.post(`${checklist(i.auditId)}/items/${i.itemId}/answer`, { version: 1, answer: 'conform' });
      },
      expect: byAuditor,
    },
    [`DELETE ${base}/round-audits/:id/checklist/items/:itemId`]: {
      send: async (c, t) => {
        const i = await item(t);
        return c.delete(`${checklist(i.auditId)}/items/${i.itemId}?version=1`);
      },
      expect: byAuditor,
    },
    [`GET ${base}/round-audits/:id/samples`]: {
      send: async (c, t) => c.get(`${base}/round-audits/${(await roundAudit(t)).auditId}/samples`),
      expect: readOnly,
    },
    [`GET ${base}/round-audits/:id/sample-candidates`]: {
      send: async (c, t) => {
        const ra = await withCase(t);
        return c.get(
          `${base}/round-audits/${ra.auditId}/sample-candidates?procedureDocumentId=${ra.procedureId}&kind=case&from=2018-01-01&to=2018-12-31`,
        );
      },
      expect: byAuditor,
    },
    [`POST ${base}/round-audits/:id/samples`]: {
      send: async (c, t) => {
        const ra = await withCase(t);
        return c.post(`${base}/round-audits/${ra.auditId}/samples`, {
          procedureDocumentId: ra.procedureId,
          kind: 'case',
          choice: 'random',
          count: 1,
          from: '2018-01-01',
          to: '2018-12-31',
        });
      },
      expect: byAuditor,
    },
    [`PATCH ${base}/round-audits/:id/samples/:sampleId`]: {
      send: async (c, t) => {
        const s = await sample(t);
        return c.patch(`${base}/round-audits/${s.auditId}/samples/${s.sampleId}`, {
          version: 1,
          seen: 'Đã xem',
        });
      },
      expect: byAuditor,
    },
    [`DELETE ${base}/round-audits/:id/samples/:sampleId`]: {
      send: async (c, t) => {
        const s = await sample(t);
        return c.delete(`${base}/round-audits/${s.auditId}/samples/${s.sampleId}?version=1`);
      },
      expect: byAuditor,
    },
    [`GET ${base}/round-audits/:id/findings`]: {
      send: async (c, t) => c.get(`${base}/round-audits/${(await roundAudit(t)).auditId}/findings`),
      expect: readOnly,
    },
    [`POST ${base}/round-audits/:id/findings`]: {
      send: async (c, t) =>
        c.post(
          `${base}/round-audits/${(await roundAudit(t, 'in_progress', 'in_progress')).auditId}/findings`,
          {
            kind: 'observation',
            description: 'Nên niêm yết quy trình tại bộ phận một cửa',
          },
        ),
      expect: byAuditor,
    },
    [`GET ${base}/findings/:id`]: {
      send: async (c, t) => c.get(`${base}/findings/${(await finding(t)).findingId}`),
      expect: readOnly,
    },
    [`PATCH ${base}/findings/:id`]: {
      send: async (c, t) =>
        c.patch(`${base}/findings/${(await finding(t)).findingId}`, { version: 1, clause: '7.5.3' }),
      expect: byAuditor,
    },
    [`POST ${base}/findings/:id/respond`]: {
      send: async (c, t) =>
        c.post(`${base}/findings/${(await finding(t)).findingId}/respond`, {
          version: 1,
          response: 'acknowledged',
        }),
      expect: (a, t) => (!reads(a, t) ? 404 : auditee(a, t) ? 'ok' : 403),
    },
    [`POST ${base}/findings/:id/hand-over`]: {
      send: async (c, t) =>
        c.post(`${base}/findings/${(await finding(t)).findingId}/hand-over`, { version: 1 }),
      expect: byAuditor,
    },
    [`POST ${base}/findings/:id/close`]: {
      send: async (c, t) => c.post(`${base}/findings/${(await finding(t)).findingId}/close`, { version: 1 }),
      expect: byAuditor,
    },
    [`GET ${base}/unit-findings`]: { send: (c) => c.get(`${base}/unit-findings`), expect: () => 'ok' },
    [`GET ${base}/my-audits`]: { send: (c) => c.get(`${base}/my-audits`), expect: () => 'ok' },
    [`GET ${base}/rounds/:id/report`]: {
      send: async (c, t) =>
        c.get(`${base}/rounds/${(await roundAudit(t, 'reporting', 'done')).roundId}/report`),
      expect: readsRound,
    },
    [`PUT ${base}/rounds/:id/report`]: {
      send: async (c, t) =>
        c.put(`${base}/rounds/${(await roundAudit(t, 'reporting', 'done')).roundId}/report`, {
          version: 0,
          summary: 'Kết luận',
        }),
      expect: byLead,
    },
    [`POST ${base}/rounds/:id/report/transitions`]: {
      send: async (c, t) => {
        const ra = await roundAudit(t, 'reporting', 'done');
        await k
          .db()
          .insert(internalAuditReports)
          .values({ id: newId(), agencyId: ra.agencyId, roundId: ra.roundId, createdBy: k.personOf(t) });
        return c.post(`${base}/rounds/${ra.roundId}/report/transitions`, { action: 'submit', version: 1 });
      },
      expect: byLead,
    },
    [`GET ${base}/rounds/:id/report.docx`]: {
      send: async (c, t) =>
        c.get(`${base}/rounds/${(await roundAudit(t, 'reporting', 'done')).roundId}/report.docx`),
      expect: readsRound,
    },
    [`GET ${base}/rounds/:id/report.pdf`]: {
      send: async (c, t) =>
        c.get(`${base}/rounds/${(await roundAudit(t, 'reporting', 'done')).roundId}/report.pdf`),
      expect: readsRound,
    },
    [`GET ${base}/rounds/:id/report.xlsx`]: {
      send: async (c, t) =>
        c.get(`${base}/rounds/${(await roundAudit(t, 'reporting', 'done')).roundId}/report.xlsx`),
      expect: readsRound,
    },
    [`GET ${base}/questions`]: {
      send: (c) => c.get(`${base}/questions`),
      expect: (a) => (readsBank(a) ? 'ok' : 403),
    },
    [`POST ${base}/questions`]: {
      send: (c) => c.post(`${base}/questions`, { clause: '7.1.6', question: 'Câu hỏi mới' }),
      expect: (a) => (planner(a) ? 'ok' : 403),
    },
    [`PATCH ${base}/questions/:id`]: {
      send: async (c, t) => {
        const id = newId();
        await k
          .db()
          .insert(internalAuditQuestions)
          .values({ id, agencyId: k.agencyOf(t), clause: '4.1', question: 'Câu hỏi', position: 99 });
        return c.patch(`${base}/questions/${id}`, { version: 1, active: false });
      },
      expect: (a, t) => (t === 'foreign' || !readsBank(a) ? 404 : planner(a) ? 'ok' : 403),
    },
  };
};
