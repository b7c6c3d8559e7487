import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { docxParts, folded, pdfText } from '../documents/export/export.testing.ts';
import { indicatorValues, objectiveIndicators, objectives } from './objectives.table.ts';

const ctx = setupTestApp();
/** Last year: every quarter of it has begun, whatever day the test runs. */
const year = Number(todayInVietnam().slice(0, 4)) - 1;

async function objective(state: string, title: string, values: Array<[string, string, number]>) {
  const f = ctx.fixture;
  const db = ctx.database.db;
  const id = newId();
  const person = f.roleHolders.iso_officer;
  await db.insert(objectives).values({
    id,
    agencyId: f.agencyX,
    year,
    unitId: f.units.x1.id,
    title,
    ownerPersonId: person,
    state,
    draftedBy: person,
  });
  const indicatorId = newId();
  await db.insert(objectiveIndicators).values({
    id: indicatorId,
    agencyId: f.agencyX,
    objectiveId: id,
    name: `Tỷ lệ hài lòng — ${title}`,
    formula: 'Số phiếu hài lòng / tổng số phiếu × 100',
    unit: '%',
    direction: 'gte',
    target: 90,
    frequency: 'quarter',
    source: 'manual',
    createdBy: person,
  });
  for (const [start, end, value] of values)
    await db.insert(indicatorValues).values({
      id: newId(),
      agencyId: f.agencyX,
      indicatorId,
      periodStart: `${year}-${start}`,
      periodEnd: `${year}-${end}`,
      value,
      evidenceNote: 'Phiếu khảo sát',
      enteredBy: person,
      state: 'approved',
      approvedBy: f.roleHolders.unit_head,
      approvedAt: new Date(),
    });
}

describe('Báo cáo kết quả thực hiện mục tiêu chất lượng (DOCX, PDF) in the Nghị định 30/2020 layout', () => {
  beforeAll(async () => {
    await objective('approved', 'Nâng cao mức độ hài lòng', [
      ['01-01', '03-31', 95],
      ['04-01', '06-30', 80.5],
      ['07-01', '09-30', 99],
    ]);
    await objective('draft', 'Mục tiêu còn dự thảo', [['01-01', '03-31', 10]]);
  });

  it('reports the half year: the last value inside it, the periods met, what missed — in DOCX', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const docx = await head.bytes(`/api/v1/objectives/report.docx?year=${year}&period=h1`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toContain(`bao-cao-muc-tieu-chat-luong-${year}-h1.docx`);
    const { text, styles } = await docxParts(docx.body);
    const t = folded(text);
    // The shared letterhead: Quốc hiệu, issuer, số/ký hiệu left to the văn thư, tên loại, trích yếu.
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('Bộ Thử nghiệm X'.toLocaleUpperCase('vi'));
    expect(t).toMatch(/Số: \s*\/BC-X1/);
    expect(t).toContain('BÁO CÁO');
    expect(t).toContain('Kết quả thực hiện mục tiêu chất lượng');
    expect(t).toContain(`6 tháng đầu năm ${year} (từ ngày 01/01/${year} đến ngày 30/06/${year})`);
    expect(t).toContain('Nâng cao mức độ hài lòng (Vụ Một)');
    expect(t).toContain(
      `Vụ Một báo cáo kết quả thực hiện mục tiêu chất lượng 6 tháng đầu năm ${year} như sau`,
    );
    // Q2's 80,5 % is the last value inside the half; Q1 met, Q2 did not: 1 of 2.
    expect(t).toContain('≥ 90 %');
    expect(t).toContain('80,5 %');
    expect(t).toContain(`01/04/${year} – 30/06/${year}`);
    expect(t).toContain('1/2');
    expect(t).toContain('Không đạt');
    expect(t).not.toContain('99 %');
    expect(t).toMatch(/III\. CÁC CHỈ SỐ KHÔNG ĐẠT.*Tỷ lệ hài lòng — Nâng cao mức độ hài lòng/);
    // Only approved objectives.
    expect(t).not.toContain('Mục tiêu còn dự thảo');
    // The foot: nơi nhận and the signature block of the shared mechanism.
    expect(t).toContain('Nơi nhận');
    expect(t).toContain('Lưu: VT, X1.');
    expect(styles).toContain('Times New Roman');
  });

  it('reports a quarter in PDF, and another agency sees none of it', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const pdf = await head.bytes(`/api/v1/objectives/report.pdf?year=${year}&period=q3`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const t = folded(await pdfText(pdf.body));
    expect(t).toContain('BÁO CÁO');
    expect(t).toContain(`Quý III năm ${year}`);
    expect(t).toContain('99 %');
    expect(t).toContain('Không có chỉ số nào không đạt hoặc có nguy cơ không đạt.');
    const foreign = await ctx.as('y.admin');
    const theirs = folded(
      (await docxParts((await foreign.bytes(`/api/v1/objectives/report.docx?year=${year}`)).body)).text,
    );
    expect(theirs).toContain('Trong kỳ chưa có mục tiêu chất lượng nào được phê duyệt.');
    expect(theirs).not.toContain('Nâng cao mức độ hài lòng');
  });

  it('refuses a period it does not know', async () => {
    const head = await ctx.as('x.unit_unit_head');
    expect((await head.get(`/api/v1/objectives/report.pdf?period=q5`)).status).toBe(400);
  });
});
