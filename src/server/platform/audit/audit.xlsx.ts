import ExcelJS from 'exceljs';
import type { AuditEventView } from '../../../contract/audit.ts';
import { auditActionName, auditEntityName } from '../../../contract/audit-labels.ts';
import {
  type AuditNames,
  auditChangeRows,
  auditRecordLabel,
  vietnamTime,
} from '../../../contract/audit-values.ts';
import type { Lang } from '../http/i18n.ts';

const FONT = { name: 'Times New Roman', size: 12 };
const border = { style: 'thin' as const };
const words = {
  vi: {
    sheet: 'Nhật ký',
    headers: [
      'Số thứ tự',
      'Thời điểm',
      'Người thực hiện',
      'Thao tác',
      'Loại đối tượng',
      'Đối tượng',
      'Trường dữ liệu',
      'Trước',
      'Sau',
      'Địa chỉ IP',
    ],
  },
  en: {
    sheet: 'Audit trail',
    headers: [
      'No.',
      'Time',
      'Person',
      'Action',
      'Record type',
      'Record',
      'Field',
      'Before',
      'After',
      'IP address',
    ],
  },
};

/**
 * The audit trail as a workbook: one row per changed field (an event without changes takes
 * one row), so the before/after can be filtered in Excel; actions, record types and values in
 * words, by the same function as the page's before/after view (auditChangeRows), so both read
 * alike; long content reads as summarised there ("nội dung đã thay đổi").
 */
export async function auditXlsx(
  events: AuditEventView[],
  lang: Lang,
  names: AuditNames = {},
): Promise<Buffer> {
  const w = words[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet(w.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [10, 20, 24, 28, 26, 40, 24, 36, 36, 16];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const header = sheet.addRow(w.headers);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = { top: border, left: border, bottom: border, right: border };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: w.headers.length } };
  for (const e of events) {
    const event = [
      e.seq,
      vietnamTime(e.occurredAt),
      e.actorName,
      auditActionName(e.action, e.entityType, lang),
      auditEntityName(e.entityType, lang),
      auditRecordLabel(e.entityType, e.entityLabel, lang) ?? '',
    ];
    const changes = auditChangeRows(e.entityType, e.changes, lang, names);
    const lines = changes.length ? changes.map((c) => [c.label, c.from.text, c.to.text]) : [['', '', '']];
    for (const line of lines) {
      const row = sheet.addRow([...event, ...line, e.ip ?? '']);
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = FONT;
        cell.alignment = { vertical: 'top', wrapText: true };
        cell.border = { top: border, left: border, bottom: border, right: border };
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
