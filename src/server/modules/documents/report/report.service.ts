/*
 * Báo cáo tình hình xây dựng, cải tiến tài liệu — the definitions (the contract with the
 * demo data, which reproduces the seed with them for 01/01/2017–25/12/2017):
 *
 * - Counted: versions of system documents (quality_policy, quality_objectives, manual,
 *   system_procedure — `systemDocumentTypes`) and of business procedures, under the
 *   document's owner unit. Days are Asia/Ho_Chi_Minh calendar days; the period [from, to]
 *   includes both ends.
 * - improved: changeKind 'revise', submittedAt (the moment the secretariat check passed and
 *   the version went to leadership) in the period, state not 'cancelled'.
 * - newlyBuilt: changeKind 'new', likewise.
 * - awaitingApproval: submittedAt on or before `to`, and either still in state 'submitted'
 *   or approved after `to` (approvedAt's day > to) — i.e. waiting for leadership at the end
 *   of the period. Any changeKind.
 * - issued: changeKind 'new' or 'revise' with issueDate in the period.
 * - withdrawn: changeKind 'withdraw' with issueDate in the period.
 * - Imported versions (documents/import: issued on paper before eiso) are never improved,
 *   newlyBuilt or awaitingApproval; their issue in the period still counts as issued.
 * - Rows: every active unit of the agency in tree order (siblings by sort order, then name),
 *   plus any other unit that has figures. Agency-wide secretariat, leadership and steering
 *   committee members see every row; a unit grant of those roles or of unit head shows the
 *   rows of that unit and the units below it. Totals add up the rows shown.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type StatusFigures,
  type StatusReport,
  statusFigureKeys,
} from '../../../../contract/document-reports.ts';
import { type DocumentType, systemDocumentTypes } from '../../../../contract/documents.ts';
import type { Role } from '../../../../contract/roles.ts';
import type { Db } from '../../../db/connection.ts';
import { forbidden, invalidField } from '../../../platform/http/errors.ts';
import { reportPeriod } from '../../../platform/period.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { addDays, todayInVietnam } from '../../../platform/time.ts';
import { agencyRows, agencyUnits, unitRows, unitsInTreeOrder } from '../../org/index.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { summaryOf } from './report.summary.ts';

const agencies = agencyRows();
const _units = unitRows();

const readers: Role[] = ['secretariat', 'leadership', 'steering_member', 'unit_head'];

const zero = () => Object.fromEntries(statusFigureKeys.map((k) => [k, 0])) as StatusFigures;
const add = (a: StatusFigures, b: StatusFigures) =>
  Object.fromEntries(statusFigureKeys.map((k) => [k, a[k] + b[k]])) as StatusFigures;

const nextDay = (date: string) => addDays(date, 1);

/** Figures per owner unit and kind (system document or business procedure) for the period. */
async function figuresByUnit(db: Db, agencyId: string, from: string, to: string) {
  // Vietnam keeps +07:00 all year: a day is [00:00+07, next 00:00+07).
  const start = sql`${`${from}T00:00:00+07:00`}::timestamptz`;
  const end = sql`${`${nextDay(to)}T00:00:00+07:00`}::timestamptz`;
  const v = documentVersions;
  // Imported versions (issued on paper before eiso) are never work done in the period.
  const submittedInPeriod = sql`${v.submittedAt} >= ${start} and ${v.submittedAt} < ${end} and ${v.state} <> 'cancelled' and not ${v.imported}`;
  const issuedInPeriod = sql`${v.issueDate} between ${from} and ${to}`;
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`(count(*) filter (where ${condition}))::int`;
  const rows = await db
    .select({
      unitId: documents.ownerUnitId,
      type: documents.type,
      improved: count(sql`${v.changeKind} = 'revise' and ${submittedInPeriod}`),
      newlyBuilt: count(sql`${v.changeKind} = 'new' and ${submittedInPeriod}`),
      awaitingApproval: count(
        sql`not ${v.imported} and ${v.submittedAt} < ${end} and (${v.state} = 'submitted' or ${v.approvedAt} >= ${end})`,
      ),
      issued: count(sql`${v.changeKind} in ('new', 'revise') and ${issuedInPeriod}`),
      withdrawn: count(sql`${v.changeKind} = 'withdraw' and ${issuedInPeriod}`),
    })
    .from(v)
    .innerJoin(documents, and(eq(documents.id, v.documentId), eq(documents.agencyId, v.agencyId)))
    .where(
      and(eq(v.agencyId, agencyId), inArray(documents.type, [...systemDocumentTypes, 'business_procedure'])),
    )
    .groupBy(documents.ownerUnitId, documents.type);
  const byUnit = new Map<string, { system: StatusFigures; business: StatusFigures }>();
  for (const { unitId, type, ...counts } of rows) {
    const unit = byUnit.get(unitId) ?? { system: zero(), business: zero() };
    const kind = systemDocumentTypes.includes(type as DocumentType) ? 'system' : 'business';
    unit[kind] = add(unit[kind], counts);
    byUnit.set(unitId, unit);
  }
  return byUnit;
}

type UnitRow = {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  sortOrder: number;
  status: string;
};

/** The last day on or before today a version of the agency was submitted, approved or issued. */
async function latestDocumentActivity(db: Db, agencyId: string, today: string) {
  const v = documentVersions;
  const day = (at: typeof v.submittedAt | typeof v.approvedAt) =>
    sql`(${at} at time zone 'Asia/Ho_Chi_Minh')::date`;
  const [row] = await db
    .select({
      latest: sql<string | null>`max(d)::text`,
    })
    .from(
      sql`(select ${day(v.submittedAt)} as d from ${v} where ${v.agencyId} = ${agencyId}
        union all select ${day(v.approvedAt)} from ${v} where ${v.agencyId} = ${agencyId}
        union all select ${v.issueDate} from ${v} where ${v.agencyId} = ${agencyId}) as days`,
    )
    .where(sql`d <= ${today}::date`);
  return row?.latest ?? null;
}

/**
 * The status report for [from, to], limited to the rows this person may read; without a
 * period, this year to today (or the latest year with data: platform/period.ts).
 */
export async function documentsStatusReport(
  db: Db,
  actor: Actor,
  asked: { from?: string; to?: string },
): Promise<StatusReport> {
  const grants = actor.grants.filter((g) => readers.includes(g.role));
  if (!grants.length) throw forbidden();
  const today = todayInVietnam();
  const period = reportPeriod(
    asked,
    today,
    asked.from || asked.to ? null : await latestDocumentActivity(db, actor.agencyId, today),
  );
  if (period.from > period.to)
    throw invalidField('to', {
      vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
      en: 'The end date must be on or after the start date.',
    });
  const visible = (u: UnitRow) => grants.some((g) => g.unitId === null || u.path.includes(`/${g.unitId}/`));
  const [[agency], unitList, figures] = await Promise.all([
    db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
    agencyUnits(db, actor.agencyId),
    figuresByUnit(db, actor.agencyId, period.from, period.to),
  ]);
  const figuresOf = (unitId: string) => figures.get(unitId) ?? { system: zero(), business: zero() };
  const sum = (f: StatusFigures) => Object.values(f).reduce((a, b) => a + b, 0);
  const hasFigures = (unitId: string) => sum(figuresOf(unitId).system) + sum(figuresOf(unitId).business) > 0;
  const rows = unitsInTreeOrder(unitList)
    .filter((u) => visible(u) && (u.status === 'active' || hasFigures(u.id)))
    .map((u) => ({
      unitId: u.id,
      unitName: u.name,
      depth: u.depth,
      ...figuresOf(u.id),
    }));
  const totals = rows.reduce(
    (t, r) => ({ system: add(t.system, r.system), business: add(t.business, r.business) }),
    { system: zero(), business: zero() },
  );
  return {
    agencyName: agency.name,
    from: period.from,
    to: period.to,
    rows,
    totals,
    summary: summaryOf(rows, totals),
    summaryEn: summaryOf(rows, totals, 'en'),
  };
}
