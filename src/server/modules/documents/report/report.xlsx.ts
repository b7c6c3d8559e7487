import ExcelJS from 'exceljs';
import {
  type StatusFigures,
  type StatusReport,
  statusFigureKeys,
  statusFigureNames,
} from '../../../../contract/document-reports.ts';
import { periodLine, REPORT_TITLE } from './report.summary.ts';

const font = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const LAST_COLUMN = 2 + 2 * statusFigureKeys.length;

const figures = (f: StatusFigures) => statusFigureKeys.map((k) => f[k]);

/** The status report as an Excel sheet: title, period, the table per unit with totals, the summary. */
export async function statusReportXlsx(report: StatusReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet('Báo cáo', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 6 },
    { width: 34 },
    ...Array.from({ length: LAST_COLUMN - 2 }, () => ({ width: 12 })),
  ];
  const line = (row: number, text: string, style: Partial<ExcelJS.Font>, height?: number) => {
    sheet.mergeCells(row, 1, row, LAST_COLUMN);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (height) sheet.getRow(row).height = height;
  };
  line(1, report.agencyName.toUpperCase(), { bold: true });
  line(3, REPORT_TITLE, { bold: true, size: 14 }, 36);
  line(4, periodLine(report.from, report.to), { italic: true });

  const groups = ['Tài liệu hệ thống', 'Quy trình nghiệp vụ'];
  sheet.mergeCells(6, 1, 7, 1);
  sheet.mergeCells(6, 2, 7, 2);
  sheet.getCell(6, 1).value = 'STT';
  sheet.getCell(6, 2).value = 'Đơn vị';
  groups.forEach((name, g) => {
    const first = 3 + g * statusFigureKeys.length;
    sheet.mergeCells(6, first, 6, first + statusFigureKeys.length - 1);
    sheet.getCell(6, first).value = name;
    statusFigureKeys.forEach((k, i) => {
      sheet.getCell(7, first + i).value = statusFigureNames[k].vi;
    });
  });
  sheet.getRow(7).height = 45;

  report.rows.forEach((r, i) => {
    sheet.getRow(8 + i).values = [
      i + 1,
      `${'   '.repeat(r.depth)}${r.unitName}`,
      ...figures(r.system),
      ...figures(r.business),
    ];
  });
  const totalRow = 8 + report.rows.length;
  sheet.getRow(totalRow).values = [
    '',
    'Tổng cộng',
    ...figures(report.totals.system),
    ...figures(report.totals.business),
  ];
  for (let row = 6; row <= totalRow; row++) {
    for (let col = 1; col <= LAST_COLUMN; col++) {
      const cell = sheet.getCell(row, col);
      const header = row < 8;
      cell.font = { ...font, bold: header || row === totalRow };
      cell.border = border;
      cell.alignment = {
        horizontal: col === 2 && !header ? 'left' : 'center',
        vertical: 'middle',
        wrapText: true,
      };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 7 }];

  const summaryRow = totalRow + 2;
  sheet.mergeCells(summaryRow, 1, summaryRow, LAST_COLUMN);
  const summary = sheet.getCell(summaryRow, 1);
  summary.value = report.summary;
  summary.font = font;
  summary.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(summaryRow).height = Math.max(30, 16 * Math.ceil(report.summary.length / 150));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
