import { and, between, eq, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/connection.ts';
import { fileRows } from '../../records/index.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { caseMeasureMonths } from './measures.table.ts';

const recordFiles = fileRows();

/** The counts of one unit × procedure × month; rolled up by the service. */
export type Cell = {
  unitId: string;
  procedureId: string;
  month: string | null;
  started: number;
  startedWithFile: number;
  finished: number;
  finishedOnTime: number;
  filesLeftOpen: number;
  stepsDone: number;
  stepsDoneOnTime: number;
  workingDaysSum: number;
  workingDaysCount: number;
  caseWorkingDaysSum: number;
  caseWorkingDaysCount: number;
  overdueSteps: number;
  overdueCases: number;
};

export type CellFilter = {
  agencyId: string;
  today: string;
  unitIds: string[];
  procedureId?: string;
};

const c = workCases;
const s = caseSteps;
const int = (expression: SQL) => sql<number>`(${expression})::int`;
const month = (column: AnyPgColumn) => sql<string>`to_char(${column}, 'YYYY-MM')`;

/** Conditions on the case: agency first, so the (agency, unit|procedure, start) indexes apply. */
function caseWhere(f: CellFilter, ...more: Array<SQL | undefined>) {
  return and(
    eq(c.agencyId, f.agencyId),
    inArray(c.unitId, f.unitIds),
    f.procedureId ? eq(c.procedureDocumentId, f.procedureId) : undefined,
    ne(c.state, 'cancelled'),
    ...more,
  );
}

const blank = (partial: Partial<Cell> & Pick<Cell, 'unitId' | 'procedureId' | 'month'>): Cell => ({
  started: 0,
  startedWithFile: 0,
  finished: 0,
  finishedOnTime: 0,
  filesLeftOpen: 0,
  stepsDone: 0,
  stepsDoneOnTime: 0,
  workingDaysSum: 0,
  workingDaysCount: 0,
  caseWorkingDaysSum: 0,
  caseWorkingDaysCount: 0,
  overdueSteps: 0,
  overdueCases: 0,
  ...partial,
});

/** The period counts over the days [from, to], read from the cases and steps themselves. */
export async function dayCells(db: Db, f: CellFilter, from: string, to: string): Promise<Cell[]> {
  const lateStep = sql`exists (select 1 from ${s} where ${s.agencyId} = ${c.agencyId}
    and ${s.caseId} = ${c.id} and ${s.daysLate} > 0)`;
  const [started, finished, steps] = await Promise.all([
    db
      .select({
        unitId: c.unitId,
        procedureId: c.procedureDocumentId,
        month: month(c.startDate),
        started: int(sql`count(*)`),
        startedWithFile: int(sql`count(*) filter (where ${c.fileOpenedAtStart})`),
      })
      .from(c)
      .where(caseWhere(f, between(c.startDate, from, to)))
      .groupBy(c.unitId, c.procedureDocumentId, month(c.startDate)),
    db
      .select({
        unitId: c.unitId,
        procedureId: c.procedureDocumentId,
        month: month(c.closedDate),
        finished: int(sql`count(*)`),
        finishedOnTime: int(sql`count(*) filter (where not ${lateStep})`),
        filesLeftOpen: int(sql`count(*) filter (where ${recordFiles.state} = 'open')`),
        caseWorkingDaysSum: int(sql`coalesce(sum(${c.workingDays}), 0)`),
        caseWorkingDaysCount: int(sql`count(${c.workingDays})`),
      })
      .from(c)
      .leftJoin(recordFiles, and(eq(recordFiles.id, c.fileId), eq(recordFiles.agencyId, c.agencyId)))
      .where(caseWhere(f, eq(c.state, 'closed'), between(c.closedDate, from, to)))
      .groupBy(c.unitId, c.procedureDocumentId, month(c.closedDate)),
    db
      .select({
        unitId: c.unitId,
        procedureId: c.procedureDocumentId,
        month: month(s.doneDate),
        stepsDone: int(sql`count(*)`),
        stepsDoneOnTime: int(sql`count(*) filter (where ${s.daysLate} <= 0)`),
        workingDaysSum: int(sql`coalesce(sum(${s.workingDays}), 0)`),
        workingDaysCount: int(sql`count(${s.workingDays})`),
      })
      .from(s)
      .innerJoin(c, and(eq(c.id, s.caseId), eq(c.agencyId, s.agencyId)))
      .where(and(eq(s.agencyId, f.agencyId), between(s.doneDate, from, to), caseWhere(f)))
      .groupBy(c.unitId, c.procedureDocumentId, month(s.doneDate)),
  ]);
  return [...started.map(blank), ...finished.map(blank), ...steps.map(blank)];
}

/** Steps overdue now (whatever the period), by unit × procedure (month null). */
export async function overdueCells(db: Db, f: CellFilter): Promise<Cell[]> {
  const overdue = await db
    .select({
      unitId: c.unitId,
      procedureId: c.procedureDocumentId,
      overdueSteps: int(sql`count(*)`),
      overdueCases: int(sql`count(distinct ${c.id})`),
    })
    .from(s)
    .innerJoin(c, and(eq(c.id, s.caseId), eq(c.agencyId, s.agencyId)))
    .where(
      and(
        eq(s.agencyId, f.agencyId),
        eq(s.state, 'active'),
        lt(s.dueDate, f.today),
        caseWhere(f, eq(c.state, 'open')),
      ),
    )
    .groupBy(c.unitId, c.procedureDocumentId);
  return overdue.map((o) => blank({ ...o, month: null }));
}

/** The period counts of whole months [fromMonth, toMonth] (first days), from the monthly table. */
export async function monthCells(db: Db, f: CellFilter, fromMonth: string, toMonth: string): Promise<Cell[]> {
  const m = caseMeasureMonths;
  const rows = await db
    .select({
      unitId: m.unitId,
      procedureId: m.procedureId,
      month: month(m.month),
      started: m.started,
      startedWithFile: m.startedWithFile,
      finished: m.finished,
      finishedOnTime: m.finishedOnTime,
      filesLeftOpen: m.filesLeftOpen,
      stepsDone: m.stepsDone,
      stepsDoneOnTime: m.stepsDoneOnTime,
      workingDaysSum: m.workingDaysSum,
      workingDaysCount: m.workingDaysCount,
      caseWorkingDaysSum: m.caseWorkingDaysSum,
      caseWorkingDaysCount: m.caseWorkingDaysCount,
    })
    .from(m)
    .where(
      and(
        eq(m.agencyId, f.agencyId),
        between(m.month, fromMonth, toMonth),
        inArray(m.unitId, f.unitIds),
        f.procedureId ? eq(m.procedureId, f.procedureId) : undefined,
      ),
    );
  return rows.map(blank);
}
