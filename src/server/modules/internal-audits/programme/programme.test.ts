import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../db/ids.ts';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../../testing/wide-app.ts';
import { nonconformities } from '../../nonconformities/nonconformities.table.ts';
import { roleGrants } from '../../org/org.table.ts';
import {
  addRound,
  approveProgramme,
  base,
  draftProgramme,
  seedAuditWorld,
} from '../internal-audits.testing.ts';
import { internalAuditProgrammeEvents, internalAuditProgrammes } from '../programme.table.ts';
import { internalAuditRounds } from '../round.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
let world: Awaited<ReturnType<typeof seedAuditWorld>>;
let secretariat: Client;
let leadership: Client;
beforeAll(async () => {
  world = await seedAuditWorld(ctx);
  secretariat = await ctx.as('x.secretariat_all');
  leadership = await ctx.as('x.leadership_all');
});

const count = async (table: typeof internalAuditRounds | typeof internalAuditProgrammes) =>
  (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

describe('internal audit programme: drafted, submitted, approved with an e-approval', () => {
  it('is drafted by the secretariat, approved by leadership with the password re-entered, and locks', async () => {
    const programme = await draftProgramme(secretariat);
    expect(programme).toMatchObject({
      state: 'draft',
      title: `Chương trình đánh giá nội bộ năm ${programme.year}`,
    });
    // Nothing to submit without a round.
    const empty = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'submit',
      version: programme.version,
    });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('internal_audit.no_rounds');
    await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x1.id] });
    const submitted = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'submit',
      version: programme.version,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.can).toMatchObject({ edit: false, approve: false });
    // The secretariat may not approve; a wrong password approves nothing.
    const bySecretariat = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: FIXTURE_PASSWORD,
    });
    expect(bySecretariat.status).toBe(403);
    const wrong = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: 'sai-mat-khau',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('password');
    const missing = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'approve',
      version: submitted.body.version,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('password');
    expect((await leadership.get(`${base}/programmes/${programme.id}`)).body.state).toBe('submitted');
    const approved = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: FIXTURE_PASSWORD,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approverName: 'Người thử x.leadership_all' });
    const [row] = await ctx.database.db
      .select()
      .from(internalAuditProgrammes)
      .where(eq(internalAuditProgrammes.id, programme.id));
    expect(row.approvalHash).toMatch(/^[0-9a-f]{64}$/);
    // Approved: neither the programme nor its rounds change until leadership returns it.
    const edit = await secretariat.patch(`${base}/programmes/${programme.id}`, {
      version: approved.body.version,
      objectives: 'Khác',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('internal_audit.programme_locked');
    const returnNoComment = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'return',
      version: approved.body.version,
    });
    expect(returnNoComment.status).toBe(400);
    expect(returnNoComment.body.error.details[0].path).toBe('comment');
    const returned = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'return',
      version: approved.body.version,
      comment: 'Bổ sung Vụ Hai vào đợt 1',
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      state: 'returned',
      approverName: null,
      returnComment: 'Bổ sung Vụ Hai vào đợt 1',
    });
    const events = await ctx.database.db
      .select({ action: internalAuditProgrammeEvents.action })
      .from(internalAuditProgrammeEvents)
      .where(eq(internalAuditProgrammeEvents.programmeId, programme.id));
    expect(events.map((e) => e.action)).toEqual(['submit', 'approve', 'return']);
    const trail = await ctx.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, 'internal_audit_programme'), eq(auditEvents.entityId, programme.id)),
      );
    expect(trail.map((e) => e.action)).toEqual(['create', 'submit', 'approve', 'return']);
  });

  it('is amended when leadership returns it approved: a reason, published rounds kept, approved anew', async () => {
    const programme = await draftProgramme(secretariat);
    const published = await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x1.id] });
    const planned = await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x2.id] });
    const approved = await approveProgramme(secretariat, leadership, programme.id);
    const [before] = await ctx.database.db
      .select({ hash: internalAuditProgrammes.approvalHash })
      .from(internalAuditProgrammes)
      .where(eq(internalAuditProgrammes.id, programme.id));
    await ctx.database.db
      .update(internalAuditRounds)
      .set({ state: 'plan_published' })
      .where(eq(internalAuditRounds.id, published.id));
    const returned = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'return',
      version: approved.version,
      comment: 'Bổ sung đợt 3 cho các đơn vị mới thành lập',
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    // The published round keeps its scope; the planned one and a new round may change.
    const round = async (id: string) => (await secretariat.get(`${base}/rounds/${id}`)).body;
    const kept = await secretariat.patch(`${base}/rounds/${published.id}`, {
      version: (await round(published.id)).version,
      plannedMonth: 12,
    });
    expect(kept.status).toBe(409);
    expect((await round(published.id)).plannedMonth).toBe(11);
    const changed = await secretariat.patch(`${base}/rounds/${planned.id}`, {
      version: (await round(planned.id)).version,
      plannedMonth: 12,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x1.id], plannedMonth: 12 });
    await approveProgramme(secretariat, leadership, programme.id);
    const [after] = await ctx.database.db
      .select({ hash: internalAuditProgrammes.approvalHash })
      .from(internalAuditProgrammes)
      .where(eq(internalAuditProgrammes.id, programme.id));
    expect(after.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.hash).not.toBe(before.hash);
    const events = await ctx.database.db
      .select({ action: internalAuditProgrammeEvents.action, comment: internalAuditProgrammeEvents.comment })
      .from(internalAuditProgrammeEvents)
      .where(eq(internalAuditProgrammeEvents.programmeId, programme.id));
    expect(events.map((e) => e.action)).toEqual(['submit', 'approve', 'return', 'submit', 'approve']);
    expect(events[2].comment).toBe('Bổ sung đợt 3 cho các đơn vị mới thành lập');
  });

  it('never lets who drafted or submitted the programme approve it (separation of duties)', async () => {
    // The secretariat's own person also holds leadership for the agency.
    await ctx.database.db.insert(roleGrants).values({
      id: newId(),
      agencyId: ctx.fixture.agencyX,
      personId: ctx.fixture.xSecretariat,
      role: 'leadership',
      unitId: null,
    });
    const programme = await draftProgramme(secretariat);
    await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x2.id] });
    const submitted = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'submit',
      version: programme.version,
    });
    expect(submitted.body.can.approve).toBe(false);
    expect(submitted.body.approveBlocked.vi).toContain('phân tách nhiệm vụ');
    const self = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: FIXTURE_PASSWORD,
    });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('internal_audit.self_approval');
    expect((await secretariat.get(`${base}/programmes/${programme.id}`)).body.state).toBe('submitted');
    // Someone else approves it.
    const other = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: FIXTURE_PASSWORD,
    });
    expect(other.status).toBe(200);
    await ctx.database.db
      .delete(roleGrants)
      .where(and(eq(roleGrants.personId, ctx.fixture.xSecretariat), eq(roleGrants.role, 'leadership')));
  });

  it('tells leadership a programme waits for its approval, again when resubmitted, never its drafter', async () => {
    const programme = await draftProgramme(secretariat);
    await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x1.id] });
    const waiting = async (who: Client) =>
      (
        (await who.get('/api/v1/notifications?order=newest')).body.items as Array<Record<string, string>>
      ).filter((n) => n.kind === 'internal_audits.programme_to_approve' && n.subjectId === programme.id);
    expect(await waiting(leadership)).toEqual([]);
    const submitted = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'submit',
      version: programme.version,
    });
    expect(submitted.status).toBe(200);
    const first = await waiting(leadership);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      title: `Chờ phê duyệt: Chương trình đánh giá nội bộ năm ${programme.year}`,
      link: `/internal-audits/programmes/${programme.id}`,
    });
    expect(await waiting(secretariat)).toEqual([]);
    const returned = await leadership.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'return',
      version: submitted.body.version,
      comment: 'Bổ sung phạm vi',
    });
    await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'submit',
      version: returned.body.version,
    });
    expect(await waiting(leadership)).toHaveLength(2);
  });

  it('approves once when ten connections approve at once', async () => {
    const programme = await draftProgramme(secretariat);
    await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x1.id] });
    const submitted = await secretariat.post(`${base}/programmes/${programme.id}/transitions`, {
      action: 'submit',
      version: programme.version,
    });
    const leader = await wide.as('x.leadership_all');
    const answers = await together(() =>
      leader.post(`${base}/programmes/${programme.id}/transitions`, {
        action: 'approve',
        version: submitted.body.version,
        password: FIXTURE_PASSWORD,
      }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    const events = await ctx.database.db
      .select({ action: internalAuditProgrammeEvents.action })
      .from(internalAuditProgrammeEvents)
      .where(eq(internalAuditProgrammeEvents.programmeId, programme.id));
    expect(events.filter((e) => e.action === 'approve')).toHaveLength(1);
  });

  it('refuses a second programme for the same year and bad rounds, naming the field and changing nothing', async () => {
    const programme = await draftProgramme(secretariat);
    const again = await secretariat.post(`${base}/programmes`, { year: programme.year });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].path).toBe('year');
    const rounds = await count(internalAuditRounds);
    const programmes = await count(internalAuditProgrammes);
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ scopeUnitIds: [] }, 'scopeUnitIds'],
      [{ scopeUnitIds: [ctx.fixture.units.y1.id] }, 'scopeUnitIds'],
      [{ scopeUnitIds: [ctx.fixture.units.x1.id], plannedMonth: 13 }, 'plannedMonth'],
      [{ scopeUnitIds: [ctx.fixture.units.x1.id], scopeProcedureIds: [newId()] }, 'scopeProcedureIds'],
      [{ scopeUnitIds: [ctx.fixture.units.x1.id], scopeClauses: ['bốn'] }, 'scopeClauses.0'],
      [{ scopeUnitIds: [ctx.fixture.units.x1.id], title: '' }, 'title'],
    ];
    for (const [body, field] of bad) {
      const res = await secretariat.post(`${base}/programmes/${programme.id}/rounds`, {
        title: 'Đợt',
        plannedMonth: 3,
        ...body,
      });
      expect(res.status, field).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
    expect((await secretariat.post(`${base}/programmes`, { year: 1999 })).body.error.details[0].path).toBe(
      'year',
    );
    expect(await count(internalAuditRounds)).toBe(rounds);
    expect(await count(internalAuditProgrammes)).toBe(programmes);
  });
});

describe('the year’s coverage and the risk-based planning aid', () => {
  it('lists the units and procedures in force no round of the year covers', async () => {
    const programme = await draftProgramme(secretariat);
    await addRound(secretariat, programme.id, {
      scopeUnitIds: [ctx.fixture.units.x1.id],
      scopeProcedureIds: [world.procedures.p],
    });
    const coverage = (await secretariat.get(`${base}/programmes/${programme.id}/coverage`)).body;
    const gaps = coverage.unitGaps.map((u: { id: string }) => u.id);
    // X1A is covered by its parent X1; X2 is not.
    expect(gaps).toContain(ctx.fixture.units.x2.id);
    expect(gaps).not.toContain(ctx.fixture.units.x1.id);
    expect(gaps).not.toContain(ctx.fixture.units.x1a.id);
    const procedureGaps = coverage.procedureGaps.map((p: { id: string }) => p.id);
    expect(procedureGaps).toEqual(expect.arrayContaining([world.procedures.q, world.procedures.r]));
    expect(procedureGaps).not.toContain(world.procedures.p);
    await addRound(secretariat, programme.id, {
      scopeUnitIds: [ctx.fixture.units.x2.id],
      scopeProcedureIds: [world.procedures.q, world.procedures.r],
    });
    const after = (await secretariat.get(`${base}/programmes/${programme.id}/coverage`)).body;
    expect(after.unitGaps.map((u: { id: string }) => u.id)).not.toContain(ctx.fixture.units.x2.id);
    expect(after.procedureGaps.map((p: { id: string }) => p.id)).not.toContain(world.procedures.q);
  });

  it('ranks a unit with open nonconformities first and says why', async () => {
    for (let i = 0; i < 3; i++) {
      await ctx.database.db.insert(nonconformities).values({
        id: newId(),
        agencyId: ctx.fixture.agencyX,
        year: 1998,
        seq: 100 + i,
        code: `KPH-1998-${100 + i}`,
        source: 'self_detected',
        title: 'Hồ sơ không lập',
        description: 'Mô tả',
        requirement: `Yêu cầu ${i}`,
        unitId: ctx.fixture.units.x2.id,
        procedureDocumentId: world.procedures.q,
        detectedBy: ctx.fixture.x2Staff,
        detectedOn: '2026-01-05',
        grade: 'minor',
        createdBy: ctx.fixture.x2Staff,
      });
    }
    const programme = await draftProgramme(secretariat);
    const risk = (await secretariat.get(`${base}/programmes/${programme.id}/risk`)).body;
    expect(risk.items[0].unit.id).toBe(ctx.fixture.units.x2.id);
    expect(
      risk.items[0].reasons.find((r: { code: string }) => r.code === 'open_nonconformities'),
    ).toMatchObject({
      code: 'open_nonconformities',
      value: 3,
      vi: '3 sự không phù hợp chưa đóng',
    });
    expect(
      risk.items.every((r: { reasons: Array<{ code: string }> }) =>
        r.reasons.some((x) => x.code === 'never_audited'),
      ),
    ).toBe(true);
    // The same per procedure: Q has the three open nonconformities.
    expect(risk.procedures[0].procedure.id).toBe(world.procedures.q);
    expect(risk.procedures[0].reasons.map((r: { code: string }) => r.code)).toContain('open_nonconformities');
    // Others: 404.
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.get(`${base}/programmes/${programme.id}/risk`)).status).toBe(404);
  });

  it('lets only planners and approvers read programmes', async () => {
    const programme = await draftProgramme(secretariat);
    for (const username of ['x.unit_staff', 'x.unit_internal_auditor', 'x.unit_unit_head', 'x.admin']) {
      const client = await ctx.as(username);
      expect((await client.get(`${base}/programmes/${programme.id}`)).status, username).toBe(404);
      expect((await client.get(`${base}/programmes`)).body.items, username).toEqual([]);
    }
    expect((await leadership.get(`${base}/programmes/${programme.id}`)).status).toBe(200);
    await addRound(secretariat, programme.id, { scopeUnitIds: [ctx.fixture.units.x1.id] });
    const listed = (await leadership.get(`${base}/programmes`)).body.items;
    expect(listed.find((p: { id: string }) => p.id === programme.id)).toMatchObject({
      roundCount: 1,
      state: 'draft',
    });
  });
});

describe('the notice a unit gets before its audit: an agency setting', () => {
  it('starts at the default, refuses a bad value or an unauthorised person, changing nothing', async () => {
    expect((await secretariat.get(`${base}/settings`)).body).toEqual({ noticeWorkingDays: 5, version: 0 });
    const tooLong = await secretariat.put(`${base}/settings`, { noticeWorkingDays: 61, version: 0 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details[0].path).toBe('noticeWorkingDays');
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.put(`${base}/settings`, { noticeWorkingDays: 3, version: 0 })).status).toBe(403);
    expect((await secretariat.get(`${base}/settings`)).body).toEqual({ noticeWorkingDays: 5, version: 0 });
  });

  it('is saved once from ten connections, the first save and a change alike, and audited', async () => {
    const wideSecretariat = await wide.as('x.secretariat_all');
    for (const [noticeWorkingDays, version] of [
      [10, 0],
      [3, 1],
    ]) {
      const answers = await together(() =>
        wideSecretariat.put(`${base}/settings`, { noticeWorkingDays, version }),
      );
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
      expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    }
    expect((await secretariat.get(`${base}/settings`)).body).toEqual({ noticeWorkingDays: 3, version: 2 });
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, 'internal_audit_settings'));
    expect(events).toHaveLength(2);
  });
});
