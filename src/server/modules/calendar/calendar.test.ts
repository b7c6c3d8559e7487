import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../testing/test-app.ts';

const ctx = setupTestApp();

describe('working-day calendar of an agency', () => {
  it('starts from the computed public holidays of the year', async () => {
    const staff = await ctx.as('x.unit_staff');
    const days = (await staff.get('/api/v1/calendar/days?year=2018')).body as Array<{
      date: string;
      kind: string;
      nameVi: string;
    }>;
    const dates = days.map((d) => d.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        '2018-01-01',
        '2018-02-16',
        '2018-04-25',
        '2018-04-30',
        '2018-05-01',
        '2018-09-02',
      ]),
    );
    expect(days.find((d) => d.date === '2018-02-16')?.nameVi).toMatch(/Tết Nguyên đán/);
  });

  it('lets an agency admin record a swap, which deadlines then follow', async () => {
    const admin = await ctx.as('x.admin');
    const before = await admin.get('/api/v1/calendar/working-days?from=2018-02-22&days=2');
    expect(before.body.dueDate).toBe('2018-02-26');
    const swap = await admin.put('/api/v1/calendar/days/2018-02-24', {
      kind: 'working_day',
      nameVi: 'Làm bù ngày nghỉ Tết',
    });
    expect(swap.status).toBe(200);
    const after = await admin.get('/api/v1/calendar/working-days?from=2018-02-22&days=2');
    expect(after.body.dueDate).toBe('2018-02-24');
    const count = await admin.get('/api/v1/calendar/working-days?from=2018-02-13&to=2018-02-28');
    // 14, 22, 23, 24 (swapped Saturday), 26, 27, 28 February
    expect(count.body.workingDays).toBe(7);
    // the other agency's calendar is its own
    const other = await ctx.as('y.admin');
    expect((await other.get('/api/v1/calendar/working-days?from=2018-02-22&days=2')).body.dueDate).toBe(
      '2018-02-26',
    );
  });

  it('edits with the version read, refuses a weekday "working day" swap, deletes', async () => {
    const admin = await ctx.as('x.admin');
    const bad = await admin.put('/api/v1/calendar/days/2018-03-07', { kind: 'working_day', nameVi: 'Sai' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('kind');
    const created = (
      await admin.put('/api/v1/calendar/days/2018-03-08', { kind: 'holiday', nameVi: 'Nghỉ kỷ niệm' })
    ).body;
    const noVersion = await admin.put('/api/v1/calendar/days/2018-03-08', {
      kind: 'holiday',
      nameVi: 'Đổi tên',
    });
    expect(noVersion.status).toBe(409);
    const edited = await admin.put('/api/v1/calendar/days/2018-03-08', {
      kind: 'holiday',
      nameVi: 'Đổi tên',
      version: created.version,
    });
    expect(edited.body).toMatchObject({ nameVi: 'Đổi tên', version: created.version + 1 });
    expect((await admin.delete('/api/v1/calendar/days/2018-03-08')).status).toBe(200);
    expect((await admin.delete('/api/v1/calendar/days/2018-03-08')).status).toBe(404);
  });
});

describe('calendar reads', () => {
  it('store nothing: a year is computed until first edited, and its defaults keep version 1', async () => {
    const storedYears = async () =>
      (await ctx.database.query<{ n: number }>('select count(*)::int as n from calendar_years'))[0].n;
    const admin = await ctx.as('x.admin');
    const before = await storedYears();
    const days = (await admin.get('/api/v1/calendar/days?year=2031')).body as Array<{
      date: string;
      version: number;
    }>;
    await admin.get('/api/v1/calendar/working-days?from=2031-04-28&days=3');
    expect(await storedYears()).toBe(before);
    const newYear = days.find((d) => d.date === '2031-01-01');
    expect(newYear?.version).toBe(1);
    const renamed = await admin.put('/api/v1/calendar/days/2031-01-01', {
      kind: 'holiday',
      nameVi: 'Tết Dương lịch (đổi tên)',
      version: newYear?.version,
    });
    expect(renamed.status).toBe(200);
    expect(await storedYears()).toBe(before + 1);
    const after = (await admin.get('/api/v1/calendar/days?year=2031')).body as Array<{ date: string }>;
    expect(after.map((d) => d.date)).toEqual(days.map((d) => d.date));
  });

  it('show the coming holidays on the home page of an agency whose years are not stored', async () => {
    const admin = await ctx.as('y.admin');
    const home = await admin.get('/api/v1/home');
    expect(home.status).toBe(200);
    expect(home.body.upcomingHolidays).toHaveLength(3);
    const stored = await ctx.database.query<{ n: number }>(
      'select count(*)::int as n from calendar_years where agency_id = $1',
      [ctx.fixture.agencyY],
    );
    expect(stored[0].n).toBe(0);
  });
});
