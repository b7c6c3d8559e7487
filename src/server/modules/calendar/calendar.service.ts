import { and, asc, between, eq, gte } from 'drizzle-orm';
import type { z } from 'zod';
import type { CalendarDayView, putCalendarDayBody } from '../../../contract/calendar.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
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
 * The first time a year is needed, its computed holidays are written for the agency; from
 * then on they are the agency's to edit (the government announces swaps every year).
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

const yearsBetween = (from: string, to: string) => {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
};

/**
 * The agency's working calendar covering [from, to] (and a year beyond, so deadlines
 * that run past the end still skip holidays). Every deadline in eiso is computed with it.
 */
export async function workingCalendarFor(
  db: Db,
  agencyId: string,
  from: string,
  to: string,
): Promise<WorkingCalendar> {
  const years = yearsBetween(from, `${Number(to.slice(0, 4)) + 1}`);
  await db.transaction((tx) => ensureYears(tx, agencyId, years));
  const rows = await db
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.agencyId, agencyId),
        between(calendarDays.date, `${years[0]}-01-01`, `${years.at(-1)}-12-31`),
      ),
    );
  return createWorkingCalendar(
    rows.map((r) => ({ date: r.date, kind: r.kind as 'holiday', nameVi: r.nameVi, nameEn: r.nameEn })),
  );
}

export async function listYear({ db, actor }: Omit<Deps, 'audit'>, year: number) {
  await db.transaction((tx) => ensureYears(tx, actor.agencyId, [year]));
  const rows = await db
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.agencyId, actor.agencyId),
        between(calendarDays.date, `${year}-01-01`, `${year}-12-31`),
      ),
    )
    .orderBy(asc(calendarDays.date));
  return rows.map(toView);
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
export async function upcomingHolidays(db: Db, agencyId: string, from: string, limit: number) {
  return db
    .select({ date: calendarDays.date, nameVi: calendarDays.nameVi, nameEn: calendarDays.nameEn })
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.agencyId, agencyId),
        eq(calendarDays.kind, 'holiday'),
        gte(calendarDays.date, from),
      ),
    )
    .orderBy(asc(calendarDays.date))
    .limit(limit);
}
