import ExcelJS from 'exceljs';
import { importColumns } from '../../contract/document-import.ts';

export type ListCells = Array<string | Date>;

/** A master list workbook: the template's header row, then these rows. */
export async function importList(rows: ListCells[], headers: string[] = importColumns.map((c) => c.vi)) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One list row from the defaults (a business procedure of Vụ Một, issue 1 in January 2024). */
export function importRow(code: string, over: Partial<Record<string, string | Date>> = {}): ListCells {
  const values: Record<string, string | Date> = {
    code,
    title: `Quy trình ${code}`,
    type: 'Quy trình nghiệp vụ',
    ownerUnit: 'Vụ Một',
    issueNo: '1',
    issueDate: '10/01/2024',
    effectiveDate: '15/01/2024',
    decisionNo: '12/QĐ-BTN',
    signerName: '',
    signerPosition: '',
    ...over,
  };
  return importColumns.map((col) => values[col.key]);
}

/** An import request: the "list" file, then each document file as a "files" part. */
export function importForm(list: Buffer | null, files: Array<[string, Buffer]>) {
  const boundary = 'eisoImportBoundary';
  const part = (field: string, name: string, content: Buffer) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from('\r\n'),
  ];
  const payload = Buffer.concat([
    ...(list ? part('list', 'danh-muc.xlsx', list) : []),
    ...files.flatMap(([name, content]) => part('files', name, content)),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const tinyPdf = (text = 'quy trình') =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
