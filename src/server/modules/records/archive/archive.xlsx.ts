import ExcelJS from 'exceljs';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import { LIST_TITLE, listColumns, listRows } from './archive.papers.ts';
import type { TransferPapers } from './archive.service.ts';

const HEADER_ROW = 5;
const font = (extra: Partial<ExcelJS.Font> = {}) => ({ name: 'Times New Roman', size: 12, ...extra });

/** Mục lục hồ sơ, tài liệu nộp lưu as XLSX: the seven columns, one row per file. */
export async function transferListWorkbook(t: TransferPapers): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet('Mục lục nộp lưu', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  listColumns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const last = sheet.getColumn(listColumns.length).letter;
  const line = (row: number, text: string, f: Partial<ExcelJS.Font>, center = true) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = font(f);
    cell.alignment = { horizontal: center ? 'center' : 'left' };
  };
  line(1, `${t.agencyName.toUpperCase()} – ${t.unitName.toUpperCase()}`, { bold: true }, false);
  line(2, LIST_TITLE, { bold: true, size: 14 });
  line(3, `Đơn vị nộp lưu: ${t.unitName}`, {});
  line(4, `Ngày nộp lưu: ${formatDate(t.transferDate)}`, { italic: true });
  const header = sheet.getRow(HEADER_ROW);
  header.values = listColumns.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (const values of listRows(t)) {
    const row = sheet.addRow(values.map((v, i) => (i === 0 || i === 5 ? Number(v) : v)));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font();
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: col === 1 || col === 6 ? 'center' : undefined,
      };
    });
  }
  for (let r = HEADER_ROW; r <= HEADER_ROW + t.files.length; r++) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }
  const total = sheet.addRow([]);
  sheet.mergeCells(`A${total.number}:${last}${total.number}`);
  total.getCell(1).value =
    `Tổng số: ${formatNumber(t.files.length)} hồ sơ, ${formatNumber(t.files.reduce((n, f) => n + f.pageCount, 0))} tờ/trang.`;
  total.getCell(1).font = font({ italic: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
