import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogueColumns } from '../../../../contract/records-catalogue.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { multipartFile } from '../../../testing/xlsx-upload.ts';
import { docxParts, folded, pdfText } from '../../documents/export/export.testing.ts';

const ctx = setupTestApp();
const base = '/api/v1/records-catalogues';
const closing =
  'Bản danh mục hồ sơ này có 3 (ba) hồ sơ, bao gồm: 1 hồ sơ có thời hạn bảo quản vĩnh viễn; 2 hồ sơ có thời hạn bảo quản có thời hạn.';

async function catalogue(officer: Client, year: number) {
  const { id } = (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year })).body;
  const add = (body: object) => officer.post(`${base}/${id}/headings`, body);
  const h1 = (await add({ title: 'Hồ sơ tổng hợp' })).body.headings[0];
  const sub = (await add({ title: 'Kế hoạch, báo cáo', parentId: h1.id })).body.headings[1];
  const h2 = (await add({ title: 'Hồ sơ tổ chức cán bộ' })).body.headings[2];
  const entry = (body: object) => officer.post(`${base}/${id}/entries`, body);
  await entry({
    headingId: sub.id,
    title: 'Kế hoạch công tác năm 2017',
    retentionYears: null,
    notes: 'Bản chính',
  });
  await entry({
    headingId: h2.id,
    title: 'Hồ sơ tuyển dụng công chức',
    retentionYears: 20,
    ownerPersonId: ctx.fixture.roleHolders.staff,
  });
  await entry({
    headingId: h2.id,
    title: 'Hồ sơ đào tạo, bồi dưỡng',
    retentionYears: 10,
    ownerUnitId: ctx.fixture.units.x1a.id,
  });
  return id as string;
}

async function sheetOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = [1, 2, 3, 4, 5].map((c) => String(row.getCell(c).value ?? ''));
  });
  return rows.map((r) => r ?? ['', '', '', '', '']);
}

const importInto = (client: Client, id: string, buffer: Buffer) => {
  const { payload, headers } = multipartFile('danh-muc.xlsx', buffer);
  return client.post(`${base}/${id}/import`, payload, headers);
};

async function workbook(rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục');
  sheet.addRow(['BỘ THỬ NGHIỆM X']);
  sheet.addRow([...catalogueColumns]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('catalogue exports in the five-column layout', () => {
  it('writes XLSX, DOCX and PDF with headings, entries and the closing counts', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const id = await catalogue(officer, 2017);
    const staff = await ctx.as('x.unit_staff');
    // Drafts are read by their keepers only: the staff get 404 on the export too.
    expect((await staff.bytes(`${base}/${id}/export.xlsx`)).status).toBe(404);

    const xlsx = await officer.bytes(`${base}/${id}/export.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('danh-muc-ho-so-X1-2017.xlsx');
    const rows = await sheetOf(xlsx.body);
    expect(rows[0][0]).toBe('BỘ THỬ NGHIỆM X');
    expect(rows[1][0]).toBe('VỤ MỘT');
    expect(rows[3][0]).toBe('DANH MỤC HỒ SƠ NĂM 2017');
    const header = rows.findIndex((r) => r[0] === catalogueColumns[0]);
    expect(rows[header]).toEqual([...catalogueColumns]);
    expect(rows.slice(header + 2, header + 7)).toEqual([
      ['I', 'Hồ sơ tổng hợp', '', '', ''],
      ['1', 'Kế hoạch, báo cáo', '', '', ''],
      ['01.X1', 'Kế hoạch công tác năm 2017', 'Vĩnh viễn', 'Vụ Một', 'Bản chính'],
      ['II', 'Hồ sơ tổ chức cán bộ', '', '', ''],
      ['02.X1', 'Hồ sơ tuyển dụng công chức', '20 năm', 'Vụ Một – Người thử x.unit_staff', ''],
    ]);
    expect(rows[header + 7]).toEqual(['03.X1', 'Hồ sơ đào tạo, bồi dưỡng', '10 năm', 'Phòng Một A', '']);
    expect(rows.some((r) => r[0] === closing)).toBe(true);
    expect(rows.some((r) => r[3] === 'LÃNH ĐẠO ĐƠN VỊ')).toBe(true);

    const docx = await officer.bytes(`${base}/${id}/export.docx`);
    expect(docx.status).toBe(200);
    const { text } = await docxParts(docx.body);
    expect(text).toContain('DANH MỤC HỒ SƠ NĂM 2017');
    for (const column of catalogueColumns) expect(text).toContain(column);
    expect(text).toContain('Hồ sơ tuyển dụng công chức');
    expect(text).toContain(closing);
    expect(text).toContain('LÃNH ĐẠO ĐƠN VỊ');

    const pdf = await officer.bytes(`${base}/${id}/export.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pdfBody = folded(await pdfText(pdf.body));
    expect(pdfBody).toContain('DANH MỤC HỒ SƠ NĂM 2017');
    expect(pdfBody).toContain('Kế hoạch công tác năm 2017');
    expect(pdfBody).toContain(closing);
    expect(pdfBody).toContain('(Dự thảo)');
  });

  it('imports its own export into another draft: the same headings and entries', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const source = await catalogue(officer, 2018);
    const exported = (await officer.bytes(`${base}/${source}/export.xlsx`)).body;
    const target = (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: 2019 })).body.id;
    await officer.post(`${base}/${target}/entries`, { title: 'Sẽ bị thay thế', retentionYears: 5 });
    const imported = await importInto(officer, target, exported);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toEqual({ headings: 3, entries: 3 });
    const shape = (view: { headings: object[]; entries: object[] }) => ({
      headings: view.headings.map(({ number, title }: any) => ({ number, title })),
      entries: view.entries.map(
        ({ code, title, retentionYears, ownerUnitId, ownerPersonId, notes }: any) => ({
          code,
          title,
          retentionYears,
          ownerUnitId,
          ownerPersonId,
          notes,
        }),
      ),
    });
    const before = (await officer.get(`${base}/${source}`)).body;
    const after = (await officer.get(`${base}/${target}`)).body;
    expect(shape(after)).toEqual(shape(before));
    expect(after.counts).toEqual({ total: 3, permanent: 1, limited: 2 });
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${target}`);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toContain('import');
  });

  it('reports every bad row by number and imports nothing', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const id = (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: 2020 })).body.id;
    await officer.post(`${base}/${id}/entries`, { title: 'Giữ nguyên', retentionYears: 5 });
    const file = await workbook([
      ['1', 'Đề mục con trước đề mục', '', '', ''],
      ['I', 'Hồ sơ chung', '', '', ''],
      ['01.X1', 'Hồ sơ đúng', 'Vĩnh viễn', 'Vụ Một', ''],
      ['', 'Dòng thiếu số', '10 năm', '', ''],
      ['02.X1', 'Thời hạn sai', 'Lâu dài', '', ''],
      ['01.x1', 'Trùng số', '5 năm', '', ''],
      ['03.X1', '', '5 năm', 'Vụ Không Có', ''],
    ]);
    const response = await importInto(officer, id, file);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('import.invalid_rows');
    const messages = response.body.error.details.map((d: { message: string }) => d.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Dòng 3, cột "Số và ký hiệu hồ sơ": đề mục con/),
      expect.stringMatching(/^Dòng 6, cột "Số và ký hiệu hồ sơ": thiếu số và ký hiệu/),
      expect.stringMatching(/^Dòng 7, cột "Thời hạn bảo quản": "Lâu dài" không đọc được/),
      expect.stringMatching(/^Dòng 8, cột "Số và ký hiệu hồ sơ": trùng với dòng 5/),
      expect.stringMatching(/^Dòng 9, cột "Tên đề mục và tiêu đề hồ sơ": thiếu/),
      expect.stringMatching(/^Dòng 9, cột "Đơn vị\/người lập hồ sơ": không có đơn vị "Vụ Không Có"/),
    ]);
    const view = (await officer.get(`${base}/${id}`)).body;
    expect(view.entries.map((e: { title: string }) => e.title)).toEqual(['Giữ nguyên']);
    expect(view.headings).toEqual([]);

    const notXlsx = await importInto(officer, id, Buffer.from('không phải excel'));
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.error.details[0].path).toBe('file');
    const approvedHead = await ctx.as('x.unit_unit_head');
    const { version } = (await approvedHead.get(`${base}/${id}`)).body;
    await officer.post(`${base}/${id}/transitions`, { action: 'submit', version });
    await approvedHead.post(`${base}/${id}/transitions`, {
      action: 'approve',
      version: version + 1,
      password: FIXTURE_PASSWORD,
    });
    expect((await importInto(officer, id, file)).status).toBe(409);
  });
});
