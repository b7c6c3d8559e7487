import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, setupTestApp } from '../../testing/test-app.ts';
import { multipartFile, peopleImportUpload } from '../../testing/xlsx-upload.ts';
import { people } from './org.table.ts';

const ctx = setupTestApp();

const countPeople = async () =>
  (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(people))[0].n;

describe('people', () => {
  it('adds a person with a one-time password they must change', async () => {
    const admin = await ctx.as('x.admin');
    const created = await admin.post('/api/v1/people', {
      fullName: 'Phạm Thị Hoa',
      username: 'pham.hoa',
      email: 'hoa@example.test',
      unitId: ctx.fixture.units.x1.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.oneTimePassword).toMatch(/.{10,}/);
    const hoa = await login(ctx.app, 'pham.hoa', created.body.oneTimePassword);
    expect((await hoa.get('/api/v1/auth/me')).body.person.mustChangePassword).toBe(true);
  });

  it('refuses a taken username (any case) with 409 on the field', async () => {
    const admin = await ctx.as('x.admin');
    const response = await admin.post('/api/v1/people', {
      fullName: 'Trùng Tên',
      username: 'X.ADMIN',
      unitId: ctx.fixture.units.x1.id,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual([
      { path: 'username', message: 'Tên đăng nhập "X.ADMIN" đã có người dùng.' },
    ]);
  });

  it('lists the locked accounts, and a page past the last still carries the total', async () => {
    const admin = await ctx.as('x.admin');
    await ctx.database.db
      .update(people)
      .set({ lockedUntil: new Date(Date.now() + 3_600_000) })
      .where(eq(people.id, ctx.fixture.targets.own));
    const locked = await admin.get('/api/v1/people?locked=true');
    expect(locked.body.items.map((p: { username: string }) => p.username)).toEqual(['x1.target']);
    const all = await admin.get('/api/v1/people?pageSize=5');
    const past = await admin.get(`/api/v1/people?pageSize=5&page=${Math.ceil(all.body.total / 5) + 1}`);
    expect(past.body).toMatchObject({ items: [], total: all.body.total });
    await ctx.database.db
      .update(people)
      .set({ lockedUntil: null })
      .where(eq(people.id, ctx.fixture.targets.own));
  });

  it('searches without diacritics and filters by unit and role', async () => {
    const admin = await ctx.as('x.admin');
    await admin.post('/api/v1/people', {
      fullName: 'Đặng Thị Hương',
      username: 'dang.huong',
      unitId: ctx.fixture.units.x2.id,
    });
    const found = await admin.get('/api/v1/people?q=dang%20thi%20huong');
    expect(found.body.items.map((p: { username: string }) => p.username)).toEqual(['dang.huong']);
    const inX2 = await admin.get(`/api/v1/people?unitId=${ctx.fixture.units.x2.id}&pageSize=100`);
    expect(inX2.body.items.every((p: { unitId: string }) => p.unitId === ctx.fixture.units.x2.id)).toBe(true);
    const auditors = await admin.get('/api/v1/people?role=internal_auditor');
    expect(auditors.body.items.map((p: { username: string }) => p.username)).toEqual([
      'x.unit_internal_auditor',
    ]);
    expect(auditors.body.total).toBe(1);
    const other = await ctx.as('y.admin');
    expect((await other.get('/api/v1/people?q=dang')).body.total).toBe(0);
  });

  it('resets a password: the old one stops working and the account unlocks', async () => {
    const admin = await ctx.as('x.admin');
    const target = (await admin.get(`/api/v1/people/${ctx.fixture.targets.own}`)).body;
    const reset = await admin.post(`/api/v1/people/${target.id}/reset-password`, { version: target.version });
    expect(reset.status).toBe(200);
    expect(reset.body.emailed).toBe(true);
    expect(ctx.mails.at(-1)?.text).toContain(reset.body.oneTimePassword);
    await expect(login(ctx.app, 'x1.target')).rejects.toThrow(/401/);
    await login(ctx.app, 'x1.target', reset.body.oneTimePassword);
  });

  it('deactivates a person, who can then no longer sign in', async () => {
    const admin = await ctx.as('x.admin');
    const created = (
      await admin.post('/api/v1/people', {
        fullName: 'Nghỉ Hưu',
        username: 'nghi.huu',
        unitId: ctx.fixture.units.x1.id,
        password: 'Mat-khau-2017x',
      })
    ).body;
    const off = await admin.patch(`/api/v1/people/${created.person.id}`, {
      version: created.person.version,
      active: false,
    });
    expect(off.status).toBe(200);
    await expect(login(ctx.app, 'nghi.huu', 'Mat-khau-2017x')).rejects.toThrow(/401/);
  });

  it('grants and revokes roles for a unit or the whole agency', async () => {
    const admin = await ctx.as('x.admin');
    const id = ctx.fixture.targets.other;
    const granted = await admin.post(`/api/v1/people/${id}/grants`, {
      role: 'internal_auditor',
      unitId: null,
    });
    expect(granted.status).toBe(201);
    const grant = granted.body.roles.find((r: { role: string }) => r.role === 'internal_auditor');
    expect(grant.unitId).toBeNull();
    const twice = await admin.post(`/api/v1/people/${id}/grants`, { role: 'internal_auditor', unitId: null });
    expect(twice.status).toBe(409);
    const unitAdmin = await ctx.as('x.unit_admin');
    expect(
      (
        await unitAdmin.post(`/api/v1/people/${ctx.fixture.targets.own}/grants`, {
          role: 'staff',
          unitId: null,
        })
      ).status,
    ).toBe(403);
    const revoked = await admin.delete(`/api/v1/people/${id}/grants/${grant.id}`);
    expect(revoked.body.roles.some((r: { role: string }) => r.role === 'internal_auditor')).toBe(false);
  });
});

describe('import of people from XLSX', () => {
  it('reports every bad row by number and imports nobody', async () => {
    const admin = await ctx.as('x.admin');
    const before = await countPeople();
    const { payload, headers } = await peopleImportUpload([
      ['Vũ Văn Một', 'vu.mot', 'mot@example.test', '', 'X1', 'Chuyên viên', 'Chuyên viên'],
      ['', 'vu.hai', 'khong-phai-email', '', 'X9', '', 'giám đốc'],
      ['Vũ Văn Ba', 'vu.mot', '', '', 'X2', '', ''],
    ]);
    const response = await admin.request('POST', '/api/v1/people/import', payload, headers);
    expect(response.status).toBe(400);
    const messages = response.body.error.details.map((d: { message: string }) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Dòng 3, cột "Mã đơn vị"'),
        expect.stringContaining('Dòng 3, cột "Họ và tên"'),
        expect.stringContaining('Dòng 3, cột "Thư điện tử"'),
        expect.stringContaining('Dòng 3, cột "Vai trò"'),
        expect.stringContaining('Dòng 4, cột "Tên đăng nhập": trùng với dòng 2'),
      ]),
    );
    expect(await countPeople()).toBe(before);
  });

  it('imports a clean file: people, positions and roles, all at once', async () => {
    const admin = await ctx.as('x.admin');
    const before = await countPeople();
    const { payload, headers } = await peopleImportUpload([
      [
        'Hoàng Minh Tuấn',
        'hoang.tuan',
        'tuan@example.test',
        '0912345678',
        'X1',
        'Phó Vụ trưởng',
        'Lãnh đạo đơn vị, Chuyên gia đánh giá nội bộ',
      ],
      ['Bùi Thu Trang', 'bui.trang', '', '', 'X2', 'Chuyên viên', 'staff'],
    ]);
    const response = await admin.request('POST', '/api/v1/people/import', payload, headers);
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(2);
    expect(await countPeople()).toBe(before + 2);
    const tuan = (await admin.get('/api/v1/people?q=hoang.tuan')).body.items[0];
    expect(tuan.positionName).toBe('Phó Vụ trưởng');
    expect(tuan.roles.map((r: { role: string }) => r.role).sort()).toEqual(['internal_auditor', 'unit_head']);
    const [row] = await ctx.database.db.select().from(people).where(eq(people.username, 'bui.trang'));
    expect(row.mustChangePassword).toBe(true);
    await login(ctx.app, 'bui.trang', response.body.people[1].oneTimePassword);
  });

  it('rejects a file that is not XLSX', async () => {
    const admin = await ctx.as('x.admin');
    const { payload, headers } = multipartFile('people.xlsx', 'not a workbook');
    const response = await admin.request('POST', '/api/v1/people/import', payload, headers);
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('file');
  });
});
