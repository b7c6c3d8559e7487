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
import { forbidden } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { agencyRows, agencyUnits, unitRows, unitsInTreeOrder } from '../../org/index.ts';
import { documents, documentVersions } from '../documents.table.ts';
import { summaryOf } from './report.summary.ts';

const agencies = agencyRows();
const _units = unitRows();

const readers: Role[] = ['secretariat', 'leadership', 'steering_member', 'unit_head'];

const zero = () => Object.fromEntries(statusFigureKeys.map((k) => [k, 0])) as StatusFigures;
const add = (a: StatusFigures, b: StatusFigures) =>
  Object.fromEntries(statusFigureKeys.map((k) => [k, a[k] + b[k]])) as StatusFigures;

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Figures per owner unit and kind (system document or business procedure) for the period. */
async function figuresByUnit(db: Db, agencyId: string, from: string, to: string) {
  // Vietnam keeps +07:00 all year: a day is [00:00+07, next 00:00+07).
  const start = sql`${`${from}T00:00:00+07:00`}::timestamptz`;
  const end = sql`${`${nextDay(to)}T00:00:00+07:00`}::timestamptz`;
  const v = documentVersions;
  const submittedInPeriod = sql`${v.submittedAt} >= ${start} and ${v.submittedAt} < ${end} and ${v.state} <> 'cancelled'`;
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
        sql`${v.submittedAt} < ${end} and (${v.state} = 'submitted' or ${v.approvedAt} >= ${end})`,
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

/** The status report for [from, to], limited to the rows this person may read. */
export async function documentsStatusReport(
  db: Db,
  actor: Actor,
  period: { from: string; to: string },
): Promise<StatusReport> {
  const grants = actor.grants.filter((g) => readers.includes(g.role));
  if (!grants.length) throw forbidden();
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
  };
}
