import { readFileSync } from 'node:fs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseMeasures } from '../../../../contract/case-measures.ts';
import { QUOC_HIEU, TIEU_NGU } from '../../../platform/papers/letterhead.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { docxParts, folded, pdfText } from '../../documents/export/export.testing.ts';
import { recordFiles } from '../../records/records.table.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { MEASURES_SUBJECT } from './measures.paper.ts';
import { caseMeasureMonths } from './measures.table.ts';
import { seedCase } from './measures.testing.ts';

const ctx = setupTestApp();
const year2017 = 'from=2017-01-01&to=2017-12-31';
let p1 = '';
let p2 = '';
const seeded: Record<string, { caseId: string; fileId: string | null }> = {};

async function measures(username: string, query: string): Promise<CaseMeasures> {
  const response = await (await ctx.as(username)).get(`/api/v1/reports/case-measures?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

beforeAll(async () => {
  const db = ctx.database.db;
  const f = ctx.fixture;
  const x = { agencyId: f.agencyX, personId: f.xSecretariat };
  const procedure = async (agencyId: string, unitId: string) =>
    (await seedDocument(db, { agencyId, unitId, personId: f.xSecretariat, state: 'in_force' })).documentId;
  p1 = await procedure(f.agencyX, f.units.x1.id);
  p2 = await procedure(f.agencyX, f.units.x2.id);
  const py = await procedure(f.agencyY, f.units.y1.id);
  const x1 = { ...x, unitId: f.units.x1.id, procedureId: p1 };
  // A: finished on time, file closed.
  seeded.a = await seedCase(db, {
    ...x1,
    start: '2017-02-01',
    closed: '2017-03-10',
    file: 'closed',
    workingDays: 26,
    steps: [
      { done: '2017-02-03', workingDays: 2 },
      { done: '2017-03-10', workingDays: 4 },
    ],
  });
  // B: finished late (its second step two days late), file left open.
  seeded.b = await seedCase(db, {
    ...x1,
    start: '2017-03-01',
    closed: '2017-04-20',
    file: 'open',
    workingDays: 35,
    steps: [
      { done: '2017-03-06', workingDays: 3 },
      { done: '2017-04-20', workingDays: 7, daysLate: 2 },
    ],
  });
  // C: open, no file opened at start, one step overdue.
  seeded.c = await seedCase(db, {
    ...x1,
    start: '2017-05-02',
    file: null,
    steps: [{ done: '2017-05-03', workingDays: 1 }, { due: '2017-05-10' }],
  });
  // D: cancelled — counted nowhere, overdue step included.
  await seedCase(db, {
    ...x1,
    start: '2017-06-01',
    state: 'cancelled',
    steps: [{ done: '2017-06-02', workingDays: 9, daysLate: 5 }, { due: '2017-06-10' }],
  });
  // E: started before the period, finished in it.
  await seedCase(db, {
    ...x1,
    start: '2016-12-20',
    closed: '2017-01-05',
    file: 'closed',
    workingDays: 11,
    steps: [{ done: '2017-01-05', workingDays: 5 }],
  });
  // F: started in the period, finished after it (its late step too).
  await seedCase(db, {
    ...x1,
    start: '2017-12-28',
    closed: '2018-01-03',
    file: 'open',
    workingDays: 4,
    steps: [
      { done: '2017-12-29', workingDays: 1 },
      { done: '2018-01-03', workingDays: 2, daysLate: 1 },
    ],
  });
  // I: in the sub-unit X1a, on time.
  seeded.i = await seedCase(db, {
    ...x1,
    unitId: f.units.x1a.id,
    start: '2017-08-01',
    closed: '2017-08-15',
    file: 'transferred',
    workingDays: 10,
    steps: [{ done: '2017-08-15', workingDays: 3 }],
  });
  // G: unit X2, procedure P2, open, a late step done, the active one due far ahead.
  await seedCase(db, {
    ...x,
    unitId: f.units.x2.id,
    procedureId: p2,
    start: '2017-07-03',
    steps: [{ done: '2017-07-04', workingDays: 2, daysLate: 1 }, { due: '2099-01-01' }],
  });
  // H: another agency.
  await seedCase(db, {
    agencyId: f.agencyY,
    personId: f.yStaff,
    unitId: f.units.y1.id,
    procedureId: py,
    start: '2017-03-01',
    steps: [{ due: '2017-03-02' }],
  });
});

describe('case measures', () => {
  it('computes every figure over the agency for the secretariat', async () => {
    const m = await measures('x.secretariat_all', year2017);
    expect(m.totals).toEqual({
      started: 6,
      startedWithFile: 5,
      fileOpenedAtStartRate: 5 / 6,
      finished: 4,
      finishedOnTime: 3,
      onTimeRate: 0.75,
      // A, B, E, I: 26, 35, 11 and 10 working days start to closing.
      avgWorkingDaysPerCase: 20.5,
      stepsDone: 9,
      stepsDoneOnTime: 7,
      stepOnTimeRate: 7 / 9,
      avgWorkingDaysPerStep: 3.1,
      overdueSteps: 1,
      overdueCases: 1,
      filesLeftOpen: 1,
    });
    const x2 = m.byUnit.find((u) => u.unitId === ctx.fixture.units.x2.id);
    expect(x2).toMatchObject({ started: 1, stepsDone: 1, stepsDoneOnTime: 0, overdueSteps: 0 });
    const x1a = m.byUnit.find((u) => u.unitId === ctx.fixture.units.x1a.id);
    expect(x1a).toMatchObject({ started: 1, finished: 1, onTimeRate: 1, depth: 1 });
    expect(m.byProcedure.map((p) => [p.procedureId, p.started])).toEqual(
      expect.arrayContaining([
        [p1, 5],
        [p2, 1],
      ]),
    );
    expect(m.byMonth).toHaveLength(12);
    const month = (key: string) => m.byMonth.find((r) => r.month === key);
    expect(month('2017-01')).toMatchObject({ started: 0, finished: 1, stepsDone: 1 });
    expect(month('2017-03')).toMatchObject({ started: 1, finished: 1, onTimeRate: 1, stepsDone: 2 });
    expect(month('2017-04')).toMatchObject({ finished: 1, onTimeRate: 0, filesLeftOpen: 1 });
    expect(month('2017-05')).toMatchObject({ started: 1, fileOpenedAtStartRate: 0, overdueSteps: 0 });
  });

  it('counts both ends of the period', async () => {
    const m = await measures('x.secretariat_all', 'from=2017-03-10&to=2017-04-20');
    expect(m.totals).toMatchObject({ started: 0, finished: 2, finishedOnTime: 1, stepsDone: 2 });
    expect(m.byMonth.map((r) => r.month)).toEqual(['2017-03', '2017-04']);
    const narrower = await measures('x.secretariat_all', 'from=2017-03-11&to=2017-04-19');
    expect(narrower.totals).toMatchObject({ finished: 0, stepsDone: 0, overdueSteps: 1 });
  });

  it('defaults to this year to today, or the whole of the latest year with cases when this year has none', async () => {
    // The fixture's cases run in 2017 and 2018: nothing this year, so the measures open on 2018.
    const m = await measures('x.secretariat_all', '');
    expect(todayInVietnam() > '2019-01-01').toBe(true);
    expect([m.from, m.to]).toEqual(['2018-01-01', '2018-12-31']);
    expect(m.totals.started + m.totals.finished + m.totals.stepsDone).toBeGreaterThan(0);
    expect(m.totals.overdueSteps).toBe(1);
  });

  it('stitches whole months from the monthly table to the days at the edges', async () => {
    const year = await measures('x.secretariat_all', year2017);
    const cut = await measures('x.secretariat_all', 'from=2016-12-21&to=2018-01-02');
    expect(cut.totals).toEqual(year.totals);
    const wider = await measures('x.secretariat_all', 'from=2016-12-20&to=2018-01-03');
    expect(wider.totals).toMatchObject({
      started: 7,
      finished: 5,
      stepsDone: 10,
      stepsDoneOnTime: 7,
      avgWorkingDaysPerCase: 17.2, // F's 4 working days too
    });
  });

  it('filters by unit (with its sub-units) and by procedure', async () => {
    const x1 = await measures('x.secretariat_all', `${year2017}&unitId=${ctx.fixture.units.x1.id}`);
    expect(x1.totals).toMatchObject({ started: 5, finished: 4, stepsDone: 8 });
    expect(x1.byUnit.map((u) => u.unitId)).toEqual([ctx.fixture.units.x1.id, ctx.fixture.units.x1a.id]);
    const byP2 = await measures('x.secretariat_all', `${year2017}&procedureId=${p2}`);
    expect(byP2.totals).toMatchObject({ started: 1, finished: 0, stepsDone: 1 });
    expect(byP2.byProcedure.map((p) => p.procedureId)).toEqual([p2]);
  });

  it('scopes the figures to the units a person may see', async () => {
    for (const username of ['x.unit_staff', 'x.unit_unit_head', 'x.unit_iso_officer', 'x.unit_leadership']) {
      const m = await measures(username, year2017);
      expect(m.totals, username).toMatchObject({ started: 5, finished: 4, stepsDone: 8, stepsDoneOnTime: 7 });
      expect(m.byUnit.map((u) => u.unitId)).not.toContain(ctx.fixture.units.x2.id);
    }
    expect((await measures('x2.staff', year2017)).totals).toMatchObject({ started: 1, stepsDone: 1 });
    expect((await measures('x1a.staff', year2017)).totals).toMatchObject({ started: 1, finished: 1 });
    expect((await measures('y.staff', year2017)).totals).toMatchObject({ started: 1, overdueSteps: 1 });
    const headOfX1 = await ctx.as('x.unit_unit_head');
    expect(
      (await headOfX1.get(`/api/v1/reports/case-measures?unitId=${ctx.fixture.units.x2.id}`)).status,
    ).toBe(403);
    const yStaff = await ctx.as('y.staff');
    expect((await yStaff.get(`/api/v1/reports/case-measures?unitId=${ctx.fixture.units.x1.id}`)).status).toBe(
      404,
    );
    expect((await yStaff.get(`/api/v1/reports/case-measures?procedureId=${p1}`)).status).toBe(404);
  });

  it('rejects a bad period naming the field', async () => {
    const client = await ctx.as('x.secretariat_all');
    const reversed = await client.get('/api/v1/reports/case-measures?from=2017-05-01&to=2017-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].path).toBe('to');
    const bad = await client.get('/api/v1/reports/case-measures?from=31/12/2017');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('from');
  });

  it('exports the same figures as XLSX', async () => {
    const file = await (await ctx.as('x.secretariat_all')).bytes(
      `/api/v1/reports/case-measures.xlsx?${year2017}`,
    );
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Theo quy trình',
      'Theo tháng',
    ]);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const cellOf = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2);
      });
      return found!;
    };
    expect(cellOf('Từ ngày').value).toEqual(new Date('2017-01-01T00:00:00Z'));
    expect(cellOf('Từ ngày').numFmt).toBe('dd/mm/yyyy');
    expect(cellOf('Công việc bắt đầu').value).toBe(6);
    expect(cellOf('Tỷ lệ công việc đúng hạn').value).toBe(0.75);
    expect(cellOf('Tỷ lệ công việc đúng hạn').numFmt).toBe('0.0%');
    expect(cellOf('Hồ sơ chưa đóng sau khi xong việc').value).toBe(1);
    const months = workbook.getWorksheet('Theo tháng')!;
    expect(months.rowCount).toBe(13);
    expect(months.getRow(5).getCell(1).value).toEqual(new Date('2017-04-01T00:00:00Z'));
    const units = workbook.getWorksheet('Theo đơn vị')!;
    const x2Row = units.getColumn(1).values.indexOf(ctx.fixture.units.x2.name);
    expect(units.getRow(x2Row).getCell(2).value).toBe(1);
  });

  it('exports the same figures as a báo cáo (Nghị định 30/2020) in DOCX and PDF', async () => {
    const client = await ctx.as('x.secretariat_all');
    const docx = await client.bytes(`/api/v1/reports/case-measures.docx?${year2017}`);
    const pdf = await client.bytes(`/api/v1/reports/case-measures.pdf?place=Huế&${year2017}`);
    expect(docx.status).toBe(200);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const texts = {
      docx: folded((await docxParts(docx.body)).text),
      pdf: folded(await pdfText(pdf.body)),
    };
    // The figures of the JSON report above, in words and in vi-VN numbers.
    const figures = [
      'đã bắt đầu 6 công việc; hoàn thành 4 công việc, trong đó 3 công việc đúng hạn (tỷ lệ 75,0 %), bình quân 20,5 ngày làm việc mỗi công việc',
      'Đã xử lý 9 bước, tỷ lệ bước đúng hạn 77,8 %, bình quân 3,1 ngày làm việc mỗi bước.',
      'Tỷ lệ lập hồ sơ ngay khi bắt đầu công việc đạt 83,3 %; 1 hồ sơ chưa đóng sau khi xong việc.',
      'có 1 bước đang quá hạn thuộc 1 công việc',
    ];
    for (const [format, text] of Object.entries(texts)) {
      for (const part of [
        'BỘ THỬ NGHIỆM X',
        QUOC_HIEU,
        TIEU_NGU,
        'Số:',
        'BÁO CÁO',
        MEASURES_SUBJECT,
        'Từ ngày 01/01/2017 đến ngày 31/12/2017',
        ...figures,
        'Nơi nhận:',
        '- Lãnh đạo Bộ (để báo cáo);',
        'Lưu: VT',
      ])
        expect(text, format).toContain(part);
      expect(text, format).toMatch(format === 'pdf' ? /Huế, ngày \d{2} tháng/ : /Hà Nội, ngày \d{2} tháng/);
    }
    const raw = folded(await pdfText(pdf.body, 'raw'));
    // Tổng cộng: started, finished, on-time rate, steps, step rate, days, overdue, file rate, left open.
    expect(raw).toContain('Tổng cộng 6 4 75,0 % 9 77,8 % 3,1 1 83,3 % 1');
  });

  it('counts the working days of cases closed before eiso kept them as the calendar does (migration 0021)', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    // The steps service stored the calendar years a case spans when it set its deadlines.
    const calendar = await workingCalendarFor(db, f.agencyX, '2017-01-01', '2017-12-31', { store: true });
    const spans = [
      ['2017-01-12', '2017-01-30'], // Tết 2017 inside
      ['2017-04-28', '2017-05-04'], // 1/5 off, and 2/5 in lieu of 30/4
      ['2017-06-02', '2017-06-02'], // closed the day it started
    ];
    const ids = [];
    for (const [start, closed] of spans)
      ids.push(
        (
          await seedCase(db, {
            agencyId: f.agencyX,
            unitId: f.units.x2.id,
            procedureId: p2,
            personId: f.xSecretariat,
            start,
            closed,
          })
        ).caseId,
      );
    const migration = readFileSync(
      new URL('../../../db/migrations/0021_case_working_days_and_value_evidence.sql', import.meta.url),
      'utf8',
    );
    const backfill = migration
      .split('--> statement-breakpoint')
      .map((part) => part.replace(/^\s*(--.*\n)*/, '').trim())
      .find((part) => part.startsWith('UPDATE "work_cases"'));
    await db.execute(sql.raw(backfill!));
    const rows = await db
      .select({ id: workCases.id, workingDays: workCases.workingDays })
      .from(workCases)
      .where(inArray(workCases.id, ids));
    const kept = ids.map((id) => rows.find((r) => r.id === id)?.workingDays);
    expect(kept).toEqual(spans.map(([start, closed]) => calendar.countWorkingDays(start, closed)));
    expect(kept).toEqual([10, 2, 0]);
    await db.delete(caseSteps).where(inArray(caseSteps.caseId, ids));
    await db.delete(workCases).where(inArray(workCases.id, ids));
  });

  it('keeps the monthly table current as cases, steps and files change', async () => {
    const db = ctx.database.db;
    // Cells counted down to nothing stay as zeros; a recount leaves them out.
    const table = async () =>
      (
        await db
          .select()
          .from(caseMeasureMonths)
          .orderBy(
            caseMeasureMonths.agencyId,
            caseMeasureMonths.month,
            caseMeasureMonths.unitId,
            caseMeasureMonths.procedureId,
          )
      ).filter((r) => r.started || r.finished || r.stepsDone);
    // C's overdue step is done three days late and C closes after 22 working days; B's file is
    // closed; A is cancelled; I's working days are counted again (12).
    await db
      .update(caseSteps)
      .set({ state: 'done', doneDate: '2017-06-01', workingDays: 8, daysLate: 3 })
      .where(and(eq(caseSteps.caseId, seeded.c.caseId), eq(caseSteps.state, 'active')));
    await db
      .update(workCases)
      .set({ state: 'closed', closedDate: '2017-06-01', workingDays: 22 })
      .where(eq(workCases.id, seeded.c.caseId));
    await db
      .update(recordFiles)
      .set({ state: 'closed' })
      .where(eq(recordFiles.id, seeded.b.fileId as string));
    await db.update(workCases).set({ state: 'cancelled' }).where(eq(workCases.id, seeded.a.caseId));
    await db.update(workCases).set({ workingDays: 12 }).where(eq(workCases.id, seeded.i.caseId));
    const m = await measures('x.secretariat_all', year2017);
    expect(m.totals).toMatchObject({
      started: 5,
      finished: 4,
      finishedOnTime: 2,
      stepsDone: 8,
      stepsDoneOnTime: 5,
      overdueSteps: 0,
      filesLeftOpen: 0,
      avgWorkingDaysPerCase: 20, // B, C, E, I: 35, 22, 11, 12
    });
    const kept = await table();
    await db.execute(sql`select case_measures_rebuild()`);
    expect(await table()).toEqual(kept);
  });
});
