import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { documentTypeNames, type MasterListItem, versionStateNames } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { formatDate } from '../../../platform/format.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { agencyRows } from '../../org/index.ts';
import { type MasterListQuery, masterListRows } from './master-list.queries.ts';

const agencies = agencyRows();

const columns: Array<{ header: string; width: number; value: (item: MasterListItem, i: number) => unknown }> =
  [
    { header: 'STT', width: 6, value: (_item, i) => i + 1 },
    { header: 'Mã hiệu', width: 16, value: (item) => item.code },
    { header: 'Tên tài liệu', width: 50, value: (item) => item.title },
    { header: 'Loại', width: 24, value: (item) => documentTypeNames[item.type].vi },
    { header: 'Đơn vị chủ trì', width: 30, value: (item) => item.ownerUnitName },
    { header: 'Lần ban hành', width: 10, value: (item) => item.issueNo },
    { header: 'Ngày ban hành', width: 14, value: (item) => day(item.issueDate) },
    { header: 'Ngày hiệu lực', width: 14, value: (item) => day(item.effectiveDate) },
    { header: 'Ngày rà soát tiếp theo', width: 14, value: (item) => day(item.nextReviewDate) },
    { header: 'Trạng thái', width: 32, value: (item) => statusText(item) },
  ];
const dateColumns = [7, 8, 9];
const HEADER_ROW = 4;

/** A calendar day as an Excel date (shown dd/mm/yyyy); Excel days have no time zone. */
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function statusText(item: MasterListItem): string {
  const pending = item.pendingState ? versionStateNames[item.pendingState].vi : null;
  if (item.status === 'none') return pending ?? '';
  const status = versionStateNames[item.status].vi;
  return pending ? `${status} (bản sửa đổi: ${pending.toLowerCase()})` : status;
}

/**
 * Danh mục tài liệu as XLSX: the rows of the master list under the same filters and
 * order, every page of it, under a title with the agency's name and today's date.
 */
export async function masterListWorkbook(db: Db, actor: Actor, query: MasterListQuery) {
  const [items, [agency]] = await Promise.all([
    masterListRows(db, actor, query),
    db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
  ]);
  const today = todayInVietnam();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet('Danh mục tài liệu', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.properties.defaultRowHeight = 18;
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const lastColumn = sheet.getColumn(columns.length).letter;
  const titleLine = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(`A${row}:${lastColumn}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: 'Times New Roman', ...font };
    cell.alignment = { horizontal: row === 1 ? 'left' : 'center' };
  };
  titleLine(1, agency.name.toUpperCase(), { bold: true, size: 12 });
  titleLine(2, 'DANH MỤC TÀI LIỆU', { bold: true, size: 14 });
  titleLine(3, `Tính đến ngày ${formatDate(today)}`, { italic: true, size: 12 });

  const header = sheet.getRow(HEADER_ROW);
  header.values = columns.map((c) => c.header);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { name: 'Times New Roman', bold: true, size: 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  });
  items.forEach((item, i) => {
    const row = sheet.addRow(columns.map((c) => c.value(item, i)));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: 'Times New Roman', size: 12 };
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: col === 1 || col === 6 ? 'center' : undefined,
      };
      if (dateColumns.includes(col)) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  for (let r = HEADER_ROW; r <= HEADER_ROW + items.length; r++) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: columns.length },
  };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, fileName: `danh-muc-tai-lieu-${today}.xlsx` };
}
