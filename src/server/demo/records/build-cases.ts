// A year of work cases (January 2017 – March 2018) across the units: each started from one
// of its unit's business procedures in force that day, its file planned in the catalogue
// entry of that procedure (opened at start, or for a minority weeks later, as the seed found).
import type { ProcedureStep } from '../../../contract/documents.ts';
import { newId } from '../../db/ids.ts';
import type { WorkingCalendar } from '../../modules/calendar/working-days.ts';
import type { workCases } from '../../modules/cases/cases.table.ts';
import { plannedDueDate } from '../../modules/cases/steps/plan.ts';
import { addDays, daysBetween, vietnamTime } from '../documents/days.ts';
import { hashOf } from '../documents/timeline.ts';
import {
  type BuiltCatalogues,
  type EntryRow,
  entryTitle,
  ownerFor,
  retentionOf,
} from './build-catalogues.ts';
import { applicants, round } from './case-texts.ts';
import type { DemoPeople, DemoUnit, Member } from './demo-people.ts';
import { type DemoProcedure, subjectOf, versionAt } from './demo-procedures.ts';
import { type Random, seeded } from './random.ts';
import { type StepRow, walkSteps } from './walk-steps.ts';

/** The day the demo's case history stops: later steps are still active ("today" they are overdue). */
export const CASES_AS_OF = '2018-03-30';
const FIRST_START = '2017-01-09';
const LAST_START = '2018-03-23';
/** Share of cases whose file was opened after the work had started. */
const OPENED_LATE = 0.17;

export type CaseRow = typeof workCases.$inferInsert & { id: string; code: string; startDate: string };

export type PlannedCase = {
  row: CaseRow;
  steps: StepRow[];
  unit: DemoUnit;
  handler: Member;
  /** Null: the file is opened outside the catalogue ("không có trong danh mục"). */
  entry: EntryRow | null;
  fileTitle: string;
  /** For a file outside the catalogue: the procedure's retention for its work file. */
  retentionYears: number | null;
  /** The day its file was opened (the start day, or later). */
  fileStart: string;
};

type Context = {
  agencyId: string;
  org: DemoPeople;
  procedures: DemoProcedure[];
  catalogues: BuiltCatalogues;
  calendar: WorkingCalendar;
};

export function buildCases(ctx: Context): PlannedCase[] {
  const { calendar, org } = ctx;
  const planned: PlannedCase[] = [];
  const rounds = new Map<string, number>();
  const span = daysBetween(FIRST_START, LAST_START);
  for (const unit of org.units) {
    const random = seeded(`cases:${unit.code}`);
    const starts: { start: string; handler?: Member }[] = [];
    const count = random.int(20, 32);
    for (let i = 0; i < count; i++) {
      const start = addDays(FIRST_START, Math.floor(((i + random.next()) * span) / count));
      starts.push({ start: calendar.isWorkingDay(start) ? start : calendar.nextWorkingDay(start) });
    }
    // Everyone who handles work has a case in hand on the day the history stops.
    unit.handlers.forEach((handler, k) => {
      starts.push({ start: calendar.addWorkingDays(CASES_AS_OF, -(3 + 4 * k + random.int(0, 3))), handler });
    });
    starts.sort((a, b) => a.start.localeCompare(b.start));
    for (const { start, handler } of starts) {
      const c = planCase(ctx, { unit, start, random, rounds, handler });
      if (c) planned.push(c);
    }
  }
  numberCases(planned);
  return planned;
}

type CaseInput = {
  unit: DemoUnit;
  start: string;
  random: Random;
  /** Cases per procedure and year so far, for "đợt n/năm". */
  rounds: Map<string, number>;
  handler?: Member;
};

function planCase(
  ctx: Context,
  { unit, start, random, rounds, handler: given }: CaseInput,
): PlannedCase | null {
  const { calendar, org } = ctx;
  const year = Number(start.slice(0, 4));
  const own = ctx.procedures.filter((p) => p.unitId === unit.id);
  const open = own
    .map((p) => ({
      p,
      version: versionAt(p, start),
      entry: ctx.catalogues.workEntry(unit.id, year, p.documentId),
    }))
    .filter((x) => x.version);
  if (!open.length) return null;
  // A procedure the year's catalogue did not foresee (issued since, or the catalogue not
  // yet approved) opens its file outside the catalogue: less often than the others.
  const foreseen = open.filter((x) => x.entry);
  let pick = random.pick(open);
  if (!pick.entry && foreseen.length && random.chance(0.6)) pick = random.pick(foreseen);
  const { p, entry } = pick;
  const version = pick.version!;
  // The procedure's usual handler most of the time, a colleague otherwise.
  const usual = unit.handlers.find((h) => h.id === ownerFor(unit, own.indexOf(p)))!;
  const handler = given ?? (random.chance(0.75) ? usual : random.pick(unit.handlers));
  const roundKey = `${p.documentId}:${year}`;
  const n = (rounds.get(roundKey) ?? 0) + 1;
  rounds.set(roundKey, n);
  const qualifier = p.oneStop ? random.pick(applicants[unit.code] ?? applicants.VP) : round(n, year);
  const caseId = newId();
  const walk = walkSteps({
    agencyId: ctx.agencyId,
    caseId,
    content: version.content,
    startDate: start,
    asOf: CASES_AS_OF,
    calendar,
    random,
    assignee: assigneeFor(unit, handler, org.leaders, org.units),
    lateProne: random.chance(0.16),
  });
  let fileStart = start;
  if (random.chance(OPENED_LATE)) {
    const later = calendar.addWorkingDays(start, random.int(3, 25));
    if (later.slice(0, 4) === start.slice(0, 4) && later <= CASES_AS_OF) fileStart = later;
  }
  const startedAt = vietnamTime(start, 8 * 60 + random.int(0, 120));
  const workFile = version.content.records[0];
  return {
    row: {
      id: caseId,
      agencyId: ctx.agencyId,
      code: '',
      title: `${subjectOf(p.title)} — ${qualifier}`,
      unitId: unit.id,
      procedureDocumentId: p.documentId,
      procedureVersionId: version.id,
      fileOpenedAtStart: fileStart === start,
      state: walk.closedDate ? 'closed' : 'open',
      startedBy: handler.id,
      startDate: start,
      dueDate: plannedDueDate(calendar, version.content.steps, start),
      closedDate: walk.closedDate,
      closedAt: walk.closedAt,
      workingDays: walk.closedDate ? calendar.countWorkingDays(start, walk.closedDate) : null,
      createdAt: startedAt,
      updatedAt: walk.closedAt ?? walk.steps.at(-1)?.updatedAt ?? startedAt,
    },
    steps: walk.steps.map((s, k) =>
      k === 0 ? { ...s, createdAt: startedAt, updatedAt: s.doneAt ?? startedAt } : s,
    ),
    unit,
    handler,
    entry,
    fileTitle: `${entry?.title ?? entryTitle(workFile?.name ?? p.title)} — ${qualifier}`,
    retentionYears: retentionOf(workFile?.retention),
    fileStart,
  };
}

/** "2017-000123": per agency and year, in the order the cases started. */
function numberCases(planned: PlannedCase[]) {
  // A stable sort: cases of one day keep the order they were planned in (unit by unit).
  planned.sort((a, b) => a.row.startDate.localeCompare(b.row.startDate));
  const counters = new Map<string, number>();
  for (const c of planned) {
    const year = c.row.startDate.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    c.row.code = `${year}-${String(n).padStart(6, '0')}`;
  }
}

/**
 * The ministry's leaders sign; a step of another unit (its performer) is done there — by its
 * head when the step asks for the head, else by one of its handlers; the unit's head
 * decides; the handler does the rest.
 */
function assigneeFor(unit: DemoUnit, handler: Member, leaders: Member[], units: DemoUnit[]) {
  return (step: ProcedureStep) => {
    if (
      step.performer?.role === 'leadership' ||
      /^(Lãnh đạo Bộ|Bộ trưởng|Thứ trưởng|Ban cán sự)/i.test(step.who)
    ) {
      return leaders[hashOf(`${unit.code}:${step.id}`) % leaders.length].id;
    }
    const other = step.performer?.unitId !== unit.id && units.find((u) => u.id === step.performer?.unitId);
    if (other) {
      if (step.performer?.role === 'unit_head') return other.head.id;
      return other.handlers[hashOf(`${unit.code}:${step.id}`) % other.handlers.length].id;
    }
    if (
      step.performer?.role === 'unit_head' ||
      /^(Lãnh đạo|Vụ trưởng|Chánh|Trưởng|Hội đồng)/i.test(step.who)
    ) {
      return unit.head.id;
    }
    return handler.id;
  };
}
