import ExcelJS from 'exceljs';
import { catalogueColumns } from '../../../../contract/records-catalogue.ts';
import type { CatalogueExport } from './catalogue.export.ts';

const FONT = 'Times New Roman';
const widths = [18, 60, 16, 30, 22];
const border = {
  top: { style: 'thin' as const },
  left: { style: 'thin' as const },
  bottom: { style: 'thin' as const },
  right: { style: 'thin' as const },
};

/** The catalogue in the five-column layout of Nghị định 30/2020; the import reads the same. */
export async function catalogueWorkbook(model: CatalogueExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet('Danh mục hồ sơ', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  const line = (
    row: number,
    text: string,
    font: Partial<ExcelJS.Font>,
    range = `A${row}:E${row}`,
    align: 'left' | 'center' = 'center',
  ) => {
    sheet.mergeCells(range);
    const cell = sheet.getCell(range.split(':')[0]);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  };
  line(1, model.agencyName.toLocaleUpperCase('vi'), {}, 'A1:B1');
  line(2, model.unitName.toLocaleUpperCase('vi'), { bold: true }, 'A2:B2');
  line(4, model.title, { bold: true, size: 14 });
  if (model.statusNote) line(5, `(${model.statusNote})`, { italic: true });
  const HEADER = 6;
  const header = sheet.getRow(HEADER);
  header.values = [...catalogueColumns];
  header.height = 36;
  sheet.getRow(HEADER + 1).values = catalogueColumns.map((_, i) => `(${i + 1})`);
  for (const r of [HEADER, HEADER + 1])
    sheet.getRow(r).eachCell((cell) => {
      cell.font = { name: FONT, size: 12, bold: r === HEADER };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = border;
    });
  for (const row of model.rows) {
    const values = row.kind === 'heading' ? [row.number, row.title, '', '', ''] : [...row.cells];
    const added = sheet.addRow(values);
    added.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = {
        name: FONT,
        size: 12,
        bold: row.kind === 'heading',
        italic: row.kind === 'heading' && row.level === 2,
      };
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: col === 1 || col === 3 ? 'center' : 'left',
      };
      cell.border = border;
    });
  }
  const closingRow = sheet.rowCount + 2;
  line(closingRow, model.closing, {}, `A${closingRow}:E${closingRow}`, 'left');
  sheet.getRow(closingRow).height = 36;
  line(closingRow + 2, model.signer, { bold: true }, `D${closingRow + 2}:E${closingRow + 2}`);
  line(closingRow + 3, '(Ký, ghi rõ họ tên)', { italic: true }, `D${closingRow + 3}:E${closingRow + 3}`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
