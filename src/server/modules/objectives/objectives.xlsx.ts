import ExcelJS from 'exceljs';
import { indicatorStatusNames, objectiveStateNames } from '../../../contract/objectives.ts';
import type { Db } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { indicatorsOf, listObjectives } from './objectives.queries.ts';

const frequencies: Record<string, string> = {
  month: 'Hằng tháng',
  quarter: 'Hằng quý',
  half_year: '6 tháng',
  year: 'Hằng năm',
};
const columns = [
  ['Mục tiêu', 40],
  ['Đơn vị', 26],
  ['Trạng thái mục tiêu', 16],
  ['Chỉ số', 36],
  ['Đơn vị tính', 12],
  ['Chỉ tiêu', 12],
  ['Tần suất đo', 12],
  ['Kỳ từ ngày', 12],
  ['Kỳ đến ngày', 12],
  ['Giá trị', 10],
  ['Kết quả', 12],
  ['Bằng chứng', 40],
] as const;

/** The values of the year's indicators the person may read, one row per period begun. */
export async function valuesWorkbook(db: Db, actor: Actor, year: number | undefined) {
  const list = await listObjectives(db, actor, { year });
  const indicators = await indicatorsOf(
    db,
    actor.agencyId,
    list.items.map((o) => o.id),
    list.year,
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet(`Mục tiêu ${list.year}`, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { name: 'Times New Roman', bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  let count = 0;
  for (const o of list.items) {
    for (const ind of indicators.get(o.id) ?? []) {
      for (const v of ind.values) {
        const row = sheet.addRow([
          o.title,
          o.unitName ?? 'Cơ quan',
          objectiveStateNames[o.state].vi,
          ind.name,
          ind.unit,
          `${ind.direction === 'gte' ? '≥' : '≤'} ${ind.target}`,
          frequencies[ind.frequency],
          formatDate(v.periodStart),
          formatDate(v.periodEnd),
          v.value,
          v.status ? indicatorStatusNames[v.status].vi : '',
          v.entry?.state === 'approved' ? v.entry.evidenceNote : '',
        ]);
        row.font = { name: 'Times New Roman' };
        row.alignment = { vertical: 'top', wrapText: true };
        count += 1;
      }
    }
  }
  sheet.autoFilter = { from: 'A1', to: `L${Math.max(1, count + 1)}` };
  return { year: list.year, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
