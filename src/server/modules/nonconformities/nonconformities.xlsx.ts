import { and, asc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  type NcSource,
  type NcState,
  type ncListQuery,
  ncSourceNames,
  ncStateNames,
} from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { listConditions, units } from './nonconformities.queries.ts';
import type { Deps } from './nonconformities.repository.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const grades: Record<string, string> = { major: 'Nặng', minor: 'Nhẹ' };
const columns = [
  ['Số', 14],
  ['Ngày phát hiện', 14],
  ['Đơn vị', 28],
  ['Nguồn', 20],
  ['Mức độ', 9],
  ['Nội dung không phù hợp', 50],
  ['Yêu cầu không đáp ứng', 40],
  ['Điều khoản', 11],
  ['Nguyên nhân', 40],
  ['Hành động (xong/tổng)', 14],
  ['Trạng thái', 22],
  ['Ngày đóng', 12],
] as const;

/**
 * The records that were open at some time in [from, to]: found in it, or found before and
 * closed in it or not closed yet (a year's register for the inspection pack).
 */
const openDuring = (p: { from: string; to: string }) =>
  sql`(${nonconformities.detectedOn} <= ${p.to} and (${nonconformities.detectedOn} >= ${p.from}
    or ${nonconformities.closedOn} >= ${p.from} or ${nonconformities.state} not in ('closed', 'cancelled')))`;

/**
 * Sổ theo dõi sự không phù hợp: the register the person may read, with the list's filters
 * (and, given a period, only the records open at some time in it).
 */
export async function registerWorkbook(
  db: Db,
  actor: Deps['actor'],
  query: Omit<z.infer<typeof ncListQuery>, 'page' | 'pageSize'>,
  period?: { from: string; to: string },
) {
  const rows = await db
    .select({
      nc: nonconformities,
      unitName: units.name,
      done: sql<number>`(select count(*)::int from ${nonconformityActions} a where a.agency_id = ${nonconformities.agencyId}
        and a.nonconformity_id = ${nonconformities.id} and a.state = 'done')`,
      total: sql<number>`(select count(*)::int from ${nonconformityActions} a where a.agency_id = ${nonconformities.agencyId}
        and a.nonconformity_id = ${nonconformities.id} and a.state <> 'cancelled')`,
    })
    .from(nonconformities)
    .innerJoin(units, and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)))
    .where(and(...listConditions(actor, query, todayInVietnam()), period ? openDuring(period) : undefined))
    .orderBy(asc(nonconformities.year), asc(nonconformities.seq));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'eiso';
  const sheet = workbook.addWorksheet('Sổ theo dõi', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { name: 'Times New Roman', bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const { nc, unitName, done, total } of rows) {
    const row = sheet.addRow([
      nc.code,
      formatDate(nc.detectedOn),
      unitName,
      ncSourceNames[nc.source as NcSource]?.vi ?? nc.source,
      grades[nc.grade] ?? nc.grade,
      `${nc.title}\n${nc.description}`,
      nc.requirement,
      nc.clause ?? '',
      nc.whys.join(' → '),
      `${done}/${total}`,
      ncStateNames[nc.state as NcState]?.vi ?? nc.state,
      nc.closedOn ? formatDate(nc.closedOn) : '',
    ]);
    row.font = { name: 'Times New Roman' };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: 'A1', to: `L${Math.max(1, rows.length + 1)}` };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
