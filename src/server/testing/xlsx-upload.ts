import ExcelJS from 'exceljs';
import { importColumns } from '../../contract/org.ts';

/** A people-import workbook with the documented header row, as a multipart request. */
export async function peopleImportUpload(rows: string[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Người dùng');
  sheet.addRow([...importColumns]);
  for (const row of rows) sheet.addRow(row);
  return multipartFile('nguoi-dung.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

export function multipartFile(filename: string, content: Buffer | string) {
  const boundary = 'eisoTestBoundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
