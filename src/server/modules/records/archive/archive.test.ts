import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../testing/test-app.ts';
import { docxParts, folded, pdfText } from '../../documents/export/export.testing.ts';
import { seedFile } from '../files/files.testing.ts';

const ctx = setupTestApp();
const TRANSFERS = '/api/v1/archive-transfers';

async function closedFiles() {
  const file = (title: string, startDate: string, endDate: string, retentionYears: number | null) =>
    seedFile(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      title,
      startDate,
      endDate,
      retentionYears,
      state: 'closed',
    });
  return [
    await file('Hồ sơ tuyển dụng công chức năm 2016', '2016-02-01', '2016-11-30', null),
    await file('Hồ sơ đánh giá nội bộ đợt 1', '2016-04-04', '2016-06-20', 10),
  ];
}

describe('transfer to the agency archive', () => {
  it('hands closed files over, and only the unit head or ISO officer may', async () => {
    const fileIds = await closedFiles();
    const body = {
      unitId: ctx.fixture.units.x1.id,
      transferDate: '2017-12-15',
      receivedByName: 'Trần Thị Lưu Trữ',
      notes: 'Tài liệu đầy đủ',
      fileIds,
    };
    expect((await (await ctx.as('x.unit_staff')).post(TRANSFERS, body)).status).toBe(403);
    expect((await (await ctx.as('x2.staff')).post(TRANSFERS, body)).status).toBe(403);
    expect((await (await ctx.as('y.admin')).post(TRANSFERS, body)).status).toBe(404);
    const officer = await ctx.as('x.unit_iso_officer');
    const open = await seedFile(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
    });
    const withOpen = await officer.post(TRANSFERS, { ...body, fileIds: [...fileIds, open] });
    expect(withOpen.status).toBe(400);
    expect(withOpen.body.error.details[0].path).toBe('fileIds');
    expect((await officer.get(`/api/v1/record-files/${fileIds[0]}`)).body.state).toBe('closed');
    // A restricted file the ISO officer may not see is not his to hand over; the unit head's.
    const restricted = await seedFile(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      state: 'closed',
      endDate: '2016-12-30',
      accessRegime: 'restricted',
    });
    const withRestricted = await officer.post(TRANSFERS, { ...body, fileIds: [restricted] });
    expect(withRestricted.status).toBe(400);
    expect(withRestricted.body.error.details[0].path).toBe('fileIds');

    const created = await officer.post(TRANSFERS, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const view = (await officer.get(`/api/v1/record-files/${fileIds[0]}`)).body;
    expect(view).toMatchObject({
      state: 'transferred',
      transfer: { id: created.body.id, transferDate: '2017-12-15' },
    });
    expect(view.transferStatus).toBeNull();
    const head = await ctx.as('x.unit_unit_head');
    expect(
      (
        await head.post(`/api/v1/record-files/${fileIds[0]}/reopen`, {
          version: view.version,
          reason: 'Xem lại',
        })
      ).status,
    ).toBe(409);
    expect((await officer.post(TRANSFERS, body)).status).toBe(400);

    const list = (await (await ctx.as('x.secretariat_all')).get(TRANSFERS)).body;
    expect(list.items[0]).toMatchObject({
      id: created.body.id,
      fileCount: 2,
      receivedByName: 'Trần Thị Lưu Trữ',
      handedOverByName: 'Người thử x.unit_iso_officer',
    });
    expect((await (await ctx.as('x.unit_staff')).get(TRANSFERS)).body.items).toEqual([]);
    expect((await (await ctx.as('x.unit_staff')).get(`${TRANSFERS}/${created.body.id}`)).status).toBe(404);
    const detail = (await head.get(`${TRANSFERS}/${created.body.id}`)).body;
    expect(detail.files.map((f: { title: string }) => f.title)).toHaveLength(2);
  });

  it('exports the transfer list and the handover minutes', async () => {
    const fileIds = await closedFiles();
    const officer = await ctx.as('x.unit_iso_officer');
    const { id } = (
      await officer.post(TRANSFERS, {
        unitId: ctx.fixture.units.x1.id,
        transferDate: '2018-01-10',
        receivedByName: 'Nguyễn Văn Lưu',
        fileIds,
      })
    ).body;
    const files = (await officer.get(`${TRANSFERS}/${id}`)).body.files as Array<{
      fileCode: string;
      title: string;
    }>;

    const xlsx = await officer.bytes(`${TRANSFERS}/${id}/list.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('muc-luc-nop-luu-2018-01-10.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A2').value).toBe('MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU');
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Mã hồ sơ',
      'Tiêu đề hồ sơ',
      'Thời gian tài liệu',
      'Thời hạn bảo quản',
      'Số tờ/trang',
      'Ghi chú',
    ]);
    const rows = [6, 7].map((r) => sheet.getRow(r).values as unknown[]);
    const permanent = rows.find((r) => r[3] === 'Hồ sơ tuyển dụng công chức năm 2016')!;
    expect(permanent.slice(1, 7)).toEqual([
      expect.any(Number),
      files.find((f) => f.title === permanent[3])!.fileCode,
      'Hồ sơ tuyển dụng công chức năm 2016',
      '01/02/2016 – 30/11/2016',
      'Vĩnh viễn',
      0,
    ]);
    expect(rows.find((r) => r[3] === 'Hồ sơ đánh giá nội bộ đợt 1')![5]).toBe('10 năm');

    const listDocx = await docxParts((await officer.bytes(`${TRANSFERS}/${id}/list.docx`)).body);
    expect(listDocx.text).toContain('MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU');
    expect(listDocx.text).toContain('Hồ sơ đánh giá nội bộ đợt 1');
    expect(listDocx.text).toContain('1 hồ sơ bảo quản vĩnh viễn và 1 hồ sơ bảo quản có thời hạn');
    const listPdf = folded(await pdfText((await officer.bytes(`${TRANSFERS}/${id}/list.pdf`)).body));
    expect(listPdf).toContain('MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU');
    expect(listPdf).toContain('Thời hạn bảo quản');
    expect(listPdf).toContain(files[0].fileCode);

    const minutes = await officer.bytes(`${TRANSFERS}/${id}/minutes.docx`);
    expect(minutes.headers['content-type']).toContain('wordprocessingml');
    const text = folded((await docxParts(minutes.body)).text);
    for (const expected of [
      'BIÊN BẢN',
      'Về việc giao nhận tài liệu',
      'Căn cứ Nghị định số 30/2020/NĐ-CP',
      'Hôm nay, ngày 10 tháng 01 năm 2018, tại Bộ Thử nghiệm X',
      'BÊN GIAO: Vụ Một',
      'Ông (bà): Người thử x.unit_iso_officer',
      'Ông (bà): Nguyễn Văn Lưu',
      'Thời gian của tài liệu: từ 01/02/2016 đến 30/11/2016',
      'Số lượng tài liệu: 2 hồ sơ',
      'ĐẠI DIỆN BÊN GIAO',
      'ĐẠI DIỆN BÊN NHẬN',
    ])
      expect(text).toContain(expected);
    const minutesPdf = folded(await pdfText((await officer.bytes(`${TRANSFERS}/${id}/minutes.pdf`)).body));
    expect(minutesPdf).toContain('BIÊN BẢN');
    expect(minutesPdf).toContain('Số lượng tài liệu: 2 hồ sơ');
    expect(minutesPdf).toContain('ĐẠI DIỆN BÊN NHẬN');
    expect((await officer.bytes(`${TRANSFERS}/${id}/minutes.xlsx`)).status).toBe(404);
    expect((await officer.bytes(`${TRANSFERS}/${id}/other.pdf`)).status).toBe(400);
  });
});
