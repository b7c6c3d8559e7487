import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditEventPage } from '../../../contract/audit.ts';
import { auditChangeRows, auditRecordLabel, auditValueText, UUID } from '../../../contract/audit-values.ts';
import { auditNames } from '../../audit-names.ts';
import { setupTestApp } from '../../testing/test-app.ts';

/*
 * The before/after view reads as a person reads it: states by the names the rest of the UI
 * uses, people and units by name (resolved on the server, within the reader's agency), and the
 * XLSX export says what the page says (both render through auditChangeRows).
 */

const ctx = setupTestApp();

type Client = Awaited<ReturnType<typeof ctx.as>>;

async function xlsxRows(client: Client, url: string, headers?: Record<string, string>) {
  const file = await client.bytes(url, headers);
  expect(file.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.body as never);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  return rows.slice(1);
}

async function newUnit(admin: Client, name: string) {
  const res = await admin.post('/api/v1/units', { code: `R${Date.now() % 100000}`, name, kind: 'vu' });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

describe('the readable before/after view', () => {
  it('shows a change of status by both of its names, in Vietnamese or English', async () => {
    const admin = await ctx.as('x.admin');
    const unit = await newUnit(admin, 'Vụ Giải thể thử');
    const res = await admin.post('/api/v1/unit-events', {
      kind: 'dissolve',
      unitId: unit.id,
      effectiveDate: '2026-01-05',
    });
    expect(res.status).toBe(201);
    const page = (await admin.get(`/api/v1/audit-events?entityId=${unit.id}`)).body as AuditEventPage;
    const dissolved = page.items.find((e) => e.changes.status);
    expect(dissolved?.changes.status).toEqual({ from: 'active', to: 'dissolved' });
    const row = (lang: 'vi' | 'en') =>
      auditChangeRows('unit', dissolved?.changes ?? {}, lang, page.names).find((r) => r.field === 'status');
    expect(row('vi')).toMatchObject({
      label: 'Trạng thái',
      from: { text: 'Đang hoạt động' },
      to: { text: 'Đã giải thể' },
    });
    expect(row('en')).toMatchObject({ label: 'Status', from: { text: 'Active' }, to: { text: 'Dissolved' } });
    // The same words in the export, and the day of the record as dd/mm/yyyy.
    const rows = await xlsxRows(admin, `/api/v1/audit-events.xlsx?entityId=${unit.id}`);
    expect(rows.find((r) => r[6] === 'Trạng thái')?.slice(7, 9)).toEqual(['Đang hoạt động', 'Đã giải thể']);
    expect(rows.find((r) => r[6] === 'Hết hiệu lực từ')?.[8]).toBe('05/01/2026');
  });

  it("shows a person's id as the person's name and a unit's id as its name, never the id", async () => {
    const admin = await ctx.as('x.admin');
    const res = await admin.post(`/api/v1/people/${ctx.fixture.targets.own}/grants`, {
      role: 'iso_officer',
      unitId: ctx.fixture.units.x1.id,
    });
    expect(res.status).toBe(201);
    const page = (await admin.get('/api/v1/audit-events?entityType=role_grant&pageSize=5'))
      .body as AuditEventPage;
    const grant = page.items.find((e) => e.changes.personId?.to === ctx.fixture.targets.own);
    expect(grant).toBeDefined();
    expect(page.names[ctx.fixture.targets.own]).toBe('Người thử x1.target');
    const rows = auditChangeRows('role_grant', grant?.changes ?? {}, 'vi', page.names);
    const text = Object.fromEntries(rows.map((r) => [r.label, r.to.text]));
    expect(text['Người dùng']).toBe('Người thử x1.target');
    expect(text['Đơn vị']).toBe(ctx.fixture.units.x1.name);
    expect(text['Vai trò']).toBe('Cán bộ đầu mối ISO');
    for (const r of rows) expect(r.to.text).not.toMatch(UUID);
    // The record reads "Người thử x1.target: Cán bộ đầu mối ISO", not the role's code.
    const rowsX = await xlsxRows(admin, `/api/v1/audit-events.xlsx?entityId=${grant?.entityId}`);
    expect(rowsX[0][5]).not.toMatch(/iso_officer/);
  });

  it('names nothing of another agency: its ids find no name', async () => {
    const { agencyX, agencyY, targets, units } = ctx.fixture;
    const ids = [targets.own, units.x1.id];
    expect(await auditNames(ctx.database.db, agencyX, ids, 'vi')).toEqual({
      [targets.own]: 'Người thử x1.target',
      [units.x1.id]: units.x1.name,
    });
    expect(await auditNames(ctx.database.db, agencyY, ids, 'vi')).toEqual({});
  });

  it('writes in the XLSX row exactly what the page shows', async () => {
    const admin = await ctx.as('x.admin');
    const unit = await newUnit(admin, 'Vụ Đối chiếu');
    await admin.patch(`/api/v1/units/${unit.id}`, {
      version: unit.version,
      sortOrder: 1234,
      name: 'Vụ Đối chiếu 2',
    });
    for (const lang of ['vi', 'en'] as const) {
      const headers = { 'accept-language': lang };
      const page = (await admin.get(`/api/v1/audit-events?entityId=${unit.id}`, headers))
        .body as AuditEventPage;
      const screen = page.items.flatMap((e) =>
        auditChangeRows(e.entityType, e.changes, lang, page.names).map((r) => [
          r.label,
          r.from.text,
          r.to.text,
        ]),
      );
      const rows = await xlsxRows(admin, `/api/v1/audit-events.xlsx?entityId=${unit.id}`, headers);
      expect(rows.map((r) => r.slice(6, 9))).toEqual(screen);
      expect(screen).toContainEqual(lang === 'vi' ? ['Thứ tự', '0', '1234'] : ['Order', '0', '1234']);
    }
  });

  it('renders values as read: yes/no, dd/mm/yyyy, numbers vi-VN, long content summarised with its text to expand', () => {
    expect(auditValueText('person', 'active', true, 'vi').text).toBe('Có');
    expect(auditValueText('person', 'active', false, 'en').text).toBe('No');
    expect(auditValueText('document_version', 'effectiveDate', '2026-03-14', 'vi').text).toBe('14/03/2026');
    expect(auditValueText('document_version', 'approvedAt', '2026-03-14T01:02:03.000Z', 'vi').text).toBe(
      '14/03/2026 08:02:03',
    );
    expect(auditValueText('record_file', 'pageCount', 2171, 'vi').text).toBe('2.171');
    expect(auditValueText('record_file', 'pageCount', 2171, 'en').text).toBe('2,171');
    expect(auditValueText('nonconformity', 'year', 2026, 'vi').text).toBe('2026');
    expect(auditValueText('document_version', 'state', 'in_force', 'vi').text).toBe('Đang hiệu lực');
    expect(auditValueText('document_version', 'state', 'secretariat_check', 'vi').text).toBe(
      'Chờ thư ký ISO kiểm tra',
    );
    expect(auditValueText('nonconformity', 'state', 'awaiting_verification', 'vi').text).toBe(
      'Chờ xác nhận hiệu quả',
    );
    expect(auditValueText('work_case', 'state', 'open', 'vi').text).toBe('Đang xử lý');
    expect(auditValueText('nonconformity', 'causeCategories', ['method', 'document'], 'vi').text).toBe(
      'Phương pháp, cách làm; Tài liệu, quy trình',
    );
    expect(
      auditValueText('nonconformity', 'origin', { id: null, type: 'audit_finding', label: 'Đợt 1' }, 'vi')
        .text,
    ).toBe('Phát hiện đánh giá: Đợt 1');
    const content = {
      purpose: 'Quy định trình tự',
      steps: Array.from({ length: 8 }, (_, i) => ({
        id: `B${i + 1}`,
        action: 'Tiếp nhận hồ sơ và kiểm tra thành phần',
      })),
    };
    const changed = auditValueText('document_version', 'content', content, 'vi');
    expect(changed.text).toBe('nội dung đã thay đổi');
    expect(changed.detail).toContain('Tiếp nhận hồ sơ và kiểm tra thành phần');
    expect(changed.detail).not.toContain('{');
    expect(changed.detail).toContain('Các bước thực hiện:');
    expect(changed.detail).toContain('Mục đích: Quy định trình tự');
    expect(auditValueText('document_version', 'content', content, 'en').text).toBe('content changed');
    const id = '01a24f77-5210-77d6-bbb9-0cee258fa2be';
    expect(
      auditValueText(
        'unit_event',
        'snapshot',
        { from: { [id]: { code: 'TTDL', name: 'Trung tâm Dữ liệu' } }, to: {} },
        'vi',
      ).text,
    ).toBe('Trước: Trung tâm Dữ liệu (TTDL)');
    // Labels the trail wrote with a day or a code at the end.
    expect(auditRecordLabel('calendar_day', '2018-02-16 Tết Nguyên đán', 'vi')).toBe(
      '16/02/2018 Tết Nguyên đán',
    );
    expect(auditRecordLabel('document_signature', 'QT-01 lần 1: approve', 'vi')).toBe(
      'QT-01 lần 1: Phê duyệt',
    );
    expect(auditRecordLabel('document_event', 'QT-01 lần 1: request_new', 'en')).toBe(
      'QT-01 lần 1: Requested a new document',
    );
    expect(auditRecordLabel('role_grant', 'Hương: secretariat (KHCN)', 'vi')).toBe(
      'Hương: Thư ký ISO (đơn vị thường trực) (KHCN)',
    );
  });
});
