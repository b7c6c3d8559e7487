import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { riskLevelOf, riskLevels } from '../../../contract/risks.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { readFirstSheet } from '../../platform/xlsx/read-sheet.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { risks } from './risks.table.ts';

const ctx = setupTestApp();
const base = '/api/v1/risks';
const today = todayInVietnam();
let n = 0;

const assessment = (overrides: Record<string, unknown> = {}) => ({
  kind: 'risk',
  unitId: ctx.fixture.units.x1.id,
  identifiedOn: today,
  process: 'Quy trình tiếp nhận và trả kết quả',
  description: `Hồ sơ bị thất lạc khi chuyển giữa các phòng ${++n}`,
  cause: 'Chưa có sổ giao nhận hồ sơ giữa các phòng',
  consequence: 'Trả kết quả trễ hạn, người dân phải nộp lại hồ sơ',
  likelihood: 3,
  impact: 4,
  ...overrides,
});

async function record(client: Client, overrides: Record<string, unknown> = {}) {
  const created = await client.post(base, assessment(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; code: string; version: number; state: string; level: string };
}

const fresh = async (client: Client, id: string) => (await client.get(`${base}/${id}`)).body;
const send = async (client: Client, id: string, path: string, body: Record<string, unknown>) =>
  client.post(`${base}/${id}${path}`, { version: (await fresh(client, id)).version, ...body });
const treat = (client: Client, id: string, owner = ctx.fixture.roleHolders.staff) =>
  send(client, id, '/treatment', {
    treatment: 'Lập sổ giao nhận hồ sơ',
    ownerPersonId: owner,
    dueInWorkingDays: 5,
  });
const eventsOf = async (id: string) =>
  (
    await ctx.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'risk'), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.seq)
  ).map((e) => e.action);

describe('risks: from recorded to closed with its review of effectiveness', () => {
  it('walks open → treating → closed, each step by its role, every change in the trail', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const staff = await ctx.as('x.unit_staff');
    const { documentId } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      state: 'in_force',
    });
    const risk = await record(officer, { documentId, likelihood: 3, impact: 3 });
    expect(risk).toMatchObject({ state: 'open', level: 'medium', score: 9 });
    expect(risk.code).toMatch(/^RR-\d{3}$/);
    expect((await fresh(officer, risk.id)).documentLabel).toEqual(expect.any(String));
    const opportunity = await record(officer, { kind: 'opportunity' });
    expect(opportunity.code).toMatch(/^CH-\d{3}$/);

    // Corrected before treatment: the level follows.
    const corrected = await officer.patch(`${base}/${risk.id}`, { version: risk.version, likelihood: 4 });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({
      likelihood: 4,
      score: 12,
      level: 'high',
      version: risk.version + 1,
    });

    // Nothing to close before a treatment is planned and done.
    expect((await send(head, risk.id, '/transitions', { action: 'close', effective: true })).status).toBe(
      409,
    );
    const planned = await treat(officer, risk.id);
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    expect(planned.body).toMatchObject({
      state: 'treating',
      treatmentOwnerName: expect.any(String),
      overdue: false,
    });
    expect(planned.body.treatmentDueOn > today).toBe(true);
    expect(planned.body.workingDaysLeft).toBe(5);
    const early = await send(head, risk.id, '/transitions', { action: 'close', effective: true });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('risk.treatment_open');

    // The owner (a staff member) sees it and reports the treatment done.
    const asOwner = await fresh(staff, risk.id);
    expect(asOwner.abilities).toMatchObject({ completeTreatment: true, edit: false, close: false });
    const done = await send(staff, risk.id, '/transitions', {
      action: 'complete_treatment',
      result: 'Đã lập sổ giao nhận, áp dụng từ tuần này',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ state: 'treating', treatmentDoneOn: today, workingDaysLeft: null });

    // Whoever recorded it does not review it; the head does.
    const byDrafter = await fresh(officer, risk.id);
    expect(byDrafter.abilities.close).toBe(false);
    expect(byDrafter.abilities.blocked.close.vi).toContain('phân tách nhiệm vụ');
    const selfReview = await send(officer, risk.id, '/transitions', { action: 'close', effective: true });
    expect(selfReview.status).toBe(403);
    expect(selfReview.body.error.code).toBe('risk.self_approval');
    expect((await fresh(head, risk.id)).abilities.close).toBe(true);
    const closed = await send(head, risk.id, '/transitions', {
      action: 'close',
      effective: true,
      note: 'Ba tháng không còn hồ sơ thất lạc',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      review: {
        effective: true,
        note: 'Ba tháng không còn hồ sơ thất lạc',
        on: today,
        byName: expect.any(String),
      },
      abilities: { edit: false, planTreatment: false, completeTreatment: false, close: false },
    });
    const late = await officer.patch(`${base}/${risk.id}`, { version: closed.body.version, impact: 1 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('risk.transition_forbidden');
    expect(await eventsOf(risk.id)).toEqual([
      'create',
      'update',
      'plan_treatment',
      'complete_treatment',
      'close',
    ]);
  });

  it('bands likelihood × impact as low 1–4, medium 5–9, high 10–25, and filters the register by it', async () => {
    const level = (l: number, i: number) => riskLevelOf(l, i);
    expect([level(1, 1), level(2, 2), level(1, 4)]).toEqual(['low', 'low', 'low']);
    expect([level(1, 5), level(2, 3), level(3, 3), level(4, 2)]).toEqual([
      'medium',
      'medium',
      'medium',
      'medium',
    ]);
    expect([level(2, 5), level(3, 4), level(5, 5)]).toEqual(['high', 'high', 'high']);
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) expect(riskLevels).toContain(level(l, i));

    const head = await ctx.as('x.unit_unit_head');
    const unitId = ctx.fixture.units.x1a.id;
    const made = {
      low: await record(head, { unitId, likelihood: 2, impact: 2 }),
      medium: await record(head, { unitId, likelihood: 1, impact: 5 }),
      high: await record(head, { unitId, likelihood: 5, impact: 3 }),
    };
    for (const band of riskLevels) {
      const list = await head.get(`${base}?unitId=${unitId}&level=${band}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([made[band].id]);
      expect(list.body.items[0].level).toBe(band);
    }
    // Highest first.
    const all = await head.get(`${base}?unitId=${unitId}`);
    expect(all.body.items.map((r: { level: string }) => r.level)).toEqual(['high', 'medium', 'low']);
  });

  it('answers bad input with the field named, in the one error shape, and changes nothing', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const count = async () =>
      (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(risks))[0].n;
    const before = await count();
    const bad = await officer.post(
      base,
      assessment({ kind: 'danger', likelihood: 6, impact: 0, description: ' ' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation.failed', message: expect.any(String) });
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'description',
      'impact',
      'kind',
      'likelihood',
    ]);
    const future = await officer.post(base, assessment({ identifiedOn: '2999-01-01' }));
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('identifiedOn');
    const foreignUnit = await officer.post(base, assessment({ unitId: ctx.fixture.units.y1.id }));
    expect(foreignUnit.status).toBe(400);
    expect(foreignUnit.body.error.details[0].path).toBe('unitId');
    const { documentId: foreignDocument } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyY,
      unitId: ctx.fixture.units.y1.id,
      personId: ctx.fixture.yStaff,
      state: 'in_force',
    });
    const badDocument = await officer.post(base, assessment({ documentId: foreignDocument }));
    expect(badDocument.status).toBe(400);
    expect(badDocument.body.error.details[0].path).toBe('documentId');
    const unknownField = await officer.post(base, { ...assessment(), score: 25 });
    expect(unknownField.status).toBe(400);
    expect(await count()).toBe(before);

    const risk = await record(officer);
    const row = async () => (await ctx.database.db.select().from(risks).where(eq(risks.id, risk.id)))[0];
    const untouched = await row();
    const badEdit = await officer.patch(`${base}/${risk.id}`, { version: risk.version, impact: 9 });
    expect(badEdit.status).toBe(400);
    expect(badEdit.body.error.details[0].path).toBe('impact');
    const stale = await officer.patch(`${base}/${risk.id}`, { version: risk.version + 5, impact: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    const foreignOwner = await treat(officer, risk.id, ctx.fixture.yStaff);
    expect(foreignOwner.status).toBe(400);
    expect(foreignOwner.body.error.details[0].path).toBe('ownerPersonId');
    const noDays = await send(officer, risk.id, '/treatment', {
      treatment: 'x',
      ownerPersonId: ctx.fixture.roleHolders.staff,
      dueInWorkingDays: 0,
    });
    expect(noDays.status).toBe(400);
    expect(noDays.body.error.details[0].path).toBe('dueInWorkingDays');
    expect(await row()).toEqual(untouched);

    await treat(officer, risk.id);
    const noResult = await send(officer, risk.id, '/transitions', { action: 'complete_treatment' });
    expect(noResult.status).toBe(400);
    expect(noResult.body.error.details[0].path).toBe('result');
    await send(officer, risk.id, '/transitions', { action: 'complete_treatment', result: 'Đã làm' });
    const head = await ctx.as('x.unit_unit_head');
    const noVerdict = await send(head, risk.id, '/transitions', { action: 'close', note: 'Xem lại' });
    expect(noVerdict.status).toBe(400);
    expect(noVerdict.body.error.details[0].path).toBe('effective');
    expect((await row()).state).toBe('treating');
    expect(await eventsOf(risk.id)).toEqual(['create', 'plan_treatment', 'complete_treatment']);
  });
});

describe('risks: who sees and does what', () => {
  it("lets a unit's staff read its risks, keeps them from other units (404), and the agency's readers see all", async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const x1 = await record(officer);
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.get(`${base}/${x1.id}`)).status).toBe(200);
    expect((await staff.post(base, assessment())).status).toBe(403);
    expect((await staff.patch(`${base}/${x1.id}`, { version: x1.version, impact: 1 })).status).toBe(403);

    const otherStaff = await ctx.as('x2.staff');
    expect((await otherStaff.get(`${base}/${x1.id}`)).status).toBe(404);
    expect((await otherStaff.patch(`${base}/${x1.id}`, { version: x1.version, impact: 1 })).status).toBe(404);
    const theirs = await otherStaff.get(base);
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(x1.id);
    expect((await (await ctx.as('y.staff')).get(`${base}/${x1.id}`)).status).toBe(404);
    // Another unit's officer may not record for X2.
    expect((await officer.post(base, assessment({ unitId: ctx.fixture.units.x2.id }))).status).toBe(403);

    for (const reader of ['x.secretariat_all', 'x.leadership_all']) {
      const client = await ctx.as(reader);
      expect((await client.get(`${base}/${x1.id}`)).status, reader).toBe(200);
      const list = await client.get(`${base}?unitId=${ctx.fixture.units.x1.id}`);
      expect(list.body.items.map((r: { id: string }) => r.id)).toContain(x1.id);
      expect(list.body.canCreate).toBe(false);
      expect((await client.patch(`${base}/${x1.id}`, { version: x1.version, impact: 1 })).status).toBe(403);
    }
  });

  it('lets the owner of a treatment in another unit read the risk and report it done', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const risk = await record(head);
    const planned = await treat(head, risk.id, ctx.fixture.x2Staff);
    expect(planned.status).toBe(200);
    const owner = await ctx.as('x2.staff');
    expect((await owner.get(`${base}/${risk.id}`)).body.abilities.completeTreatment).toBe(true);
    const done = await send(owner, risk.id, '/transitions', {
      action: 'complete_treatment',
      result: 'Đã phối hợp',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    // The secretariat reviews it (the head recorded it).
    expect((await send(head, risk.id, '/transitions', { action: 'close', effective: false })).status).toBe(
      403,
    );
    const closed = await send(await ctx.as('x.secretariat_all'), risk.id, '/transitions', {
      action: 'close',
      effective: false,
      note: 'Vẫn còn thất lạc; cần nhận diện lại',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.review.effective).toBe(false);
  });
});

describe('risks: the register as a workbook', () => {
  it("holds the rows the reader may read with the register's filters, from assessment to review", async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const high = await record(officer, {
      likelihood: 5,
      impact: 4,
      description: 'Mất dữ liệu hồ sơ điện tử',
    });
    const low = await record(officer, { likelihood: 1, impact: 2, description: 'Máy in hỏng' });
    expect((await treat(officer, high.id)).status).toBe(200);
    const read = async (username: string, query = '') => {
      const res = await (await ctx.as(username)).bytes(`${base}/register.xlsx${query}`);
      expect(res.status, username).toBe(200);
      expect(res.headers['content-disposition']).toContain('so-rui-ro-va-co-hoi.xlsx');
      const sheet = await readFirstSheet(res.body, 21);
      return sheet!.rows.map((r) => r.cells);
    };

    const all = await read('x.secretariat_all');
    const row = all.find((r) => r[1] === high.code)!;
    expect(row.slice(2, 6)).toEqual([
      'Rủi ro',
      'Vụ Một',
      'Quy trình tiếp nhận và trả kết quả',
      'Mất dữ liệu hồ sơ điện tử',
    ]);
    expect(row.slice(8, 12)).toEqual(['5', '4', '20', 'Cao']);
    expect(row.slice(13, 15)).toEqual(['Lập sổ giao nhận hồ sơ', 'Người thử x.unit_staff']);
    expect(row[18]).toBe('Đang xử lý');
    expect(all.findIndex((r) => r[1] === high.code)).toBeLessThan(all.findIndex((r) => r[1] === low.code));

    // The register's filters: only the high ones.
    const filtered = await read('x.secretariat_all', '?level=high');
    expect(filtered.some((r) => r[1] === high.code)).toBe(true);
    expect(filtered.some((r) => r[1] === low.code)).toBe(false);
    // Another unit's staff and another agency get a workbook without these rows.
    for (const username of ['x2.staff', 'y.staff']) {
      const theirs = await read(username);
      expect(
        theirs.some((r) => r[1] === high.code || r[1] === low.code),
        username,
      ).toBe(false);
    }
    const bad = await (await ctx.as('x.secretariat_all')).get(`${base}/register.xlsx?level=extreme`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('level');
  });
});
