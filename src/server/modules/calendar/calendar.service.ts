import { and, asc, between, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CalendarDayView, putCalendarDayBody } from '../../../contract/calendar.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { preparedFor } from '../../db/prepared.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, invalidField, notFound } from '../../platform/http/errors.ts';
import { type Actor, holdsAgencyWide } from '../../platform/permissions/actor.ts';
import { calendarDays, calendarYears } from './calendar.table.ts';
import { defaultHolidays } from './default-holidays.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-days.ts';

type Deps = { db: Db; actor: Actor; audit: AuditContext };
type Row = typeof calendarDays.$inferSelect;
const toView = (r: Row): CalendarDayView => ({
  date: r.date,
  kind: r.kind as CalendarDayView['kind'],
  nameVi: r.nameVi,
  nameEn: r.nameEn,
  version: r.version,
});

/**
 * The first time a year is written to (a day edited, a deadline set), its computed holidays
 * are stored for the agency; from then on they are the agency's to edit (the government
 * announces swaps every year). Reads never write: a year not stored yet is computed.
 */
export async function ensureYears(tx: Tx, agencyId: string, years: number[]) {
  const known = await tx
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .where(eq(calendarYears.agencyId, agencyId));
  for (const year of years.filter((y) => !known.some((k) => k.year === y))) {
    const inserted = await tx
      .insert(calendarYears)
      .values({ agencyId, year })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) continue;
    const days = defaultHolidays(year).map((d) => ({ ...d, id: newId(), agencyId }));
    if (days.length) await tx.insert(calendarDays).values(days).onConflictDoNothing();
  }
}

const yearsBetween = (from: number, to: number) => {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
};

/** A stored day, or a computed default of a year not stored yet (version 1, as stored it would be). */
type DayRow = Pick<Row, 'date' | 'kind' | 'nameVi' | 'nameEn' | 'version'>;

/** The agency's calendar days of years [from, to] in one statement, without a transaction. */
const readDays = preparedFor((db) =>
  db
    .select({
      date: calendarDays.date,
      kind: calendarDays.kind,
      nameVi: calendarDays.nameVi,
      nameEn: calendarDays.nameEn,
      version: calendarDays.version,
      storedYears: sql<number[]>`(select coalesce(array_agg(y.year), '{}') from ${calendarYears} y
        where y.agency_id = ${sql.placeholder('agencyId')} and y.year between ${sql.placeholder('fromYear')} and ${sql.placeholder('toYear')})`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(
      calendarDays,
      and(
        eq(calendarDays.agencyId, sql.placeholder('agencyId')),
        between(calendarDays.date, sql.placeholder('fromDate'), sql.placeholder('toDate')),
      ),
    )
    .orderBy(asc(calendarDays.date))
    .prepare('calendar_days_of_years'),
);

async function daysOfYears(db: Db, agencyId: string, from: number, to: number): Promise<DayRow[]> {
  const rows = await readDays(db).execute({
    agencyId,
    fromYear: from,
    toYear: to,
    fromDate: `${from}-01-01`,
    toDate: `${to}-12-31`,
  });
  const stored = new Set((rows[0]?.storedYears ?? []).map(Number));
  const days: DayRow[] = rows.flatMap((r) => (r.date ? [r as DayRow] : []));
  for (const year of yearsBetween(from, to)) {
    if (!stored.has(year)) days.push(...defaultHolidays(year).map((d) => ({ ...d, version: 1 })));
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The agency's working calendar covering [from, to] (and a year beyond, so deadlines
 * that run past the end still skip holidays). Every deadline in eiso is computed with it.
 * Reads store nothing; a service about to store a deadline passes `store: true`, so the
 * defaults it counted on become the agency's and do not change under it later.
 */
export async function workingCalendarFor(
  db: Db,
  agencyId: string,
  from: string,
  to: string,
  options: { store?: boolean } = {},
): Promise<WorkingCalendar> {
  return (await calendarWithDays(db, agencyId, from, to, options)).calendar;
}

/** workingCalendarFor with the listed days it was made from (stored or computed), in date order. */
export async function calendarWithDays(
  db: Db,
  agencyId: string,
  from: string,
  to: string,
  options: { store?: boolean } = {},
) {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4)) + 1;
  if (options.store) await db.transaction((tx) => ensureYears(tx, agencyId, yearsBetween(first, last)));
  const days = await daysOfYears(db, agencyId, first, last);
  const calendar = createWorkingCalendar(
    days.map((r) => ({ date: r.date, kind: r.kind as 'holiday', nameVi: r.nameVi, nameEn: r.nameEn })),
  );
  return { calendar, days };
}

export async function listYear({ db, actor }: Omit<Deps, 'audit'>, year: number): Promise<CalendarDayView[]> {
  const days = await daysOfYears(db, actor.agencyId, year, year);
  return days.map((d) => ({ ...d, kind: d.kind as CalendarDayView['kind'] }));
}

const canEdit = (actor: Actor) => holdsAgencyWide(actor, 'admin');

export async function putDay(
  { db, actor, audit }: Deps,
  date: string,
  body: z.infer<typeof putCalendarDayBody>,
) {
  if (!canEdit(actor)) throw forbidden();
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (body.kind === 'working_day' && weekday !== 0 && weekday !== 6) {
    throw invalidField('kind', {
      vi: 'Chỉ ngày thứ Bảy hoặc Chủ nhật mới có thể được đổi thành ngày làm việc.',
      en: 'Only a Saturday or Sunday can be made a working day.',
    });
  }
  return db.transaction(async (tx) => {
    await ensureYears(tx, actor.agencyId, [Number(date.slice(0, 4))]);
    const [before] = await tx
      .select()
      .from(calendarDays)
      .where(and(eq(calendarDays.agencyId, actor.agencyId), eq(calendarDays.date, date)));
    const fields = { kind: body.kind, nameVi: body.nameVi, nameEn: body.nameEn || body.nameVi };
    let row: Row;
    if (before) {
      if (body.version === undefined) {
        throw invalidField(
          'version',
          {
            vi: 'Ngày này đã có trong lịch; cần gửi phiên bản đang sửa.',
            en: 'This day is already listed; send the version you are editing.',
          },
          409,
          'record.stale',
        );
      }
      row = await updateVersioned(
        tx,
        calendarDays,
        { id: before.id, agencyId: actor.agencyId, version: body.version },
        fields,
      );
    } else {
      [row] = await tx
        .insert(calendarDays)
        .values({ id: newId(), agencyId: actor.agencyId, date, ...fields })
        .returning();
    }
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'calendar_day',
      entityId: row.id,
      entityLabel: `${date} ${row.nameVi}`,
      action: before ? 'update' : 'create',
      changes: diff(before ?? null, row),
    });
    return toView(row);
  });
}

export async function deleteDay({ db, actor, audit }: Deps, date: string) {
  if (!canEdit(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(calendarDays)
      .where(and(eq(calendarDays.agencyId, actor.agencyId), eq(calendarDays.date, date)))
      .returning();
    if (!row) throw notFound('calendar_day');
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'calendar_day',
      entityId: row.id,
      entityLabel: `${date} ${row.nameVi}`,
      action: 'delete',
      changes: diff(row, null),
    });
  });
}

/** The next holidays of the agency's calendar from a day on (the home page shows three). */
