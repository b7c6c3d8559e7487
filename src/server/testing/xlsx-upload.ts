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

/** A multipart body: the text fields first (the server reads them before the file), then "file". */
export function multipartFile(
  filename: string,
  content: Buffer | string,
  fields: Record<string, string> = {},
) {
  const boundary = 'eisoTestBoundary';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
