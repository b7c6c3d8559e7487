import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import { addDays, todayInVietnam } from '../../platform/time.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { remindTreatments } from './index.ts';
import { risks } from './risks.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/risks';
const today = todayInVietnam();
let n = 0;

/** A risk of unit X1 recorded by its ISO officer, its treatment owned by `owner` (X1's staff member by default). */
async function treatedRisk(officer: Client, owner = ctx.fixture.roleHolders.staff) {
  const created = await officer.post(base, {
    kind: 'risk',
    unitId: ctx.fixture.units.x1.id,
    identifiedOn: today,
    process: 'Quy trình tiếp nhận và trả kết quả',
    description: `Hồ sơ bị thất lạc khi chuyển giữa các phòng ${++n}`,
    cause: 'Chưa có sổ giao nhận hồ sơ giữa các phòng',
    consequence: 'Trả kết quả trễ hạn',
    likelihood: 3,
    impact: 4,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const planned = await officer.post(`${base}/${created.body.id}/treatment`, {
    version: created.body.version,
    treatment: `Lập sổ giao nhận hồ sơ ${n}`,
    ownerPersonId: owner,
    dueInWorkingDays: 5,
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(200);
  return planned.body as { id: string; code: string; version: number };
}

/** Moves a treatment's due date (as if planned days ago). */
const setDue = (id: string, date: string) =>
  ctx.database.db.update(risks).set({ treatmentDueOn: date }).where(eq(risks.id, id));

describe('risks: treatments in Việc của tôi', () => {
  it("lists the owner's open treatments, overdue first; not someone else's, not one done", async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const staff = await ctx.as('x.unit_staff');
    const later = await treatedRisk(officer);
    const late = await treatedRisk(officer);
    const done = await treatedRisk(officer);
    const others = await treatedRisk(officer, ctx.fixture.roleHolders.iso_officer);
    await setDue(late.id, addDays(today, -3));
    const reported = await staff.post(`${base}/${done.id}/transitions`, {
      version: done.version,
      action: 'complete_treatment',
      result: 'Đã lập sổ giao nhận',
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);

    const work = await staff.get('/api/v1/my-work/risks');
    expect(work.status).toBe(200);
    const mine = work.body.treatments.filter((t: { riskId: string }) =>
      [later.id, late.id, done.id, others.id].includes(t.riskId),
    );
    expect(mine.map((t: { riskId: string }) => t.riskId)).toEqual([late.id, later.id]);
    expect(mine[0]).toMatchObject({
      code: late.code,
      overdue: true,
      kind: 'risk',
      dueOn: addDays(today, -3),
    });
    expect(mine[0].treatment).toMatch(/^Lập sổ giao nhận hồ sơ/);
    expect(mine[1].overdue).toBe(false);
    // The other owner sees theirs alone; another agency's person sees nothing.
    const officerWork = (await officer.get('/api/v1/my-work/risks')).body.treatments;
    expect(officerWork.map((t: { riskId: string }) => t.riskId)).toContain(others.id);
    expect(officerWork.map((t: { riskId: string }) => t.riskId)).not.toContain(late.id);
    expect((await (await ctx.as('y.admin')).get('/api/v1/my-work/risks')).body.treatments).toEqual([]);
  });
});

describe('risks: treatment reminders', () => {
  it(`tells the owner a working day before due and when overdue, once across ${TOGETHER} concurrent runs`, async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const staffId = ctx.fixture.roleHolders.staff;
    const calendar = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      '2020-01-01',
      '2040-12-31',
    );
    const runDay = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
    let previous = addDays(runDay, -1);
    while (!calendar.isWorkingDay(previous)) previous = addDays(previous, -1);

    const dueSoon = await treatedRisk(officer);
    const overdue = await treatedRisk(officer);
    const farOff = await treatedRisk(officer);
    const doneLate = await treatedRisk(officer);
    await setDue(dueSoon.id, calendar.nextWorkingDay(runDay));
    await setDue(overdue.id, previous);
    await setDue(doneLate.id, previous);
    const staff = await ctx.as('x.unit_staff');
    const reported = await staff.post(`${base}/${doneLate.id}/transitions`, {
      version: doneLate.version,
      action: 'complete_treatment',
      result: 'Đã xong',
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);

    // Ten instances at once, then once more: one notice per treatment and event.
    const runs = await together(() => remindTreatments(wide.database.db, runDay));
    expect((await remindTreatments(ctx.database.db, runDay)).raised).toBe(0);
    const ids = [dueSoon.id, overdue.id, farOff.id, doneLate.id];
    const rows = await ctx.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'risks.treatment_due'), inArray(notifications.subjectId, ids)));
    expect(rows.map((r) => `${r.subjectId} ${r.recipientId} ${r.dedupeKey.split(':')[2]}`).sort()).toEqual(
      [`${dueSoon.id} ${staffId} due`, `${overdue.id} ${staffId} overdue`].sort(),
    );
    const overdueNotice = rows.find((r) => r.subjectId === overdue.id);
    expect(overdueNotice).toMatchObject({ link: `/risks/${overdue.id}` });
    expect(overdueNotice?.titleVi).toContain('Quá hạn hành động xử lý rủi ro');
    expect(overdueNotice?.titleVi).toContain(overdue.code);
    // Each notice was raised by one run alone (the first test's overdue treatment too).
    const all = await ctx.database.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.kind, 'risks.treatment_due'));
    expect(runs.reduce((s, r) => s + r.raised, 0)).toBe(all.length);
  });
});
