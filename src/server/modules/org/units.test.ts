import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { people, units } from './org.table.ts';

const ctx = setupTestApp();

describe('units', () => {
  it('creates a unit under a parent and records it in the audit trail', async () => {
    const admin = await ctx.as('x.admin');
    const created = await admin.post('/api/v1/units', {
      code: 'X1B',
      name: 'Phòng Một B',
      kind: 'phong',
      parentId: ctx.fixture.units.x1.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'X1B',
      name: 'Phòng Một B',
      parentId: ctx.fixture.units.x1.id,
      status: 'active',
      version: 1,
    });
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.body.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'create', entityType: 'unit', actorName: 'Người thử x.admin' });
    expect((events[0].changes as Record<string, { to: unknown }>).name.to).toBe('Phòng Một B');
  });

  it('refuses a duplicate code with 409 naming the field, and creates nothing', async () => {
    const admin = await ctx.as('x.admin');
    const before = await ctx.database.db.select().from(units);
    const response = await admin.post('/api/v1/units', { code: 'x2', name: 'Trùng mã', kind: 'vu' });
    expect(response.status).toBe(409);
    expect(response.body.error.details[0].path).toBe('code');
    expect(await ctx.database.db.select().from(units)).toHaveLength(before.length);
  });

  it('explains every invalid field, in English when asked', async () => {
    const admin = await ctx.as('x.admin');
    const response = await admin.request(
      'POST',
      '/api/v1/units',
      { code: 'có dấu', name: '', kind: 'bo' },
      { 'accept-language': 'en' },
    );
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['code', 'kind', 'name']);
    expect(response.body.error.details.find((d: { path: string }) => d.path === 'name').message).toBe(
      'This field is required.',
    );
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const admin = await ctx.as('x.admin');
    const unit = (await admin.get(`/api/v1/units/${ctx.fixture.units.x2.id}`)).body;
    const first = await admin.patch(`/api/v1/units/${unit.id}`, { version: unit.version, sortOrder: 7 });
    expect(first.status).toBe(200);
    const stale = await admin.patch(`/api/v1/units/${unit.id}`, { version: unit.version, sortOrder: 9 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    const [row] = await ctx.database.db.select().from(units).where(eq(units.id, unit.id));
    expect(row.sortOrder).toBe(7);
    expect(row.version).toBe(unit.version + 1);
  });

  it('moves a unit with its sub-units, and refuses to put a unit under its own child', async () => {
    const admin = await ctx.as('x.admin');
    const { x1, x1a, x2 } = ctx.fixture.units;
    const cycle = await admin.patch(`/api/v1/units/${x1.id}`, {
      version: (await admin.get(`/api/v1/units/${x1.id}`)).body.version,
      parentId: x1a.id,
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details[0].path).toBe('parentId');
    const moved = await admin.patch(`/api/v1/units/${x1.id}`, {
      version: (await admin.get(`/api/v1/units/${x1.id}`)).body.version,
      parentId: x2.id,
    });
    expect(moved.status).toBe(200);
    const [child] = await ctx.database.db.select().from(units).where(eq(units.id, x1a.id));
    expect(child.path).toBe(`/${x2.id}/${x1.id}/${x1a.id}/`);
    // the unit admin of X2 now covers X1's people too
    const back = await admin.patch(`/api/v1/units/${x1.id}`, { version: moved.body.version, parentId: null });
    expect(back.status).toBe(200);
    const [again] = await ctx.database.db.select().from(units).where(eq(units.id, x1a.id));
    expect(again.path).toBe(`/${x1.id}/${x1a.id}/`);
  });
});

describe('restructuring keeps history', () => {
  it('renames: same unit, new name, the old name kept in the event', async () => {
    const admin = await ctx.as('x.admin');
    const unit = (await admin.post('/api/v1/units', { code: 'DT', name: 'Vụ Đổi tên', kind: 'vu' })).body;
    const renamed = await admin.post('/api/v1/unit-events', {
      kind: 'rename',
      unitId: unit.id,
      version: unit.version,
      code: 'DT2',
      name: 'Vụ Tên mới',
      effectiveDate: '2018-03-01',
      decisionRef: '123/QĐ-BTTTT',
    });
    expect(renamed.status).toBe(201);
    expect((await admin.get(`/api/v1/units/${unit.id}`)).body).toMatchObject({
      name: 'Vụ Tên mới',
      code: 'DT2',
      status: 'active',
    });
    const history = (await admin.get(`/api/v1/unit-events?unitId=${unit.id}`)).body;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      kind: 'rename',
      effectiveDate: '2018-03-01',
      decisionRef: '123/QĐ-BTTTT',
    });
    expect(history[0].snapshot.from[unit.id]).toEqual({ code: 'DT', name: 'Vụ Đổi tên' });
    expect(history[0].snapshot.to[unit.id]).toEqual({ code: 'DT2', name: 'Vụ Tên mới' });
  });

  it('merges two units into a new one: they close on the date, people move', async () => {
    const admin = await ctx.as('x.admin');
    const a = (await admin.post('/api/v1/units', { code: 'MA', name: 'Vụ A', kind: 'vu' })).body;
    const b = (await admin.post('/api/v1/units', { code: 'MB', name: 'Vụ B', kind: 'vu' })).body;
    const person = (
      await admin.post('/api/v1/people', { fullName: 'Lê Văn Chuyển', username: 'le.chuyen', unitId: a.id })
    ).body.person;
    const merged = await admin.post('/api/v1/unit-events', {
      kind: 'merge',
      unitIds: [a.id, b.id],
      newUnit: { code: 'MC', name: 'Vụ C', kind: 'vu' },
      effectiveDate: '2025-03-01',
      decisionRef: '01/NQ-CP',
    });
    expect(merged.status).toBe(201);
    const target = merged.body.toUnitIds[0];
    const all = (await admin.get('/api/v1/units?status=all')).body;
    expect(all.find((u: { id: string }) => u.id === a.id)).toMatchObject({
      status: 'merged',
      validTo: '2025-03-01',
    });
    expect(all.find((u: { id: string }) => u.id === b.id)).toMatchObject({
      status: 'merged',
      validTo: '2025-03-01',
    });
    expect(all.find((u: { id: string }) => u.id === target)).toMatchObject({
      name: 'Vụ C',
      status: 'active',
      validFrom: '2025-03-01',
    });
    expect((await admin.get('/api/v1/units')).body.some((u: { id: string }) => u.id === a.id)).toBe(false);
    expect((await admin.get(`/api/v1/people/${person.id}`)).body.unitId).toBe(target);
    const history = (await admin.get(`/api/v1/unit-events?unitId=${a.id}`)).body;
    expect(history[0]).toMatchObject({ kind: 'merge', fromUnitIds: [a.id, b.id], toUnitIds: [target] });
  });

  it('splits a unit, placing people where told', async () => {
    const admin = await ctx.as('x.admin');
    const unit = (await admin.post('/api/v1/units', { code: 'SP', name: 'Vụ Chia', kind: 'vu' })).body;
    const p1 = (
      await admin.post('/api/v1/people', { fullName: 'Người Một', username: 'nguoi.mot', unitId: unit.id })
    ).body.person;
    const p2 = (
      await admin.post('/api/v1/people', { fullName: 'Người Hai', username: 'nguoi.hai', unitId: unit.id })
    ).body.person;
    const split = await admin.post('/api/v1/unit-events', {
      kind: 'split',
      unitId: unit.id,
      newUnits: [
        { code: 'SP1', name: 'Vụ Chia Một', kind: 'vu' },
        { code: 'SP2', name: 'Vụ Chia Hai', kind: 'vu' },
      ],
      assignments: { [p2.id]: 1 },
      effectiveDate: '2019-01-01',
    });
    expect(split.status).toBe(201);
    const clash = await admin.post('/api/v1/unit-events', {
      kind: 'split',
      unitId: split.body.toUnitIds[0],
      newUnits: [
        { code: 'SP3', name: 'Vụ Ba', kind: 'vu' },
        { code: 'SP2', name: 'Vụ Trùng', kind: 'vu' },
      ],
      effectiveDate: '2019-06-01',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details[0].path).toBe('newUnits.1.code');
    const [first, second] = split.body.toUnitIds;
    expect((await admin.get(`/api/v1/people/${p1.id}`)).body.unitId).toBe(first);
    expect((await admin.get(`/api/v1/people/${p2.id}`)).body.unitId).toBe(second);
    expect((await admin.get(`/api/v1/units/${unit.id}`)).body).toMatchObject({
      status: 'split',
      validTo: '2019-01-01',
    });
  });

  it('refuses to dissolve a unit with people unless told where they go, then dissolves', async () => {
    const admin = await ctx.as('x.admin');
    const unit = (await admin.post('/api/v1/units', { code: 'GT', name: 'Vụ Giải thể', kind: 'vu' })).body;
    const person = (
      await admin.post('/api/v1/people', { fullName: 'Người Ở Lại', username: 'nguoi.olai', unitId: unit.id })
    ).body.person;
    const refused = await admin.post('/api/v1/unit-events', {
      kind: 'dissolve',
      unitId: unit.id,
      effectiveDate: '2020-01-01',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('moveUnitId');
    expect((await admin.get(`/api/v1/units/${unit.id}`)).body.status).toBe('active');
    const done = await admin.post('/api/v1/unit-events', {
      kind: 'dissolve',
      unitId: unit.id,
      moveUnitId: ctx.fixture.units.x2.id,
      effectiveDate: '2020-01-01',
    });
    expect(done.status).toBe(201);
    expect((await admin.get(`/api/v1/units/${unit.id}`)).body).toMatchObject({
      status: 'dissolved',
      validTo: '2020-01-01',
    });
    const [moved] = await ctx.database.db.select().from(people).where(eq(people.id, person.id));
    expect(moved.unitId).toBe(ctx.fixture.units.x2.id);
    // a dissolved unit's code can be used again
    expect((await admin.post('/api/v1/units', { code: 'GT', name: 'Vụ Mới', kind: 'vu' })).status).toBe(201);
  });
});
