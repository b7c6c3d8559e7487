import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { indicatorValues, objectives } from './objectives.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/objectives';
const today = todayInVietnam();
const year = Number(today.slice(0, 4));
let n = 0;

async function draft(client: Client, overrides: Record<string, unknown> = {}) {
  const res = await client.post(base, {
    year,
    unitId: ctx.fixture.units.x1.id,
    title: `Giải quyết hồ sơ đúng hạn ${++n}`,
    ownerPersonId: ctx.fixture.roleHolders.iso_officer,
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; state: string };
}

const indicator = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  formula: 'Số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết trong kỳ × 100',
  unit: '%',
  direction: 'gte',
  target: 95,
  frequency: 'month',
  source: 'computed',
  measure: 'case_on_time_rate',
  ...overrides,
});

const fresh = async (client: Client, id: string) => (await client.get(`${base}/${id}`)).body;
const transition = async (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`${base}/${id}/transitions`, { version: (await fresh(client, id)).version, ...body });

async function submitted(officer: Client, overrides: Record<string, unknown> = {}, ind = {}) {
  const o = await draft(officer, overrides);
  const added = await officer.post(`${base}/${o.id}/indicators`, indicator(o.version, ind));
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const sent = await transition(officer, o.id, { action: 'submit' });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body as { id: string; version: number; state: string; indicators: Array<{ id: string }> };
}

describe('objectives: drafted by the ISO officer, approved by the unit head', () => {
  it('walks draft → submitted → approved with the e-approval; the drafter never approves', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const o = await submitted(officer);
    expect(o.state).toBe('submitted');
    expect((await transition(officer, o.id, { action: 'approve', password: FIXTURE_PASSWORD })).status).toBe(
      403,
    );
    const wrong = await transition(head, o.id, { action: 'approve', password: 'sai mật khẩu' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('password');
    expect((await fresh(head, o.id)).state).toBe('submitted');
    const approved = await transition(head, o.id, { action: 'approve', password: FIXTURE_PASSWORD });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.state).toBe('approved');
    expect(approved.body.approvedBy.id).toBe(ctx.fixture.roleHolders.unit_head);
    // The computed indicator shows a value slot for each month begun this year.
    expect(approved.body.indicators[0].values).toHaveLength(Number(today.slice(5, 7)));
    // No more indicators once approved.
    const late = await officer.post(`${base}/${o.id}/indicators`, indicator(approved.body.version));
    expect(late.status).toBe(409);
  });

  it('stops a head who drafted from approving (segregation of duties) and lets them return it', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const officer = await ctx.as('x.unit_iso_officer');
    const o = await submitted(officer);
    const returned = await transition(head, o.id, {
      action: 'return',
      reason: 'Chỉ tiêu chưa đủ thách thức',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe('returned');
    expect(returned.body.returnReason).toBe('Chỉ tiêu chưa đủ thách thức');
    expect((await transition(officer, o.id, { action: 'submit' })).status).toBe(200);
    const [row] = await ctx.database.db.select().from(objectives).where(eq(objectives.id, o.id));
    // Were the head the one who submitted, they could not approve.
    await ctx.database.db
      .update(objectives)
      .set({ submittedBy: ctx.fixture.roleHolders.unit_head })
      .where(eq(objectives.id, row.id));
    const self = await transition(head, o.id, { action: 'approve', password: FIXTURE_PASSWORD });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('objective.self_approval');
  });

  it("the agency's objectives: the secretariat drafts, leadership approves, a unit's people may not", async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const leadership = await ctx.as('x.leadership_all');
    const officer = await ctx.as('x.unit_iso_officer');
    const refused = await officer.post(base, {
      year,
      unitId: null,
      title: 'Mục tiêu của Bộ',
      ownerPersonId: ctx.fixture.xSecretariat,
    });
    expect(refused.status).toBe(403);
    const agency = await submitted(secretariat, { unitId: null, ownerPersonId: ctx.fixture.xSecretariat });
    // A unit head does not see the agency's objective before it is approved: out of reach, 404.
    const unitHead = await (await ctx.as('x.unit_unit_head')).post(`${base}/${agency.id}/transitions`, {
      action: 'approve',
      version: agency.version,
      password: FIXTURE_PASSWORD,
    });
    expect(unitHead.status).toBe(404);
    expect(
      (await transition(leadership, agency.id, { action: 'approve', password: FIXTURE_PASSWORD })).status,
    ).toBe(200);
    // A unit objective contributes to the agency's.
    const child = await draft(officer, { parentId: agency.id });
    expect((await fresh(officer, child.id)).parentId).toBe(agency.id);
    const badParent = await officer.post(base, {
      year: year - 1,
      unitId: ctx.fixture.units.x1.id,
      parentId: agency.id,
      title: 'Năm khác',
      ownerPersonId: ctx.fixture.roleHolders.iso_officer,
    });
    expect(badParent.status).toBe(400);
    expect(badParent.body.error.details[0].path).toBe('parentId');
  });

  it('shows a draft to its unit head and officer, approved ones to the unit, nothing to other units or agencies', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const o = await submitted(officer);
    const staff = await ctx.as('x.unit_staff');
    const x2 = await ctx.as('x2.staff');
    const y = await ctx.as('y.admin');
    expect((await head.get(`${base}/${o.id}`)).status).toBe(200);
    expect((await staff.get(`${base}/${o.id}`)).status).toBe(404);
    expect((await x2.get(`${base}/${o.id}`)).status).toBe(404);
    await transition(head, o.id, { action: 'approve', password: FIXTURE_PASSWORD });
    expect((await staff.get(`${base}/${o.id}`)).status).toBe(200);
    expect((await x2.get(`${base}/${o.id}`)).status).toBe(404);
    expect((await y.get(`${base}/${o.id}`)).status).toBe(404);
    const list = await x2.get(`${base}?year=${year}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(o.id);
    const all = await (await ctx.as('x.leadership_all')).get(`${base}?year=${year}`);
    expect(all.body.items.map((i: { id: string }) => i.id)).toContain(o.id);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const count = async () =>
      (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(objectives))[0].n;
    const before = await count();
    const noTitle = await officer.post(base, {
      year,
      unitId: ctx.fixture.units.x1.id,
      title: ' ',
      ownerPersonId: ctx.fixture.roleHolders.iso_officer,
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.details[0].path).toBe('title');
    const noOwner = await officer.post(base, {
      year,
      unitId: ctx.fixture.units.x1.id,
      title: 'A',
      ownerPersonId: ctx.fixture.yStaff,
    });
    expect(noOwner.status).toBe(400);
    expect(noOwner.body.error.details[0].path).toBe('ownerPersonId');
    const otherUnit = await officer.post(base, {
      year,
      unitId: ctx.fixture.units.x2.id,
      title: 'A',
      ownerPersonId: ctx.fixture.x2Staff,
    });
    expect(otherUnit.status).toBe(403);
    expect(await count()).toBe(before);
    const o = await draft(officer);
    const noMeasure = await officer.post(
      `${base}/${o.id}/indicators`,
      indicator(o.version, { measure: null }),
    );
    expect(noMeasure.status).toBe(400);
    expect(noMeasure.body.error.details[0].path).toBe('measure');
    const badFrequency = await officer.post(
      `${base}/${o.id}/indicators`,
      indicator(o.version, { frequency: 'week' }),
    );
    expect(badFrequency.status).toBe(400);
    expect(badFrequency.body.error.details[0].path).toBe('frequency');
    // Only the case measures are narrowed to a procedure; the others are taken as they are.
    const byProcedure = await officer.post(
      `${base}/${o.id}/indicators`,
      indicator(o.version, {
        measure: 'documents_reviewed_on_time_rate',
        params: { procedureId: '00000000-0000-4000-8000-000000000001' },
      }),
    );
    expect(byProcedure.status).toBe(400);
    expect(byProcedure.body.error.details[0].path).toBe('params.procedureId');
    const empty = await transition(officer, o.id, { action: 'submit' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe('indicators');
    expect((await fresh(officer, o.id)).indicators).toHaveLength(0);
    expect((await fresh(officer, o.id)).state).toBe('draft');
    for (const measure of [
      'documents_reviewed_on_time_rate',
      'audit_programme_completion_rate',
      'acknowledgements_rate',
      'files_closed_after_work_rate',
    ]) {
      const added = await officer.post(
        `${base}/${o.id}/indicators`,
        indicator((await fresh(officer, o.id)).version, { measure }),
      );
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    const withNew = await fresh(officer, o.id);
    expect(withNew.indicators.map((i: { measure: string }) => i.measure)).toContain(
      'files_closed_after_work_rate',
    );
    // Computed for the objective's unit (the detail above computed each period's value through the new measures).
    expect(
      withNew.indicators.every(
        (i: { params: { unitId?: string } }) => i.params.unitId === ctx.fixture.units.x1.id,
      ),
    ).toBe(true);
  });
});

describe('objectives: manual values need evidence and the unit head’s approval', () => {
  it('counts a manual value only once someone other than who entered it approves it', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const o = await submitted(
      officer,
      { ownerPersonId: ctx.fixture.roleHolders.unit_head },
      {
        name: 'Mức độ hài lòng của người dân',
        formula: 'Số phiếu hài lòng / tổng số phiếu khảo sát × 100',
        source: 'manual',
        measure: undefined,
        frequency: 'quarter',
        target: 90,
      },
    );
    await transition(head, o.id, { action: 'approve', password: FIXTURE_PASSWORD });
    const indicatorId = o.indicators[0].id;
    const values = `${base}/indicators/${indicatorId}/values`;
    const noEvidence = await officer.post(values, { periodStart: `${year}-01-01`, value: 92 });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.details[0].path).toBe('evidenceNote');
    const badPeriod = await officer.post(values, {
      periodStart: `${year}-02-01`,
      value: 92,
      evidenceNote: 'Phiếu khảo sát',
    });
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.error.details[0].path).toBe('periodStart');
    const stranger = await (await ctx.as('x2.staff')).post(values, {
      periodStart: `${year}-01-01`,
      value: 92,
      evidenceNote: 'x',
    });
    expect(stranger.status).toBe(404);
    // The unit head, as owner, enters it: they may not approve it.
    const entered = await head.post(values, {
      periodStart: `${year}-01-01`,
      value: 92,
      evidenceNote: 'Tổng hợp 250 phiếu khảo sát quý I (biên bản ngày 05/04)',
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    const first = entered.body.indicators[0].values[0];
    expect(first.value).toBeNull();
    expect(first.entry.state).toBe('entered');
    const self = await head.post(`${base}/values/${first.entry.id}/approve`, {
      version: first.entry.version,
    });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('objective.self_approval');
    // The officer enters it again (replacing the unapproved entry); the head approves.
    const again = await officer.post(values, {
      periodStart: `${year}-01-01`,
      value: 88,
      evidenceNote: 'Biên bản tổng hợp phiếu khảo sát quý I',
    });
    expect(again.status).toBe(201);
    const entry = again.body.indicators[0].values[0].entry;
    expect(
      (await officer.post(`${base}/values/${entry.id}/approve`, { version: entry.version })).status,
    ).toBe(403);
    const ok = await head.post(`${base}/values/${entry.id}/approve`, { version: entry.version });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const q1 = ok.body.indicators[0].values[0];
    expect(q1.value).toBe(88);
    expect(q1.status).toBe('missed');
    expect(ok.body.status).toBe('missed');
    const twice = await officer.post(values, {
      periodStart: `${year}-01-01`,
      value: 95,
      evidenceNote: 'Sửa',
    });
    expect(twice.status).toBe(409);
    const stored = await ctx.database.db
      .select()
      .from(indicatorValues)
      .where(eq(indicatorValues.indicatorId, indicatorId));
    expect(stored).toHaveLength(1);
    expect(stored[0].approvedBy).toBe(ctx.fixture.roleHolders.unit_head);
    const audited = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'objective'), eq(auditEvents.entityId, o.id)));
    expect(audited.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'create',
        'add_indicator',
        'submit',
        'approve',
        'enter_value',
        'approve_value',
      ]),
    );
  });

  it('keeps a plan of actions due in working days', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const o = await draft(officer);
    const res = await officer.post(`${base}/${o.id}/actions`, {
      version: o.version,
      description: 'Rà soát quy trình, rút ngắn bước thẩm định',
      ownerPersonId: ctx.fixture.roleHolders.staff,
      dueInWorkingDays: 10,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const action = res.body.actions[0];
    expect(action.dueDate > today).toBe(true);
    const staff = await ctx.as('x.unit_staff');
    // The staff member owns the action, but may not read the draft objective: 404.
    expect((await staff.post(`${base}/${o.id}/actions/${action.id}/complete`)).status).toBe(404);
    const done = await officer.post(`${base}/${o.id}/actions/${action.id}/complete`);
    expect(done.status).toBe(200);
    expect(done.body.actions[0].done).toBe(true);
  });
});

describe('objectives: a missed target opens a nonconformity in one click', () => {
  it("opens it through nonconformities for a missed period only, with the unit's keepers' rights", async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const o = await submitted(
      officer,
      {},
      {
        name: 'Tỷ lệ phiếu khảo sát hợp lệ',
        formula: 'Phiếu hợp lệ / tổng số phiếu',
        source: 'manual',
        measure: undefined,
        frequency: 'year',
        target: 90,
      },
    );
    await transition(head, o.id, { action: 'approve', password: FIXTURE_PASSWORD });
    const indicatorId = o.indicators[0].id;
    const entered = await officer.post(`${base}/indicators/${indicatorId}/values`, {
      periodStart: `${year}-01-01`,
      value: 70,
      evidenceNote: 'Biên bản tổng hợp phiếu',
    });
    const raise = (client: Client) =>
      client.post(`${base}/indicators/${indicatorId}/nonconformity`, { periodStart: `${year}-01-01` });
    // Not yet approved: no value, so not missed.
    expect((await raise(officer)).status).toBe(409);
    const entry = entered.body.indicators[0].values[0].entry;
    expect((await head.post(`${base}/values/${entry.id}/approve`, { version: entry.version })).status).toBe(
      200,
    );
    expect((await fresh(officer, o.id)).can.raiseNc).toBe(true);
    expect((await raise(await ctx.as('x.unit_staff'))).status).toBe(403);
    const raised = await raise(officer);
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body.code).toMatch(new RegExp(`^KPH-${today.slice(0, 4)}-\\d{3}$`));
    const nc = await officer.get(`/api/v1/nonconformities/${raised.body.id}`);
    expect(nc.status).toBe(200);
    expect(nc.body.unitId).toBe(ctx.fixture.units.x1.id);
    expect(nc.body.clause).toBe('6.2');
    expect(nc.body.description).toContain('70 %');
    expect(nc.body.description).toContain('≥ 90 %');
    // The year's values in the workbook: the missed period with its approved evidence.
    const xlsx = await (await ctx.as('x.leadership_all')).bytes(`${base}/values.xlsx?year=${year}`);
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const rows = book.worksheets[0].getSheetValues().slice(2) as unknown[][];
    const row = rows.find((r) => r?.[4] === 'Tỷ lệ phiếu khảo sát hợp lệ');
    expect(row?.slice(6, 13)).toEqual([
      '≥ 90',
      'Hằng năm',
      `01/01/${year}`,
      `31/12/${year}`,
      70,
      'Không đạt',
      'Biên bản tổng hợp phiếu',
    ]);
    const noLeak = await (await ctx.as('x2.staff')).bytes(`${base}/values.xlsx?year=${year}`);
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(noLeak.body as never);
    expect(JSON.stringify(other.worksheets[0].getSheetValues())).not.toContain('Tỷ lệ phiếu khảo sát hợp lệ');
    const wrongPeriod = await officer.post(`${base}/indicators/${indicatorId}/nonconformity`, {
      periodStart: `${year}-02-01`,
    });
    expect(wrongPeriod.status).toBe(409);
  });
});

describe('objectives: concurrency', () => {
  it('approves an objective once from ten connections', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const o = await submitted(officer);
    const head = await wide.as('x.unit_unit_head');
    const { version } = (await head.get(`${base}/${o.id}`)).body;
    const answers = await together(() =>
      head.post(`${base}/${o.id}/transitions`, { action: 'approve', version, password: FIXTURE_PASSWORD }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, o.id), eq(auditEvents.action, 'approve')));
    expect(events).toHaveLength(1);
  });

  it('approves a manual value once from ten connections', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const o = await submitted(
      officer,
      {},
      {
        name: 'Tỷ lệ hồ sơ lưu trữ đúng hạn',
        formula: 'Hồ sơ nộp lưu đúng hạn / tổng số hồ sơ phải nộp lưu × 100',
        source: 'manual',
        measure: undefined,
        frequency: 'year',
        target: 90,
      },
    );
    await transition(head, o.id, { action: 'approve', password: FIXTURE_PASSWORD });
    const entered = await officer.post(`${base}/indicators/${o.indicators[0].id}/values`, {
      periodStart: `${year}-01-01`,
      value: 93,
      evidenceNote: 'Biên bản kiểm tra hồ sơ lưu trữ',
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    const entry = entered.body.indicators[0].values[0].entry;
    const wideHead = await wide.as('x.unit_unit_head');
    const answers = await together(() =>
      wideHead.post(`${base}/values/${entry.id}/approve`, { version: entry.version }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    const [row] = await ctx.database.db
      .select()
      .from(indicatorValues)
      .where(eq(indicatorValues.id, entry.id));
    expect(row).toMatchObject({ state: 'approved', version: entry.version + 1 });
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, o.id), eq(auditEvents.action, 'approve_value')));
    expect(events).toHaveLength(1);
  });
});
