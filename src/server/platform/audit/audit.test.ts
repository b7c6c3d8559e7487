import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../testing/test-app.ts';
import { diff } from './audit.service.ts';
import { auditEvents } from './audit.table.ts';
import { verifyAuditChains } from './audit.verify.ts';

const ctx = setupTestApp();

async function someEvents() {
  const admin = await ctx.as('x.admin');
  const unit = (
    await admin.post('/api/v1/units', { code: `A${Date.now() % 100000}`, name: 'Vụ Nhật ký', kind: 'vu' })
  ).body;
  await admin.patch(`/api/v1/units/${unit.id}`, { version: unit.version, sortOrder: 3 });
  return { admin, unit };
}

describe('audit trail', () => {
  it('records who, when, from where, what and the before/after of changed fields', async () => {
    const { admin, unit } = await someEvents();
    const trail = await admin.get(`/api/v1/audit-events?entityId=${unit.id}`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    const update = trail.body.items[0];
    expect(update.changes).toEqual({ sortOrder: { from: 0, to: 3 } });
    expect(update.actorName).toBe('Người thử x.admin');
    expect(update.ip).toBeTruthy();
  });

  it('filters by person, record type and day', async () => {
    const admin = await ctx.as('x.admin');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const mine = await admin.get(
      `/api/v1/audit-events?actorId=${ctx.fixture.xAdmin}&entityType=unit&from=${today}&to=${today}`,
    );
    expect(mine.body.total).toBeGreaterThan(0);
    expect(
      mine.body.items.every(
        (e: { actorId: string; entityType: string }) =>
          e.actorId === ctx.fixture.xAdmin && e.entityType === 'unit',
      ),
    ).toBe(true);
    const past = await admin.get('/api/v1/audit-events?to=2000-01-01');
    expect(past.body.total).toBe(0);
    const other = await ctx.as('y.admin');
    expect((await other.get('/api/v1/audit-events?entityType=unit')).body.total).toBe(0);
  });

  it('exports the filtered events to XLSX in words, one row per changed field, in Vietnamese or English', async () => {
    const { admin, unit } = await someEvents();
    const rowsOf = async (url: string, headers?: Record<string, string>) => {
      const file = await admin.bytes(url, headers);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body as never);
      const rows: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const vi = await rowsOf(`/api/v1/audit-events.xlsx?entityId=${unit.id}`);
    expect(vi[0]).toEqual([
      'Số thứ tự',
      'Thời điểm',
      'Người thực hiện',
      'Thao tác',
      'Loại đối tượng',
      'Đối tượng',
      'Trường dữ liệu',
      'Trước',
      'Sau',
      'Địa chỉ IP',
    ]);
    const update = vi.slice(1).filter((r) => r[3] === 'Sửa');
    expect(update).toHaveLength(1);
    expect(update[0].slice(2, 9)).toEqual([
      'Người thử x.admin',
      'Sửa',
      'Đơn vị',
      'Vụ Nhật ký',
      'Thứ tự',
      '0',
      '3',
    ]);
    expect(update[0][1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    const created = vi.slice(1).filter((r) => r[3] === 'Tạo mới');
    expect(created.map((r) => r[6])).toEqual(expect.arrayContaining(['Mã', 'Tên', 'Loại']));
    // Only this record's events: the filter of the list applies.
    expect(new Set(vi.slice(1).map((r) => r[5]))).toEqual(new Set(['Vụ Nhật ký']));

    const en = await rowsOf(`/api/v1/audit-events.xlsx?entityId=${unit.id}`, { 'accept-language': 'en' });
    expect(
      en
        .slice(1)
        .find((r) => r[3] === 'Updated')
        ?.slice(3, 9),
    ).toEqual(['Updated', 'Unit', 'Vụ Nhật ký', 'Order', '0', '3']);
    expect(await rowsOf('/api/v1/audit-events.xlsx?to=2000-01-01')).toHaveLength(1);
    expect((await (await ctx.as('x.unit_staff')).bytes('/api/v1/audit-events.xlsx')).status).toBe(403);
    const y = await (await ctx.as('y.admin')).bytes(`/api/v1/audit-events.xlsx?entityId=${unit.id}`);
    const yBook = new ExcelJS.Workbook();
    await yBook.xlsx.load(y.body as never);
    expect(yBook.worksheets[0].rowCount).toBe(1);
  });

  it('does not write the event when the change fails, nor the change without its event', async () => {
    const admin = await ctx.as('x.admin');
    const before = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0].n;
    await admin.post('/api/v1/units', { code: 'X1', name: 'Trùng', kind: 'vu' });
    const after = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents))[0].n;
    expect(after).toBe(before);
  });

  it('never stores a password hash, only that it changed', () => {
    expect(diff({ passwordHash: 'a', fullName: 'A' }, { passwordHash: 'b', fullName: 'A' })).toEqual({
      passwordHash: { to: '[đã thay đổi / changed]' },
    });
  });

  it('verifies an intact chain and detects a changed, a deleted and a truncated event', async () => {
    await someEvents();
    const db = ctx.database.db;
    expect((await verifyAuditChains(db)).problems).toEqual([]);
    const x = ctx.fixture.agencyX;
    const seqOf = async (n: number) =>
      (
        await db
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.agencyId, x), eq(auditEvents.seq, n)))
      )[0];

    await db
      .update(auditEvents)
      .set({ actorName: 'Kẻ giả mạo' })
      .where(and(eq(auditEvents.agencyId, x), eq(auditEvents.seq, 2)));
    expect((await verifyAuditChains(db)).problems).toContainEqual({
      agencyId: x,
      seq: 2,
      problem: 'changed',
    });

    const [{ max }] = await db
      .select({ max: sql<number>`max(seq)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.agencyId, x));
    const middle = await seqOf(3);
    await db.delete(auditEvents).where(eq(auditEvents.id, middle.id));
    expect((await verifyAuditChains(db)).problems).toContainEqual({
      agencyId: x,
      seq: 3,
      problem: 'missing',
    });

    await db.delete(auditEvents).where(and(eq(auditEvents.agencyId, x), eq(auditEvents.seq, max)));
    expect((await verifyAuditChains(db)).problems).toContainEqual({
      agencyId: x,
      seq: max,
      problem: 'truncated',
    });
    // the other agency's chain is untouched
    expect((await verifyAuditChains(db)).problems.every((p) => p.agencyId === x)).toBe(true);
  });
});
