import ExcelJS from 'exceljs';
import {
  type CaseFigureKey,
  type CaseFigures,
  type CaseMeasures,
  caseFigureKeys,
  caseFigureNames,
  rateKeys,
  workingDayKeys,
} from '../../../../contract/case-measures.ts';

const FONT = { name: 'Times New Roman', size: 12 };
/** A calendar day as an Excel date (shown dd/mm/yyyy); Excel days have no time zone. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const border = { style: 'thin' as const };

function formatCell(cell: ExcelJS.Cell, key: CaseFigureKey | null) {
  cell.font = FONT;
  cell.border = { top: border, left: border, bottom: border, right: border };
  if (key && rateKeys.includes(key)) cell.numFmt = '0.0%';
  else if (key && workingDayKeys.includes(key)) cell.numFmt = '0.0';
}

/** A sheet of rows labelled by the first columns, then one column per figure. */
function figureSheet<R extends CaseFigures>(
  workbook: ExcelJS.Workbook,
  name: string,
  labels: Array<{ header: string; width: number; value: (row: R) => string | Date }>,
  rows: R[],
) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: labels.length }],
  });
  const header = sheet.addRow([
    ...labels.map((l) => l.header),
    ...caseFigureKeys.map((k) => caseFigureNames[k].vi),
  ]);
  header.height = 48;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { top: border, left: border, bottom: border, right: border };
  });
  labels.forEach((l, i) => {
    sheet.getColumn(i + 1).width = l.width;
  });
  caseFigureKeys.forEach((_k, i) => {
    sheet.getColumn(labels.length + i + 1).width = 14;
  });
  for (const row of rows) {
    const added = sheet.addRow([...labels.map((l) => l.value(row)), ...caseFigureKeys.map((k) => row[k])]);
    added.eachCell({ includeEmpty: true }, (cell, col) => {
      formatCell(cell, col > labels.length ? caseFigureKeys[col - labels.length - 1] : null);
      if (cell.value instanceof Date) cell.numFmt = 'mm/yyyy';
    });
  }
  return sheet;
}

/** The measures as a workbook: a summary sheet, then by unit, by procedure and by month. */
export async function caseMeasuresXlsx(m: CaseMeasures & { agencyName: string; scopeText: string }) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const summary = workbook.addWorksheet('Tổng hợp');
  summary.getColumn(1).width = 44;
  summary.getColumn(2).width = 16;
  const title = summary.addRow([m.agencyName.toUpperCase()]);
  title.font = { ...FONT, bold: true };
  const heading = summary.addRow(['ĐO LƯỜNG XỬ LÝ CÔNG VIỆC']);
  heading.font = { ...FONT, bold: true, size: 14 };
  for (const [label, value] of [
    ['Từ ngày', day(m.from)],
    ['Đến ngày', day(m.to)],
    ['Số liệu "đang quá hạn" tính đến ngày', day(m.today)],
    ['Phạm vi', m.scopeText],
  ] as const) {
    const row = summary.addRow([label, value]);
    row.eachCell((cell) => {
      cell.font = FONT;
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  summary.addRow([]);
  for (const key of caseFigureKeys) {
    const row = summary.addRow([caseFigureNames[key].vi, m.totals[key]]);
    formatCell(row.getCell(1), null);
    formatCell(row.getCell(2), key);
  }
  figureSheet(
    workbook,
    'Theo đơn vị',
    [{ header: 'Đơn vị', width: 36, value: (r) => `${'   '.repeat(r.depth)}${r.unitName}` }],
    m.byUnit,
  );
  figureSheet(
    workbook,
    'Theo quy trình',
    [
      { header: 'Mã hiệu', width: 18, value: (r) => r.code },
      { header: 'Tên quy trình', width: 44, value: (r) => r.title },
    ],
    m.byProcedure,
  );
  figureSheet(
    workbook,
    'Theo tháng',
    [{ header: 'Tháng', width: 12, value: (r) => day(`${r.month}-01`) }],
    m.byMonth,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
