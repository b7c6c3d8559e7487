import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../platform/time.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { seedCaseStep, seedFile } from './files.testing.ts';

const ctx = setupTestApp();
const FILES = '/api/v1/record-files';
const x1File = (extra: Parameters<typeof seedFile>[1] extends infer T ? Partial<T> : never = {}) =>
  seedFile(ctx.database.db, { agencyId: ctx.fixture.agencyX, unitId: ctx.fixture.units.x1.id, ...extra });

/** A calendar day `years` and `days` before today. */
function yearsAgo(years: number, days = 0) {
  const [y, m, d] = todayInVietnam().split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d - days));
  return date.toISOString().slice(0, 10);
}

async function status(username: string, id: string) {
  return (await (await ctx.as(username)).get(`${FILES}/${id}`)).status;
}

describe('who sees a file', () => {
  it('staff see the files they own, opened, or work on through a case step; managers all of the unit', async () => {
    const nobodys = await x1File();
    const owned = await x1File({ ownerPersonId: ctx.fixture.roleHolders.staff });
    const opened = await x1File({ openedBy: ctx.fixture.roleHolders.staff });
    const viaCase = await x1File();
    await seedCaseStep(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      fileId: viaCase,
      assigneeId: ctx.fixture.roleHolders.staff,
    });
    for (const id of [owned, opened, viaCase]) expect(await status('x.unit_staff', id)).toBe(200);
    expect(await status('x.unit_staff', nobodys)).toBe(404);
    for (const who of ['x.unit_unit_head', 'x.unit_iso_officer', 'x.secretariat_all'])
      expect(await status(who, nobodys)).toBe(200);
    expect(await status('x2.staff', owned)).toBe(404);
    expect(await status('y.staff', owned)).toBe(404);
    expect(await status('x.unit_leadership', owned)).toBe(404);

    const staff = await ctx.as('x.unit_staff');
    const list = (await staff.get(`${FILES}?unitId=${ctx.fixture.units.x1.id}&pageSize=100`)).body;
    const ids = list.items.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining([owned, opened, viaCase]));
    expect(ids).not.toContain(nobodys);

    // Taking part through a case shows the file, it does not let one change it.
    const view = (await staff.get(`${FILES}/${viaCase}`)).body;
    expect(view.abilities).toEqual({ edit: false, close: false, reopen: false });
    expect((await staff.patch(`${FILES}/${viaCase}`, { version: view.version, title: 'Đổi' })).status).toBe(
      403,
    );
    expect((await staff.patch(`${FILES}/${owned}`, { version: 1, title: 'Đổi' })).status).toBe(200);
  });

  it('a restricted file: only its owner, the unit head and the secretariat', async () => {
    const restricted = await x1File({
      accessRegime: 'restricted',
      ownerPersonId: ctx.fixture.x1aStaff,
      openedBy: ctx.fixture.roleHolders.staff,
    });
    await seedCaseStep(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      fileId: restricted,
      assigneeId: ctx.fixture.roleHolders.staff,
    });
    for (const who of ['x1a.staff', 'x.unit_unit_head', 'x.secretariat_all'])
      expect(await status(who, restricted)).toBe(200);
    for (const who of ['x.unit_staff', 'x.unit_iso_officer', 'x2.staff'])
      expect(await status(who, restricted)).toBe(404);
    const officerList = (await (await ctx.as('x.unit_iso_officer')).get(`${FILES}?pageSize=100`)).body;
    expect(officerList.items.map((f: { id: string }) => f.id)).not.toContain(restricted);
  });
});

describe('lists for transfer and past retention', () => {
  it('closed files are due for transfer, overdue a year after they ended; past retention by end date', async () => {
    const unitId = ctx.fixture.units.x1a.id;
    const file = (extra: Parameters<typeof seedFile>[1] extends infer T ? Partial<T> : never) =>
      seedFile(ctx.database.db, { agencyId: ctx.fixture.agencyX, unitId, ...extra });
    const due = await file({ state: 'closed', endDate: yearsAgo(0, 30), startDate: yearsAgo(1) });
    const overdue = await file({ state: 'closed', endDate: yearsAgo(1), startDate: yearsAgo(2) });
    const stillOpen = await file({ state: 'open', startDate: yearsAgo(3) });
    const expired = await file({
      state: 'transferred',
      retentionYears: 2,
      endDate: yearsAgo(2, 1),
      startDate: yearsAgo(3),
    });
    const justKept = await file({
      state: 'transferred',
      retentionYears: 2,
      endDate: yearsAgo(2),
      startDate: yearsAgo(3),
    });
    const permanent = await file({
      state: 'transferred',
      retentionYears: null,
      endDate: yearsAgo(40),
      startDate: yearsAgo(41),
    });

    const head = await ctx.as('x.unit_unit_head');
    const ids = async (query: string) =>
      ((await head.get(`${FILES}?unitId=${unitId}&pageSize=100${query}`)).body.items as Array<{ id: string }>)
        .map((f) => f.id)
        .sort();
    expect(await ids('&transfer=due')).toEqual([due, overdue].sort());
    expect(await ids('&transfer=overdue')).toEqual([overdue]);
    expect(await ids('&pastRetention=true')).toEqual([expired]);
    expect(await ids('&state=open')).toEqual([stillOpen]);
    const all = (await head.get(`${FILES}?unitId=${unitId}&pageSize=100`)).body;
    expect(all.counts).toEqual({
      open: 1,
      dueForTransfer: 2,
      overdueForTransfer: 1,
      pastRetention: 1,
      notInCatalogue: 6,
    });
    const byId = Object.fromEntries(all.items.map((f: { id: string }) => [f.id, f]));
    expect(byId[due]).toMatchObject({ transferStatus: 'due', pastRetention: false });
    expect(byId[overdue].transferStatus).toBe('overdue');
    expect(byId[expired]).toMatchObject({ transferStatus: null, pastRetention: true });
    expect(byId[justKept].pastRetention).toBe(false);
    expect(byId[permanent].pastRetention).toBe(false);
  });

  it('pages and searches by title or code without accents', async () => {
    const unitId = ctx.fixture.units.x2.id;
    for (const title of ['Hồ sơ đánh giá nội bộ', 'Hồ sơ tuyển dụng', 'Biên bản họp'])
      await seedFile(ctx.database.db, { agencyId: ctx.fixture.agencyX, unitId, title });
    const secretariat = await ctx.as('x.secretariat_all');
    const found = (await secretariat.get(`${FILES}?unitId=${unitId}&q=danh gia`)).body;
    expect(found.items.map((f: { title: string }) => f.title)).toEqual(['Hồ sơ đánh giá nội bộ']);
    const paged = (await secretariat.get(`${FILES}?unitId=${unitId}&pageSize=2&page=2&sort=title`)).body;
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((f: { title: string }) => f.title)).toEqual(['Hồ sơ tuyển dụng']);
    expect((await secretariat.get(`${FILES}?state=lost`)).status).toBe(400);
  });
});
