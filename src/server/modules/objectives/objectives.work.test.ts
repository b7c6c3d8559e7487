import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SPARKLINE_PERIODS } from '../../../contract/objectives.ts';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { remindPlanActions } from './index.ts';
import { objectiveActions } from './objectives.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/objectives';
const today = todayInVietnam();
const year = Number(today.slice(0, 4));
let n = 0;

/** An objective of unit X1 with one indicator, drafted by its ISO officer; approved by its head when asked. */
async function objective(approve: boolean) {
  const officer = await ctx.as('x.unit_iso_officer');
  const created = await officer.post(base, {
    year,
    unitId: ctx.fixture.units.x1.id,
    title: `Nâng tỷ lệ hồ sơ đúng hạn ${++n}`,
    ownerPersonId: ctx.fixture.roleHolders.iso_officer,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const added = await officer.post(`${base}/${created.body.id}/indicators`, {
    version: created.body.version,
    name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
    formula: 'Số hồ sơ đúng hạn / tổng số hồ sơ × 100',
    unit: '%',
    direction: 'gte',
    target: 95,
    frequency: 'month',
    source: 'computed',
    measure: 'case_on_time_rate',
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  if (approve) {
    const sent = await officer.post(`${base}/${created.body.id}/transitions`, {
      version: added.body.version,
      action: 'submit',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const head = await ctx.as('x.unit_unit_head');
    const approved = await head.post(`${base}/${created.body.id}/transitions`, {
      version: sent.body.version,
      action: 'approve',
      password: FIXTURE_PASSWORD,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  }
  return { officer, id: created.body.id as string };
}

async function planAction(officer: Client, objectiveId: string, description: string, ownerPersonId: string) {
  const current = (await officer.get(`${base}/${objectiveId}`)).body;
  const res = await officer.post(`${base}/${objectiveId}/actions`, {
    version: current.version,
    description,
    ownerPersonId,
    dueInWorkingDays: 10,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.actions.find((a: { description: string }) => a.description === description).id as string;
}

const setDue = (id: string, dueDate: string) =>
  ctx.database.db.update(objectiveActions).set({ dueDate }).where(eq(objectiveActions.id, id));

const calendarOfX = () =>
  workingCalendarFor(ctx.database.db, ctx.fixture.agencyX, `${year - 1}-01-01`, `${year + 1}-12-31`);

describe('objectives: plan actions in Việc của tôi', () => {
  it("lists the owner's open actions of objectives they read, overdue first; done ones leave the list", async () => {
    const staffId = ctx.fixture.roleHolders.staff;
    const { officer, id } = await objective(true);
    const draftOnly = await objective(false);
    const later = await planAction(officer, id, 'Rà soát quy trình thẩm định', staffId);
    const late = await planAction(officer, id, 'Tập huấn cán bộ tiếp nhận', staffId);
    await planAction(draftOnly.officer, draftOnly.id, 'Hành động của mục tiêu dự thảo', staffId);
    await setDue(late, '2020-03-02');

    const staff = await ctx.as('x.unit_staff');
    const work = await staff.get('/api/v1/my-work/objectives');
    expect(work.status, JSON.stringify(work.body)).toBe(200);
    // The draft objective's action is not there: the staff member may not read the draft.
    expect(work.body.actions.map((a: any) => [a.id, a.overdue])).toEqual([
      [late, true],
      [later, false],
    ]);
    expect(work.body.actions[0]).toMatchObject({
      objectiveId: id,
      unitName: 'Vụ Một',
      dueDate: '2020-03-02',
    });

    // Someone else's work does not show them; another agency's person sees nothing.
    expect((await officer.get('/api/v1/my-work/objectives')).body.actions).toEqual([]);
    expect((await (await ctx.as('y.admin')).get('/api/v1/my-work/objectives')).body.actions).toEqual([]);

    // The owner marks it done from the card (the objective's complete route): it leaves the list.
    const done = await staff.post(`${base}/${id}/actions/${late}/complete`);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const after = await staff.get('/api/v1/my-work/objectives');
    expect(after.body.actions.map((a: any) => a.id)).toEqual([later]);
  });
});

describe('objectives: plan action reminders', () => {
  it(`reminds the owner a working day before due and when overdue, once across ${TOGETHER} concurrent runs`, async () => {
    const staffId = ctx.fixture.roleHolders.staff;
    const { officer, id } = await objective(true);
    const calendar = await calendarOfX();
    const runDay = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
    let previous = runDay;
    do previous = new Date(Date.parse(`${previous}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    while (!calendar.isWorkingDay(previous));

    const dueSoon = await planAction(officer, id, 'Cập nhật quy trình', staffId);
    const overdue = await planAction(officer, id, 'Báo cáo kết quả quý', staffId);
    const farOff = await planAction(officer, id, 'Đánh giá lại chỉ số', staffId);
    const doneLate = await planAction(officer, id, 'Đã xong từ trước', staffId);
    await setDue(dueSoon, calendar.nextWorkingDay(runDay));
    await setDue(overdue, previous);
    await setDue(doneLate, previous);
    expect((await officer.post(`${base}/${id}/actions/${doneLate}/complete`)).status).toBe(200);

    // Ten instances at once, then once more: one notice per action and event.
    const runs = await together(() => remindPlanActions(wide.database.db, runDay));
    expect((await remindPlanActions(ctx.database.db, runDay)).raised).toBe(0);
    const rows = await ctx.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'objectives.action_due'),
          like(notifications.dedupeKey, 'objective-action:%'),
        ),
      );
    const mine = rows.filter((r) => [dueSoon, overdue, farOff, doneLate].includes(r.subjectId as string));
    expect(mine.map((r) => `${r.subjectId} ${r.recipientId} ${r.dedupeKey.split(':')[2]}`).sort()).toEqual(
      [`${dueSoon} ${staffId} due`, `${overdue} ${staffId} overdue`].sort(),
    );
    expect(mine.find((r) => r.subjectId === overdue)).toMatchObject({ link: `/objectives/${id}` });
    expect(mine.find((r) => r.subjectId === overdue)?.titleVi).toContain('Quá hạn');
    // The concurrent runs raised them (each once in all), none of them failed.
    expect(runs.reduce((s, r) => s + r.raised, 0)).toBeGreaterThanOrEqual(2);
  });
});

describe("objectives: the year's tree carries each indicator's latest values (sparklines)", () => {
  it('gives every indicator of a listed objective its last periods, oldest first, at most SPARKLINE_PERIODS', async () => {
    const { officer, id } = await objective(false);
    const list = await officer.get(`${base}?year=${year}`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const item = list.body.items.find((o: { id: string }) => o.id === id);
    const detail = (await officer.get(`${base}/${id}`)).body;
    expect(item.trends).toHaveLength(detail.indicators.length);
    const [trend] = item.trends;
    const periods = detail.indicators[0].values.slice(-SPARKLINE_PERIODS);
    expect(trend).toMatchObject({
      id: detail.indicators[0].id,
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      unit: '%',
    });
    expect(trend.values).toEqual(
      periods.map((v: any) => ({ periodStart: v.periodStart, periodEnd: v.periodEnd, value: v.value })),
    );
    expect(trend.values.length).toBe(Math.min(SPARKLINE_PERIODS, Number(today.slice(5, 7))));
  });
});
