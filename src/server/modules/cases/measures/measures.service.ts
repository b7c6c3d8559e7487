/*
 * Measures of work cases — the definitions (also the page's help text, measures.i18n.ts):
 *
 * - Period [from, to], both days included (Asia/Ho_Chi_Minh calendar days); by default
 *   this year to today, or the latest year with cases (platform/period.ts). Cancelled cases count nowhere.
 * - started: cases whose start date is in the period; startedWithFile: those of them whose
 *   file was opened the day the work started (fileOpenedAtStart); fileOpenedAtStartRate =
 *   startedWithFile / started.
 * - finished: cases closed with a closing date in the period; finishedOnTime: those of them
 *   none of whose steps was done late (every step's daysLate is 0); onTimeRate =
 *   finishedOnTime / finished; avgWorkingDaysPerCase (thời gian giải quyết trung bình một công
 *   việc): the average of their working days, start to closing (the agency calendar's count,
 *   stored when the case closes, as a step's; cases closed before eiso counted them are left out).
 * - stepsDone: step rows with a done date in the period; stepsDoneOnTime: with daysLate 0;
 *   stepOnTimeRate = stepsDoneOnTime / stepsDone; avgWorkingDaysPerStep: the average of
 *   their working days (the agency calendar's count, start to done).
 * - overdueSteps (now, whatever the period): active steps of open cases due before today;
 *   overdueCases: the open cases having one.
 * - filesLeftOpen: cases finished in the period whose file is still open today.
 * - A case counts under its unit and its procedure; a month row under the month of the
 *   day that counts it (start, closing or step done). Who sees which units: measures.policy.ts.
 * - Whole months are read from case_measure_months (kept by triggers, measures.table.ts),
 *   the days of a month cut short from the cases and steps through their date indexes.
 */
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { CaseFigures, CaseMeasures, CaseMeasuresQuery } from '../../../../contract/case-measures.ts';
import type { Db } from '../../../db/connection.ts';
import { forbidden, invalidField, notFound } from '../../../platform/http/errors.ts';
import { reportPeriod } from '../../../platform/period.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { documentRows } from '../../documents/index.ts';
import { agencyUnits, unitRows, unitsInTreeOrder } from '../../org/index.ts';
import { inScope, measuresScope } from './measures.policy.ts';
import { type Cell, dayCells, monthCells, overdueCells } from './measures.queries.ts';
import { caseMeasureMonths } from './measures.table.ts';

const documents = documentRows();

const _units = unitRows();

type Counts = Omit<Cell, 'unitId' | 'procedureId' | 'month'>;
const countKeys: Array<keyof Counts> = [
  'started',
  'startedWithFile',
  'finished',
  'finishedOnTime',
  'filesLeftOpen',
  'stepsDone',
  'stepsDoneOnTime',
  'workingDaysSum',
  'workingDaysCount',
  'caseWorkingDaysSum',
  'caseWorkingDaysCount',
  'overdueSteps',
  'overdueCases',
];
const zero = () => Object.fromEntries(countKeys.map((k) => [k, 0])) as Counts;
const ratio = (part: number, whole: number) => (whole ? part / whole : null);
/** sum / count with one decimal; null when nothing was counted. */
const average = (sum: number, count: number) => (count ? Math.round((sum / count) * 10) / 10 : null);

function figuresOf(n: Counts): CaseFigures {
  const { workingDaysSum, workingDaysCount, caseWorkingDaysSum, caseWorkingDaysCount, ...counts } = n;
  return {
    ...counts,
    fileOpenedAtStartRate: ratio(n.startedWithFile, n.started),
    onTimeRate: ratio(n.finishedOnTime, n.finished),
    avgWorkingDaysPerCase: average(caseWorkingDaysSum, caseWorkingDaysCount),
    stepOnTimeRate: ratio(n.stepsDoneOnTime, n.stepsDone),
    avgWorkingDaysPerStep: average(workingDaysSum, workingDaysCount),
  };
}

function rollUp(cells: Cell[], keyOf: (cell: Cell) => string | null) {
  const sums = new Map<string, Counts>();
  for (const cell of cells) {
    const key = keyOf(cell);
    if (key === null) continue;
    const sum = sums.get(key) ?? zero();
    for (const k of countKeys) sum[k] += cell[k];
    sums.set(key, sum);
  }
  return sums;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const shiftDays = (date: string, n: number) => iso(new Date(day(date).getTime() + n * 86_400_000));
/** The first day of the month `n` months after the month of `date`. */
const monthStart = (date: string, n = 0) => {
  const d = day(date);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)));
};

/**
 * The whole months of [from, to] are read from the monthly table (case_measure_months);
 * the days before the first whole month and after the last are read from the cases.
 */
export function splitPeriod(from: string, to: string) {
  const firstWhole = from === monthStart(from) ? from : monthStart(from, 1);
  const lastWhole = shiftDays(monthStart(to, 1), -1) === to ? monthStart(to) : monthStart(to, -1);
  if (firstWhole > lastWhole) return { months: null, days: [[from, to]] as Array<[string, string]> };
  const days: Array<[string, string]> = [];
  if (from < firstWhole) days.push([from, shiftDays(firstWhole, -1)]);
  const afterWhole = monthStart(lastWhole, 1);
  if (afterWhole <= to) days.push([afterWhole, to]);
  return { months: [firstWhole, lastWhole] as [string, string], days };
}

/** Each month "YYYY-MM" from `from` to `to`. */
function monthsOf(from: string, to: string) {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/**
 * The measures of work cases the actor may see, for a period, a unit (and its sub-units)
 * and a procedure: totals, rows by unit and by procedure, and a month-by-month series.
 * Reused by quality objectives and the steering committee's reports.
 */
export async function caseMeasures(db: Db, actor: Actor, query: CaseMeasuresQuery): Promise<CaseMeasures> {
  const today = todayInVietnam();
  // Nothing asked: this year, or the latest year with cases when this year has none yet.
  const latest =
    query.from || query.to
      ? null
      : ((
          await db
            .select({ month: sql<string | null>`max(${caseMeasureMonths.month})::text` })
            .from(caseMeasureMonths)
            .where(and(eq(caseMeasureMonths.agencyId, actor.agencyId), lte(caseMeasureMonths.month, today)))
        )[0]?.month ?? null);
  const { from, to } = reportPeriod(query, today, latest);
  if (from > to)
    throw invalidField('to', {
      vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
      en: 'The end date must be on or after the start date.',
    });
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 20)
    throw invalidField('from', {
      vi: 'Kỳ báo cáo dài tối đa 20 năm.',
      en: 'The period is at most 20 years.',
    });
  const scope = measuresScope(actor);
  const unitList = await agencyUnits(db, actor.agencyId);
  const chosen = query.unitId ? unitList.find((u) => u.id === query.unitId) : undefined;
  if (query.unitId && !chosen) throw notFound('unit');
  if (chosen && !inScope(scope, chosen.path)) throw forbidden();
  if (query.procedureId) {
    const [procedure] = await db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.id, query.procedureId), eq(documents.agencyId, actor.agencyId)));
    if (!procedure) throw notFound('document');
  }
  const visible = unitList.filter(
    (u) => inScope(scope, u.path) && (!chosen || u.path.startsWith(chosen.path)),
  );
  const filter = {
    agencyId: actor.agencyId,
    today,
    // Always a list, even of every unit: then the (agency, unit, start date) index serves the period.
    unitIds: visible.map((u) => u.id),
    procedureId: query.procedureId,
  };
  const period = splitPeriod(from, to);
  const cells = (
    await Promise.all([
      overdueCells(db, filter),
      period.months ? monthCells(db, filter, ...period.months) : [],
      ...period.days.map(([first, last]) => dayCells(db, filter, first, last)),
    ])
  ).flat();

  const byUnit = rollUp(cells, (cell) => cell.unitId);
  const byProcedure = rollUp(cells, (cell) => cell.procedureId);
  const byMonth = rollUp(cells, (cell) => cell.month);
  const procedureIds = [...byProcedure.keys()];
  const procedureList = procedureIds.length
    ? await db
        .select({ id: documents.id, code: documents.code, title: documents.title })
        .from(documents)
        .where(and(eq(documents.agencyId, actor.agencyId), inArray(documents.id, procedureIds)))
    : [];
  return {
    from,
    to,
    today,
    unitId: query.unitId ?? null,
    procedureId: query.procedureId ?? null,
    totals: figuresOf(rollUp(cells, () => 'all').get('all') ?? zero()),
    byUnit: unitsInTreeOrder(visible)
      .filter((u) => u.status === 'active' || byUnit.has(u.id))
      .map((u) => ({
        unitId: u.id,
        unitName: u.name,
        depth: u.depth,
        ...figuresOf(byUnit.get(u.id) ?? zero()),
      })),
    byProcedure: procedureList
      .sort((a, b) => a.code.localeCompare(b.code, 'vi'))
      .map((d) => ({
        procedureId: d.id,
        code: d.code,
        title: d.title,
        ...figuresOf(byProcedure.get(d.id) ?? zero()),
      })),
    byMonth: monthsOf(from, to).map((m) => ({ month: m, ...figuresOf(byMonth.get(m) ?? zero()) })),
  };
}
