import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MasterListItem } from '../../../../contract/documents.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { seedWrittenDocument } from '../search/search.fixture.ts';

const ctx = setupTestApp();

type ListPage = { items: MasterListItem[]; total: number };
const list = async (client: Client, params: Record<string, string> = {}) => {
  const response = await client.get(
    `/api/v1/documents?${new URLSearchParams({ pageSize: '100', ...params })}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as ListPage;
};
const codes = (page: ListPage) => page.items.map((i) => i.code);

/** The export as bytes. */
const download = async (username: string, query = '') =>
  (await ctx.as(username)).bytes(`/api/v1/documents/export.xlsx${query}`);

async function readSheet(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('Danh mục tài liệu')!;
}

const seeded = {} as Record<
  'control' | 'audit' | 'guide' | 'postal' | 'foreign',
  { documentId: string; code: string }
>;

beforeAll(async () => {
  const { db } = ctx.database;
  const f = ctx.fixture;
  const x1 = { agencyId: f.agencyX, unitId: f.units.x1.id, personId: f.roleHolders.iso_officer };
  seeded.control = await seedWrittenDocument(db, x1, {
    title: 'Quy trình kiểm soát tài liệu',
    type: 'system_procedure',
    state: 'in_force',
    nextReviewDate: '2018-01-01',
  });
  seeded.audit = await seedWrittenDocument(db, x1, {
    title: 'Quy trình đánh giá nội bộ',
    type: 'system_procedure',
    state: 'in_force',
    nextReviewDate: '2018-06-30',
  });
  seeded.guide = await seedWrittenDocument(db, x1, {
    title: 'Hướng dẫn trình bày văn bản hành chính',
    type: 'guideline',
    state: 'in_force',
  });
  seeded.postal = await seedWrittenDocument(
    db,
    { agencyId: f.agencyX, unitId: f.units.x2.id, personId: f.x2Staff },
    { title: 'Quy trình cấp giấy phép bưu chính', state: 'draft' },
  );
  seeded.foreign = await seedWrittenDocument(
    db,
    { agencyId: f.agencyY, unitId: f.units.y1.id, personId: f.yStaff },
    { title: 'Quy trình kiểm soát tài liệu của Bộ Y', state: 'in_force' },
  );
});

describe('master list (danh mục tài liệu)', () => {
  it('lists documents in force to all; a new draft only to whoever may read it', async () => {
    const staff = await list(await ctx.as('x.unit_staff'));
    expect(codes(staff)).toEqual(
      expect.arrayContaining([seeded.control.code, seeded.audit.code, seeded.guide.code]),
    );
    expect(codes(staff)).not.toContain(seeded.postal.code);
    expect(codes(staff)).not.toContain(seeded.foreign.code);
    expect(staff.total).toBe(staff.items.length);
    expect(staff.items.find((i) => i.code === seeded.control.code)).toMatchObject({
      type: 'system_procedure',
      status: 'in_force',
      ownerUnitName: 'Vụ Một',
      issueNo: 1,
      issueDate: '2017-01-01',
      effectiveDate: '2017-01-01',
      nextReviewDate: '2018-01-01',
      pendingState: null,
    });
    expect(codes(await list(await ctx.as('x.unit_unit_head')))).not.toContain(seeded.postal.code);
    for (const reader of ['x2.staff', 'x.secretariat_all']) {
      const page = await list(await ctx.as(reader));
      expect(
        page.items.find((i) => i.code === seeded.postal.code),
        reader,
      ).toMatchObject({
        status: 'none',
        pendingState: 'draft',
        issueNo: null,
      });
    }
    expect(codes(await list(await ctx.as('y.staff')))).toEqual([seeded.foreign.code]);
  });

  it('shows a revision in progress only to those who may read it', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const revision = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Cập nhật theo Nghị định 30/2020/NĐ-CP',
      documentId: seeded.guide.documentId,
    });
    expect(revision.status).toBe(201);
    const own = (await list(officer)).items.find((i) => i.code === seeded.guide.code);
    expect(own).toMatchObject({ status: 'in_force', pendingState: 'draft' });
    const other = (await list(await ctx.as('x2.staff'))).items.find((i) => i.code === seeded.guide.code);
    expect(other).toMatchObject({ status: 'in_force', pendingState: null });
  });

  it('pages, filters and sorts in the database', async () => {
    const client = await ctx.as('x.secretariat_all');
    const all = await list(client);
    const pages: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
      const part = await list(client, { pageSize: '2', page: String(page) });
      expect(part.total).toBe(all.total);
      pages.push(...codes(part));
    }
    expect(pages).toEqual(codes(all));
    const pastTheEnd = await list(client, { pageSize: '2', page: String(Math.ceil(all.total / 2) + 1) });
    expect(pastTheEnd).toMatchObject({ items: [], total: all.total });
    expect(codes(all)).toEqual([...codes(all)].sort());
    const descending = await list(client, { sort: '-code' });
    expect(codes(descending)).toEqual([...codes(all)].reverse());
    expect(codes(await list(client, { type: 'guideline' }))).toEqual([seeded.guide.code]);
    expect(codes(await list(client, { status: 'none' }))).toEqual([seeded.postal.code]);
    expect(codes(await list(client, { q: 'kiem soat tai lieu' }))).toEqual([seeded.control.code]);
    expect(codes(await list(client, { ownerUnitId: ctx.fixture.units.x2.id }))).toEqual([seeded.postal.code]);
  });
});

describe('master list export (XLSX)', () => {
  it('exports exactly the rows the list shows, with title, header and Vietnamese names', async () => {
    const response = await download('x.unit_staff', '?type=system_procedure');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="danh-muc-tai-lieu-${todayInVietnam()}.xlsx"`,
    );
    const sheet = await readSheet(response.body);
    expect(sheet.getCell('A1').value).toBe('BỘ THỬ NGHIỆM X');
    expect(sheet.getCell('A2').value).toBe('DANH MỤC TÀI LIỆU');
    expect(sheet.getCell('A3').value).toBe(
      `Tính đến ngày ${todayInVietnam().split('-').reverse().join('/')}`,
    );
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Mã hiệu',
      'Tên tài liệu',
      'Loại',
      'Đơn vị chủ trì',
      'Lần ban hành',
      'Ngày ban hành',
      'Ngày hiệu lực',
      'Ngày rà soát tiếp theo',
      'Trạng thái',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getColumn(3).width).toBe(50);

    const shown = await list(await ctx.as('x.unit_staff'), { type: 'system_procedure' });
    expect(sheet.rowCount).toBe(4 + shown.total);
    expect(shown.total).toBe(2);
    const rows = shown.items.map((_, i) => sheet.getRow(5 + i));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(codes(shown));
    const control = rows.find((r) => r.getCell(2).value === seeded.control.code)!;
    expect(control.values).toEqual([
      undefined,
      expect.any(Number),
      seeded.control.code,
      'Quy trình kiểm soát tài liệu',
      'Quy trình hệ thống',
      'Vụ Một',
      1,
      new Date('2017-01-01T00:00:00Z'),
      new Date('2017-01-01T00:00:00Z'),
      new Date('2018-01-01T00:00:00Z'),
      'Đang hiệu lực',
    ]);
    expect(control.getCell(8).numFmt).toBe('dd/mm/yyyy');
    expect(rows.map((r) => r.getCell(1).value)).toEqual([1, 2]);
  });

  it('includes the drafts the person may read, named by their state', async () => {
    const sheet = await readSheet((await download('x2.staff', '?status=none')).body);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(5).getCell(3).value).toBe('Quy trình cấp giấy phép bưu chính');
    expect(sheet.getRow(5).getCell(10).value).toBe('Dự thảo');
    const guide = await readSheet((await download('x.unit_iso_officer', '?type=guideline')).body);
    expect(guide.getRow(5).getCell(10).value).toBe('Đang hiệu lực (bản sửa đổi: dự thảo)');
  });

  it('names the field of a bad filter', async () => {
    const response = await download('x.unit_staff', '?type=memo');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString()).error.details[0].path).toBe('type');
  });
});
