import ExcelJS from 'exceljs';

/** A row of the first sheet: its number in the sheet (1-based) and its first cells as text. */
export type SheetRow = { number: number; cells: string[] };

/**
 * What a person typed in a cell, as text without surrounding blanks (the one trimming rule
 * of every import): rich text joined, a formula's result, a hyperlink's text, a number or
 * date as String() writes it.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return String(value.result ?? '').trim();
  }
  return String(value).trim();
}

/**
 * Reads the first sheet of an uploaded XLSX: `rowCount` rows that hold a value, and every
 * such row as its first `columns` cells. Null when the bytes are not an XLSX workbook.
 */
export async function readFirstSheet(
  file: Buffer,
  columns: number,
): Promise<{ rowCount: number; rows: SheetRow[] } | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rowCount: 0, rows: [] };
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    rows.push({
      number,
      cells: Array.from({ length: columns }, (_, i) => cellText(row.getCell(i + 1).value)),
    });
  });
  return { rowCount: sheet.actualRowCount, rows };
}
