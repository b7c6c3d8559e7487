import { and, asc, desc, eq, sql } from 'drizzle-orm';
import {
  type RiskKind,
  type RiskListQuery,
  type RiskState,
  riskKindNames,
  riskLevelNames,
  riskLevelOf,
  riskStateNames,
} from '../../../contract/risks.ts';
import type { Db } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { tableWorkbook } from '../../platform/xlsx/write-table.ts';
import { agencyRows } from '../org/index.ts';
import { listConditions, owners, score } from './risks.queries.ts';
import { units } from './risks.repository.ts';
import { risks } from './risks.table.ts';

const agencies = agencyRows();

const effectiveness = (effective: boolean | null) =>
  effective === null ? null : effective ? 'Có hiệu quả' : 'Chưa hiệu quả';

/**
 * Sổ rủi ro và cơ hội (XLSX): every risk the person may read with the register's filters, in
 * the register's order (open before closed, highest level first, newest first), from the
 * assessment to the review of effectiveness.
 */
export async function riskRegisterWorkbook(
  db: Db,
  actor: Actor,
  query: Omit<RiskListQuery, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const [agency] = await db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, actor.agencyId));
  const rows = await db
    .select({ risk: risks, unitName: units.name, ownerName: owners.fullName })
    .from(risks)
    .innerJoin(units, and(eq(units.agencyId, risks.agencyId), eq(units.id, risks.unitId)))
    .leftJoin(owners, and(eq(owners.agencyId, risks.agencyId), eq(owners.id, risks.treatmentOwnerId)))
    .where(and(...listConditions(actor, query)))
    .orderBy(sql`${risks.state} = 'closed'`, desc(score), desc(risks.identifiedOn), asc(risks.code));
  const period =
    query.from || query.to
      ? `Nhận diện ${query.from ? `từ ngày ${formatDate(query.from)} ` : ''}${query.to ? `đến ngày ${formatDate(query.to)}` : ''}`.trim()
      : null;
  return tableWorkbook({
    sheet: 'Sổ rủi ro và cơ hội',
    agencyName: agency?.name ?? '',
    title: 'Sổ theo dõi rủi ro và cơ hội',
    subtitle: [period, `Tính đến ngày ${formatDate(todayInVietnam())}`].filter((x): x is string => !!x),
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Mã', width: 10 },
      { header: 'Loại', width: 9 },
      { header: 'Đơn vị', width: 24 },
      { header: 'Quá trình, quy trình', width: 28 },
      { header: 'Mô tả', width: 40 },
      { header: 'Nguyên nhân', width: 30 },
      { header: 'Hậu quả, tác động', width: 30 },
      { header: 'Khả năng', width: 9, align: 'center' },
      { header: 'Ảnh hưởng', width: 9, align: 'center' },
      { header: 'Điểm', width: 7, align: 'center' },
      { header: 'Mức độ', width: 11 },
      { header: 'Ngày nhận diện', width: 13, align: 'center' },
      { header: 'Hành động xử lý', width: 36 },
      { header: 'Người phụ trách', width: 20 },
      { header: 'Hạn xử lý', width: 12, align: 'center' },
      { header: 'Ngày hoàn thành', width: 13, align: 'center' },
      { header: 'Kết quả thực hiện', width: 30 },
      { header: 'Trạng thái', width: 14 },
      { header: 'Hiệu quả', width: 14 },
      { header: 'Nhận xét khi đóng', width: 30 },
    ],
    rows: rows.map(({ risk: r, unitName, ownerName }, i) => [
      i + 1,
      r.code,
      riskKindNames[r.kind as RiskKind].vi,
      unitName,
      r.process,
      r.description,
      r.cause,
      r.consequence,
      r.likelihood,
      r.impact,
      r.likelihood * r.impact,
      riskLevelNames[riskLevelOf(r.likelihood, r.impact)].vi,
      formatDate(r.identifiedOn),
      r.treatment,
      ownerName,
      r.treatmentDueOn ? formatDate(r.treatmentDueOn) : null,
      r.treatmentDoneOn ? formatDate(r.treatmentDoneOn) : null,
      r.treatmentResult,
      riskStateNames[r.state as RiskState].vi,
      effectiveness(r.effective),
      r.effectivenessNote,
    ]),
  });
}
