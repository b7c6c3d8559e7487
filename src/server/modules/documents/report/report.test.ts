import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentType, VersionState } from '../../../../contract/documents.ts';
import { QUOC_HIEU, TIEU_NGU } from '../../../platform/papers/letterhead.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { docxParts, fileClient, folded, pdfText } from '../export/export.testing.ts';

const ctx = setupTestApp();
const download = fileClient(ctx);
const period = 'from=2017-01-01&to=2017-12-25';
/** An instant given in Vietnam's time. */
const vn = (local: string) => new Date(`${local}+07:00`);

type Seed = {
  unit: 'x1' | 'x1a' | 'x2';
  type?: DocumentType;
  changeKind: 'new' | 'revise' | 'withdraw';
  state: VersionState;
  submittedAt?: Date;
  approvedAt?: Date;
  issueDate?: string;
};

/** One version with the given kind, state and moments, written straight into the tables. */
async function version(seed: Seed) {
  const db = ctx.database.db;
  const { documentId, versionId } = await seedDocument(db, {
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units[seed.unit].id,
    personId: ctx.fixture.xSecretariat,
    state: 'draft',
  });
  await db
    .update(documents)
    .set({ type: seed.type ?? 'business_procedure' })
    .where(eq(documents.id, documentId));
  await db
    .update(documentVersions)
    .set({
      changeKind: seed.changeKind,
      state: seed.state,
      submittedAt: seed.submittedAt ?? null,
      approvedAt: seed.approvedAt ?? null,
      issueDate: seed.issueDate ?? null,
      effectiveDate: seed.issueDate ?? null,
    })
    .where(eq(documentVersions.id, versionId));
}

const figures = (
  improved: number,
  newlyBuilt: number,
  awaitingApproval: number,
  issued = 0,
  withdrawn = 0,
) => ({
  improved,
  newlyBuilt,
  awaitingApproval,
  issued,
  withdrawn,
});
const none = figures(0, 0, 0);

describe('documents status report', () => {
  beforeAll(async () => {
    // Vụ Một, business procedures.
    await version({
      unit: 'x1',
      changeKind: 'revise',
      state: 'submitted',
      submittedAt: vn('2017-12-25T23:30:00'),
    });
    await version({
      unit: 'x1',
      changeKind: 'revise',
      state: 'submitted',
      submittedAt: vn('2017-12-26T00:10:00'),
    });
    await version({
      unit: 'x1',
      changeKind: 'revise',
      state: 'submitted',
      submittedAt: vn('2016-12-31T23:59:00'),
    });
    await version({
      unit: 'x1',
      changeKind: 'new',
      state: 'in_force',
      submittedAt: vn('2017-01-01T00:00:00'),
      approvedAt: vn('2017-12-26T08:00:00'),
      issueDate: '2017-12-26',
    });
    await version({
      unit: 'x1',
      changeKind: 'new',
      state: 'superseded',
      submittedAt: vn('2017-05-01T09:00:00'),
      approvedAt: vn('2017-05-10T09:00:00'),
      issueDate: '2017-05-10',
    });
    await version({
      unit: 'x1',
      changeKind: 'revise',
      state: 'cancelled',
      submittedAt: vn('2017-06-01T09:00:00'),
    });
    await version({
      unit: 'x1',
      changeKind: 'withdraw',
      state: 'withdrawn',
      submittedAt: vn('2017-12-20T09:00:00'),
      approvedAt: vn('2017-12-25T09:00:00'),
      issueDate: '2017-12-25',
    });
    await version({
      unit: 'x1',
      type: 'form',
      changeKind: 'revise',
      state: 'submitted',
      submittedAt: vn('2017-07-01T09:00:00'),
    });
    // Vụ Một, a system procedure.
    await version({
      unit: 'x1',
      type: 'system_procedure',
      changeKind: 'revise',
      state: 'in_force',
      submittedAt: vn('2017-03-03T09:00:00'),
      approvedAt: vn('2017-03-10T09:00:00'),
      issueDate: '2017-03-10',
    });
    // Phòng Một A (under Vụ Một) and Vụ Hai.
    await version({
      unit: 'x1a',
      changeKind: 'new',
      state: 'in_force',
      submittedAt: vn('2017-02-02T09:00:00'),
      approvedAt: vn('2017-02-10T09:00:00'),
      issueDate: '2017-02-10',
    });
    await version({
      unit: 'x2',
      changeKind: 'new',
      state: 'submitted',
      submittedAt: vn('2017-08-08T09:00:00'),
    });
    await version({
      unit: 'x2',
      changeKind: 'new',
      state: 'submitted',
      submittedAt: vn('2017-09-09T09:00:00'),
    });
    // Issued the day before the period: not counted.
    await version({
      unit: 'x2',
      changeKind: 'revise',
      state: 'in_force',
      submittedAt: vn('2016-12-20T09:00:00'),
      approvedAt: vn('2016-12-31T09:00:00'),
      issueDate: '2016-12-31',
    });
  });

  const summary =
    'Các đơn vị đã hoàn thành việc cải tiến 1 tài liệu, quy trình hệ thống và 1 quy trình nghiệp vụ; ' +
    'đã trình Lãnh đạo phê duyệt 5 quy trình nghiệp vụ; ' +
    'đã xây dựng mới 5 quy trình nghiệp vụ (Vụ Hai: 2; Vụ Một: 2; Phòng Một A: 1). ' +
    'Trong kỳ, Lãnh đạo đã phê duyệt, ban hành 1 tài liệu hệ thống và 2 quy trình nghiệp vụ; thu hồi 1 quy trình nghiệp vụ.';

  it('counts per unit and in total, boundary days included', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const response = await secretariat.get(`/api/v1/reports/documents-status?${period}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      agencyName: 'Bộ Thử nghiệm X',
      from: '2017-01-01',
      to: '2017-12-25',
    });
    expect(response.body.rows).toEqual([
      {
        unitId: ctx.fixture.units.x2.id,
        unitName: 'Vụ Hai',
        depth: 0,
        system: none,
        business: figures(0, 2, 2),
      },
      {
        unitId: ctx.fixture.units.x1.id,
        unitName: 'Vụ Một',
        depth: 0,
        system: figures(1, 0, 0, 1),
        // Submitted on the last day (late evening) counts; the one submitted before the period
        // and the new one approved the day after still await approval at its end.
        business: figures(1, 2, 3, 1, 1),
      },
      {
        unitId: ctx.fixture.units.x1a.id,
        unitName: 'Phòng Một A',
        depth: 1,
        system: none,
        business: figures(0, 1, 0, 1),
      },
    ]);
    expect(response.body.totals).toEqual({ system: figures(1, 0, 0, 1), business: figures(1, 5, 5, 2, 1) });
    expect(response.body.summary).toBe(summary);
    // The English screen reads the same paragraph in English (the units keep their names).
    expect(response.body.summaryEn).toBe(
      'The units completed the improvement of 1 system document or procedure and 1 business procedure; ' +
        "submitted 5 business procedures for leadership's approval; " +
        'built 5 business procedures anew (Vụ Hai: 2; Vụ Một: 2; Phòng Một A: 1). ' +
        'In the period, the leadership approved and issued 1 system document and 2 business procedures; withdrew 1 business procedure.',
    );
  });

  it('shows a unit head only the rows of their unit', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const report = (await head.get(`/api/v1/reports/documents-status?${period}`)).body;
    expect(report.rows.map((r: { unitName: string }) => r.unitName)).toEqual(['Vụ Một', 'Phòng Một A']);
    expect(report.totals.business).toEqual(figures(1, 3, 3, 2, 1));
    for (const username of ['x.unit_staff', 'x.unit_iso_officer', 'x.admin', 'y.admin']) {
      const client = await ctx.as(username);
      expect((await client.get(`/api/v1/reports/documents-status?${period}`)).status, username).toBe(403);
    }
  });

  it('names the bad field of a bad period', async () => {
    const client = await ctx.as('x.secretariat_all');
    const reversed = await client.get('/api/v1/reports/documents-status?from=2017-12-25&to=2017-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].path).toBe('to');
    const bad = await client.get('/api/v1/reports/documents-status.xlsx?from=2017-13-01&to=2017-12-31');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('from');
  });

  it('exports the table and the summary to XLSX', async () => {
    const response = await download('x.leadership_all', `/api/v1/reports/documents-status.xlsx?${period}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const texts = rows.flat().filter((v) => typeof v === 'string');
    expect(texts).toContain('BÁO CÁO TÌNH HÌNH XÂY DỰNG, CẢI TIẾN TÀI LIỆU HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG');
    expect(texts).toContain('BỘ THỬ NGHIỆM X');
    expect(texts).toContain('Từ ngày 01/01/2017 đến ngày 25/12/2017');
    expect(texts).toContain(summary);
    expect(rows.find((r) => r[1] === 'Vụ Một')).toEqual([2, 'Vụ Một', 1, 0, 0, 1, 0, 1, 2, 3, 1, 1]);
    expect(rows.find((r) => r[1] === 'Tổng cộng')).toEqual(['', 'Tổng cộng', 1, 0, 0, 1, 0, 1, 5, 5, 2, 1]);
    expect(sheet.getCell('A6').font?.name).toBe('Times New Roman');
  });

  /** The head of a báo cáo under Nghị định 30/2020 (two columns: read in either order). */
  const head = (place: string) => [
    'BỘ THỬ NGHIỆM X',
    QUOC_HIEU,
    TIEU_NGU,
    'Số:',
    /\/BC-[A-Z0-9-]+/,
    new RegExp(`${place}, ngày \\d{2} tháng \\d{1,2} năm \\d{4}`),
  ];
  /** What follows the head, in the order it is printed. */
  const layout = [
    'BÁO CÁO',
    'Tình hình xây dựng, cải tiến tài liệu hệ thống quản lý chất lượng',
    'Từ ngày 01/01/2017 đến ngày 25/12/2017',
    summary,
    'Tổng cộng',
    'Nơi nhận:',
    '- Lãnh đạo Bộ (để báo cáo);',
    '- Ban Chỉ đạo ISO;',
    /- Lưu: VT, [A-Z0-9-]+\./,
  ];
  /** Each part found after the one before it (whitespace folded). */
  function expectInOrder(text: string, parts: Array<string | RegExp>) {
    let rest = folded(text);
    for (const part of parts) {
      const found = typeof part === 'string' ? rest.indexOf(part) : rest.search(part);
      expect(found, `${part} in order`).toBeGreaterThanOrEqual(0);
      rest = rest.slice(found);
    }
  }

  it('exports the report as a báo cáo in DOCX: the layout parts, Times New Roman, the figures of the report', async () => {
    const response = await download('x.leadership_all', `/api/v1/reports/documents-status.docx?${period}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('.docx');
    const { text, xml, styles } = await docxParts(response.body);
    for (const part of head('Hà Nội')) expect(folded(text)).toMatch(part);
    expectInOrder(folded(text), layout);
    expect(styles).toContain('Times New Roman');
    const cells = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const row = (name: string) => cells.slice(cells.indexOf(name) - 1, cells.indexOf(name) + 11);
    expect(row('Vụ Một')).toEqual(['2', 'Vụ Một', '1', '0', '0', '1', '0', '1', '2', '3', '1', '1']);
    expect(row('Tổng cộng').slice(1)).toEqual([
      'Tổng cộng',
      '1',
      '0',
      '0',
      '1',
      '0',
      '1',
      '5',
      '5',
      '2',
      '1',
    ]);
  });

  it('exports the same báo cáo as PDF with the figures of the report', async () => {
    const response = await download(
      'x.leadership_all',
      `/api/v1/reports/documents-status.pdf?place=Đà Nẵng&${period}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.body);
    (await import('node:fs')).writeFileSync('/tmp/papers-status.pdf', response.body);
    for (const part of head('Đà Nẵng')) expect(folded(text)).toMatch(part);
    expectInOrder(text, layout);
    const raw = folded(await pdfText(response.body, 'raw'));
    expect(raw).toContain('2 Vụ Một 1 0 0 1 0 1 2 3 1 1');
    expect(raw).toContain('Tổng cộng 1 0 0 1 0 1 5 5 2 1');
  });
});
