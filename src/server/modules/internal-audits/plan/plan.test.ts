import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../platform/notifications/notifications.table.ts';
import { addDays, todayInVietnam } from '../../../platform/time.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import {
  addRound,
  approveProgramme,
  base,
  draftProgramme,
  roundOf,
  seedAuditWorld,
  setTeam,
} from '../internal-audits.testing.ts';
import { internalAuditRoundAudits } from '../round.table.ts';
import { sendAuditNotices } from './notice.ts';

const ctx = setupTestApp();
let world: Awaited<ReturnType<typeof seedAuditWorld>>;
let secretariat: Client;
let leadership: Client;
beforeAll(async () => {
  world = await seedAuditWorld(ctx);
  secretariat = await ctx.as('x.secretariat_all');
  leadership = await ctx.as('x.leadership_all');
});

const audits = async () =>
  (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(internalAuditRoundAudits))[0].n;

/** A round of X1, X1A and X2 with the three auditors on its team, X1's auditor leading. */
async function plannedRound(year?: number, extra: Record<string, unknown> = {}) {
  const programme = await draftProgramme(secretariat, year);
  const { x1, x1a, x2 } = ctx.fixture.units;
  const round = await addRound(secretariat, programme.id, {
    scopeUnitIds: [x1.id, x1a.id, x2.id],
    scopeProcedureIds: [world.procedures.p, world.procedures.q, world.procedures.r],
    ...extra,
  });
  await setTeam(secretariat, round.id, world.auditors.x1, [world.auditors.x1a, world.auditors.x2]);
  return { programme, round };
}

const schedule = (roundId: string, body: Record<string, unknown>) =>
  secretariat.post(`${base}/rounds/${roundId}/audits`, body);

describe('the audit plan: independence enforced on the server', () => {
  it('refuses an auditor of the audited unit, of a unit above or below it, with the reason', async () => {
    const { round } = await plannedRound();
    const before = await audits();
    const own = await schedule(round.id, {
      unitId: ctx.fixture.units.x1.id,
      auditorIds: [world.auditors.x1],
    });
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('internal_audit.not_independent');
    expect(own.body.error.details[0].path).toBe('auditorIds');
    expect(own.body.error.details[0].message).toContain('Người thử x.unit_internal_auditor thuộc Vụ Một');
    const below = await schedule(round.id, {
      unitId: ctx.fixture.units.x1.id,
      auditorIds: [world.auditors.x1a],
    });
    expect(below.status).toBe(409);
    expect(below.body.error.details[0].message).toContain('Phòng Một A (trực thuộc Vụ Một)');
    const above = await schedule(round.id, {
      unitId: ctx.fixture.units.x1a.id,
      auditorIds: [world.auditors.x1],
    });
    expect(above.status).toBe(409);
    expect(above.body.error.details[0].message).toContain('Phòng Một A trực thuộc Vụ Một');
    expect(await audits()).toBe(before);
  });

  it('refuses an auditor who drafted or approved an audited procedure in force, and allows them elsewhere', async () => {
    const { round } = await plannedRound();
    const x1 = ctx.fixture.units.x1.id;
    const drafted = await schedule(round.id, {
      unitId: x1,
      auditorIds: [world.auditors.x2],
      procedureIds: [world.procedures.p],
    });
    expect(drafted.status).toBe(409);
    expect(drafted.body.error.details[0].message).toMatch(
      /đã soạn thảo quy trình QT-TEST-\d+ trong lần ban hành hiện hành/,
    );
    const approved = await schedule(round.id, {
      unitId: x1,
      auditorIds: [world.auditors.x2],
      procedureIds: [world.procedures.q],
    });
    expect(approved.status).toBe(409);
    expect(approved.body.error.details[0].message).toContain('đã phê duyệt quy trình');
    // The same auditor audits X1 on another procedure, and X1's auditor audits X2.
    const allowed = await schedule(round.id, {
      unitId: x1,
      auditorIds: [world.auditors.x2],
      procedureIds: [world.procedures.r],
      auditDate: `${(await roundOf(secretariat, round.id)).programmeYear}-11-07`,
      startTime: '08:00',
      endTime: '11:30',
      place: 'Phòng họp tầng 3',
      auditeeRepresentatives: [{ name: 'Nguyễn Văn A', title: 'Phó Vụ trưởng' }],
    });
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201);
    expect(allowed.body).toMatchObject({ auditors: [{ id: world.auditors.x2 }], startTime: '08:00' });
    const other = await schedule(round.id, {
      unitId: ctx.fixture.units.x2.id,
      auditorIds: [world.auditors.x1],
    });
    expect(other.status).toBe(201);
    // A change to the procedures is checked too, and changes nothing when refused.
    const edit = await secretariat.patch(`${base}/round-audits/${allowed.body.id}`, {
      version: allowed.body.version,
      procedureIds: [world.procedures.r, world.procedures.q],
    });
    expect(edit.status).toBe(409);
    expect((await secretariat.get(`${base}/round-audits/${allowed.body.id}`)).body.procedures).toHaveLength(
      1,
    );
  });

  it('refuses bad schedule inputs with a 4xx naming the field, and changes nothing', async () => {
    const { round, programme } = await plannedRound();
    const before = await audits();
    const x2 = ctx.fixture.units.x2.id;
    const cases: Array<[Record<string, unknown>, string, number]> = [
      [{ unitId: ctx.fixture.units.y1.id }, 'unitId', 400],
      [{ unitId: x2, auditDate: `${programme.year + 1}-01-05` }, 'auditDate', 400],
      [{ unitId: x2, startTime: '10:00', endTime: '09:00' }, 'endTime', 400],
      [{ unitId: x2, startTime: '25:00' }, 'startTime', 400],
      [{ unitId: x2, auditorIds: [ctx.fixture.x2Staff, ctx.fixture.roleHolders.staff] }, 'auditorIds', 400],
      [{ unitId: x2, procedureIds: [ctx.fixture.units.x1.id] }, 'scopeProcedureIds', 400],
      [{ unitId: x2, auditeeRepresentatives: [{ name: '' }] }, 'auditeeRepresentatives.0.name', 400],
    ];
    for (const [body, field, status] of cases) {
      const res = await schedule(round.id, body);
      expect(res.status, field).toBe(status);
      expect(
        res.body.error.details.map((d: { path: string }) => d.path),
        field,
      ).toContain(field);
    }
    const notAuditor = await secretariat.put(`${base}/rounds/${round.id}/team`, {
      version: (await roundOf(secretariat, round.id)).version,
      leadAuditorId: ctx.fixture.roleHolders.staff,
    });
    expect(notAuditor.status).toBe(400);
    expect(notAuditor.body.error.details[0].path).toBe('leadAuditorId');
    expect(await audits()).toBe(before);
    expect((await roundOf(secretariat, round.id)).lead.id).toBe(world.auditors.x1);
  });
});

describe('proposed cross-assignment', () => {
  it('covers every unit of the scope with auditors of other units, balancing the load', async () => {
    // Only R in scope (of X2; nobody here wrote it): P and Q would bar X2's auditor from X1.
    const { round } = await plannedRound(undefined, { scopeProcedureIds: [world.procedures.r] });
    const proposal = await secretariat.post(`${base}/rounds/${round.id}/propose-cross-assignment`, {
      version: (await roundOf(secretariat, round.id)).version,
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body.uncovered).toEqual([]);
    const by = new Map(
      proposal.body.assignments.map((a: { unit: { id: string }; auditors: Array<{ id: string }> }) => [
        a.unit.id,
        a.auditors.map((p) => p.id),
      ]),
    );
    const { x1, x1a, x2 } = ctx.fixture.units;
    expect(by.size).toBe(3);
    // X1 and X1A only by X2's auditor; X2 by X1's auditor, the least loaded of the other two.
    expect(by.get(x1.id)).toEqual([world.auditors.x2]);
    expect(by.get(x1a.id)).toEqual([world.auditors.x2]);
    expect(by.get(x2.id)).toEqual([world.auditors.x1]);
    // The round's page shows the schedule the proposal wrote, and the secretariat edits it.
    const view = await roundOf(secretariat, round.id);
    expect(view.audits).toHaveLength(3);
    const x2Audit = view.audits.find((a: { unit: { id: string } }) => a.unit.id === x2.id);
    expect(x2Audit.procedures.map((p: { id: string }) => p.id)).toEqual([world.procedures.r]);
  });

  it('lists a unit no team member may audit instead of breaking independence', async () => {
    const { round } = await plannedRound();
    await setTeam(secretariat, round.id, world.auditors.x1, [world.auditors.x1a]);
    const proposal = await secretariat.post(`${base}/rounds/${round.id}/propose-cross-assignment`, {
      version: (await roundOf(secretariat, round.id)).version,
    });
    expect(proposal.status).toBe(200);
    const uncovered = proposal.body.uncovered.map((u: { unit: { id: string } }) => u.unit.id).sort();
    expect(uncovered).toEqual([ctx.fixture.units.x1.id, ctx.fixture.units.x1a.id].sort());
    expect(proposal.body.uncovered[0].reason.vi).toContain('độc lập');
    const stale = await secretariat.post(`${base}/rounds/${round.id}/propose-cross-assignment`, {
      version: 1,
    });
    expect(stale.status).toBe(409);
  });
});

describe('publishing the plan and telling the audited units', () => {
  it('publishes only a complete plan of an approved programme, then notifies each unit once, N working days ahead', async () => {
    const auditDate = addDays(todayInVietnam(), 1);
    const year = Number(auditDate.slice(0, 4));
    const { programme, round } = await plannedRound(year, {
      scopeUnitIds: [ctx.fixture.units.x2.id],
      scopeProcedureIds: [],
    });
    const publish = async () =>
      secretariat.post(`${base}/rounds/${round.id}/transitions`, {
        action: 'publish_plan',
        version: (await roundOf(secretariat, round.id)).version,
      });
    const early = await publish();
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('internal_audit.plan_incomplete');
    await approveProgramme(secretariat, leadership, programme.id);
    const incomplete = await publish();
    expect(incomplete.status).toBe(409);
    expect(incomplete.body.error.message).toContain('Vụ Hai');
    const scheduled = await schedule(round.id, {
      unitId: ctx.fixture.units.x2.id,
      auditorIds: [world.auditors.x1],
      auditDate,
      startTime: '08:30',
      place: 'Phòng họp Vụ Hai',
    });
    expect(scheduled.status).toBe(201);
    // Unit heads see nothing of an unpublished plan.
    const x1Head = await ctx.as('x.unit_unit_head');
    expect((await x1Head.get(`${base}/round-audits/${scheduled.body.id}`)).status).toBe(404);
    const published = await publish();
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.state).toBe('plan_published');
    // Not yet due a month before the audit.
    expect((await sendAuditNotices(ctx.database.db, addDays(auditDate, -30))).noticed).toBe(0);
    const first = await sendAuditNotices(ctx.database.db, todayInVietnam());
    expect(first.noticed).toBeGreaterThan(0);
    expect((await sendAuditNotices(ctx.database.db, todayInVietnam())).noticed).toBe(0);
    const sent = await ctx.database.db
      .select({ recipientId: notifications.recipientId, titleVi: notifications.titleVi })
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'internal_audits.notice'), eq(notifications.subjectId, scheduled.body.id)),
      );
    expect(sent.map((n) => n.recipientId)).toContain(world.auditors.x1);
    expect(new Set(sent.map((n) => n.recipientId)).size).toBe(sent.length);
    expect(sent[0].titleVi).toContain('Lịch đánh giá nội bộ tại Vụ Hai: 08:30');
    // The lead auditor starts the round; the secretariat may not.
    const start = { action: 'start', version: published.body.version };
    expect((await secretariat.post(`${base}/rounds/${round.id}/transitions`, start)).status).toBe(403);
    const lead = await ctx.as('x.unit_internal_auditor');
    const started = await lead.post(`${base}/rounds/${round.id}/transitions`, start);
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body.audits[0].state).toBe('in_progress');
    // Closing needs an approved report.
    const reporting = await lead.post(`${base}/rounds/${round.id}/transitions`, {
      action: 'start_reporting',
      version: started.body.version,
    });
    const close = await lead.post(`${base}/rounds/${round.id}/transitions`, {
      action: 'close',
      version: reporting.body.version,
    });
    expect(close.status).toBe(409);
    expect(close.body.error.code).toBe('internal_audit.round_not_closable');
  });

  it('shows the audited unit’s head its audit once published, and the auditor their schedule', async () => {
    const { programme, round } = await plannedRound(undefined, {
      scopeUnitIds: [ctx.fixture.units.x1.id],
      scopeProcedureIds: [],
    });
    await approveProgramme(secretariat, leadership, programme.id);
    const scheduled = await schedule(round.id, {
      unitId: ctx.fixture.units.x1.id,
      auditorIds: [world.auditors.x2],
      auditDate: `${programme.year}-06-15`,
    });
    await secretariat.post(`${base}/rounds/${round.id}/transitions`, {
      action: 'publish_plan',
      version: (await roundOf(secretariat, round.id)).version,
    });
    const head = await ctx.as('x.unit_unit_head');
    expect((await head.get(`${base}/round-audits/${scheduled.body.id}`)).status).toBe(200);
    expect((await head.get(`${base}/rounds/${round.id}`)).status).toBe(404);
    const mine = (await head.get(`${base}/schedule`)).body.items.map((i: { id: string }) => i.id);
    expect(mine).toContain(scheduled.body.id);
    const auditor = await ctx.as('x2.staff');
    expect((await auditor.get(`${base}/schedule`)).body.items.map((i: { id: string }) => i.id)).toContain(
      scheduled.body.id,
    );
    expect((await auditor.get(`${base}/rounds/${round.id}`)).status).toBe(200);
    const stranger = await ctx.as('x2.admin');
    expect((await stranger.get(`${base}/round-audits/${scheduled.body.id}`)).status).toBe(404);
    expect((await stranger.get(`${base}/schedule`)).body.items).toEqual([]);
    // Moving the date clears the notice, so the unit hears of the new one.
    const row = (await secretariat.get(`${base}/round-audits/${scheduled.body.id}`)).body;
    const moved = await secretariat.patch(`${base}/round-audits/${scheduled.body.id}`, {
      version: row.version,
      auditDate: `${programme.year}-06-16`,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      auditDate: `${programme.year}-06-16`,
      auditors: [{ id: world.auditors.x2 }],
    });
  });
});
