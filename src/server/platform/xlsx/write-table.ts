import ExcelJS from 'exceljs';

export type TableColumn = { header: string; width: number; align?: 'left' | 'center' | 'right' };
export type TableCellValue = string | number | null;

export type TableSheet = {
  /** The worksheet's tab name (≤ 31 characters). */
  sheet: string;
  /** The issuing agency, printed top left in capitals. */
  agencyName: string;
  /** The table's title, printed centred in capitals. */
  title: string;
  /** Lines under the title (period, "tính đến ngày …"), in italics. */
  subtitle?: string[];
  columns: TableColumn[];
  rows: TableCellValue[][];
};

const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A plain table as an XLSX workbook, in the look of the project's other exports (agency and
 * title above, a bold header row, Times New Roman, thin borders, the header frozen and
 * filtered, landscape A4 fitted to the width): for a list that no module prints as a paper.
 */
export async function tableWorkbook(t: TableSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const headerRow = 3 + (t.subtitle?.length ?? 0);
  const sheet = workbook.addWorksheet(t.sheet.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  t.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const last = sheet.getColumn(t.columns.length).letter;
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center') => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal, wrapText: true };
  };
  line(1, t.agencyName.toLocaleUpperCase('vi'), { bold: true }, 'left');
  line(2, t.title.toLocaleUpperCase('vi'), { bold: true, size: 14 }, 'center');
  (t.subtitle ?? []).forEach((text, i) => {
    line(3 + i, text, { italic: true }, 'center');
  });
  const header = sheet.getRow(headerRow);
  header.values = t.columns.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = border;
  });
  for (const values of t.rows) {
    const row = sheet.addRow(values);
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { name: FONT, size: 12 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.align ?? 'left' };
      cell.border = border;
    });
  }
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: t.columns.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
