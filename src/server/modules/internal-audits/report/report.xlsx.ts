import ExcelJS from 'exceljs';
import { type FindingKind, findingKindNames } from '../../../../contract/internal-audits.ts';
import {
  findingResponseNames,
  findingStateNames,
  type ReportView,
} from '../../../../contract/internal-audits-work.ts';

const columns = [
  ['Số', 6],
  ['Đơn vị', 26],
  ['Loại phát hiện', 22],
  ['Điều khoản', 11],
  ['Quy trình', 22],
  ['Nội dung', 50],
  ['Bằng chứng', 40],
  ['Mẫu', 30],
  ['Ý kiến đơn vị', 30],
  ['Xử lý', 22],
] as const;

/** Danh sách phát hiện of a round: one row per finding, as the report lists them. */
export async function findingsWorkbook(report: ReportView) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet('Phát hiện', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { name: 'Times New Roman', bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const f of report.findings) {
    const row = sheet.addRow([
      f.seq,
      f.unit.name,
      findingKindNames[f.kind as FindingKind].vi,
      f.clause ?? '',
      f.procedure ? `${f.procedure.code} ${f.procedure.title}` : '',
      f.description,
      f.evidence,
      f.samples.map((s) => s.itemLabel).join('\n'),
      f.response
        ? `${findingResponseNames[f.response].vi}${f.responseReason ? `: ${f.responseReason}` : ''}`
        : '',
      f.nonconformity ? `Sự không phù hợp ${f.nonconformity.code}` : findingStateNames[f.state].vi,
    ]);
    row.font = { name: 'Times New Roman' };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: 'A1', to: `J${Math.max(1, report.findings.length + 1)}` };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
