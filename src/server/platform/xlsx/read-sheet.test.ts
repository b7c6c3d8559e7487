import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, readFirstSheet } from './read-sheet.ts';

describe('the XLSX reader of every import', () => {
  it('trims every kind of cell the same way', () => {
    expect(cellText('  Nguyễn Văn A ')).toBe('Nguyễn Văn A');
    expect(cellText({ richText: [{ text: ' Phòng ' }, { text: 'Tổ chức  ' }] })).toBe('Phòng Tổ chức');
    expect(cellText({ text: ' a@b.vn ', hyperlink: 'mailto:a@b.vn' })).toBe('a@b.vn');
    expect(cellText({ formula: 'A1', result: ' 10 ' })).toBe('10');
    expect(cellText(5)).toBe('5');
    expect(cellText(null)).toBe('');
  });

  it('reads the first sheet row by row, and refuses bytes that are no workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('A');
    sheet.addRow(['Họ tên', 'Tên đăng nhập']);
    sheet.addRow([{ richText: [{ text: ' Trần B ' }] }, ' tranb ']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readFirstSheet(file, 3)).toEqual({
      rowCount: 2,
      rows: [
        { number: 1, cells: ['Họ tên', 'Tên đăng nhập', ''] },
        { number: 2, cells: ['Trần B', 'tranb', ''] },
      ],
    });
    expect(await readFirstSheet(Buffer.from('not a workbook'), 3)).toBeNull();
  });
});
