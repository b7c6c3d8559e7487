import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { NcFigures, NcMeasures, NcSource, ncMeasuresQuery } from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import { invalidField } from '../../platform/http/errors.ts';
import { reportPeriod } from '../../platform/period.ts';
import { daysBetween, todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { readableCondition, units } from './nonconformities.queries.ts';
import type { Deps } from './nonconformities.repository.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

type Row = {
  unitId: string;
  unitName: string;
  source: string;
  clause: string | null;
  state: string;
  detectedOn: string;
  closedOn: string | null;
  recurrenceOfId: string | null;
  lateActions: number;
};

const within = (date: string | null, from: string, to: string): date is string =>
  date !== null && date >= from && date <= to;

/** The figures of a set of records over [from, to]; working days from the agency's calendar. */
function figures(
  rows: Row[],
  from: string,
  to: string,
  workingDays: (a: string, b: string) => number,
): NcFigures {
  const opened = rows.filter((r) => r.state !== 'cancelled' && within(r.detectedOn, from, to));
  const closed = rows.filter((r) => r.state === 'closed' && within(r.closedOn, from, to));
  const onTime = closed.filter((r) => r.lateActions === 0);
  const open = rows.filter(
    (r) => r.detectedOn <= to && r.state !== 'cancelled' && !(r.closedOn !== null && r.closedOn <= to),
  );
  const age = (r: Row) => daysBetween(r.detectedOn, to);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    opened: opened.length,
    closed: closed.length,
    closedOnTime: onTime.length,
    onTimeRate: closed.length ? round1((onTime.length / closed.length) * 100) : null,
    avgWorkingDaysToClose: closed.length
      ? round1(
          closed.reduce((sum, r) => sum + workingDays(r.detectedOn, r.closedOn as string), 0) / closed.length,
        )
      : null,
    open: open.length,
    openByAge: {
      upTo30: open.filter((r) => age(r) <= 30).length,
      upTo90: open.filter((r) => age(r) > 30 && age(r) <= 90).length,
      over90: open.filter((r) => age(r) > 90).length,
    },
    recurrences: opened.filter((r) => r.recurrenceOfId !== null).length,
  };
}

/**
 * Measures of nonconformities per unit over a period, on what the person may read: opened,
 * closed, closed on time (every action done by its due date), average working days to
 * close, open by age, recurrences, by source and clause. Objectives and the steering
 * committee's input pack read the same function.
 */
export async function ncMeasures(
  db: Db,
  actor: Deps['actor'],
  query: z.infer<typeof ncMeasuresQuery>,
): Promise<NcMeasures> {
  const today = todayInVietnam();
  // Nothing asked: this year to today, or the latest year with a nonconformity (platform/period.ts).
  const latest =
    query.from || query.to
      ? null
      : ((
          await db
            .select({ day: sql<string | null>`max(${nonconformities.detectedOn})::text` })
            .from(nonconformities)
            .where(and(eq(nonconformities.agencyId, actor.agencyId), lte(nonconformities.detectedOn, today)))
        )[0]?.day ?? null);
  const { from, to } = reportPeriod(query, today, latest);
  if (from > to) throw invalidField('from', { vi: 'Từ ngày sau đến ngày.', en: 'From is after to.' });
  const readable = readableCondition(actor);
  const rows: Row[] = await db
    .select({
      unitId: nonconformities.unitId,
      unitName: units.name,
      source: nonconformities.source,
      clause: nonconformities.clause,
      state: nonconformities.state,
      detectedOn: nonconformities.detectedOn,
      closedOn: nonconformities.closedOn,
      recurrenceOfId: nonconformities.recurrenceOfId,
      lateActions: sql<number>`(select count(*)::int from ${nonconformityActions} a
        where a.agency_id = ${nonconformities.agencyId} and a.nonconformity_id = ${nonconformities.id}
          and a.state = 'done' and a.done_on > a.due_date)`,
    })
    .from(nonconformities)
    .innerJoin(units, and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)))
    .where(
      and(
        eq(nonconformities.agencyId, actor.agencyId),
        lte(nonconformities.detectedOn, to),
        or(isNull(nonconformities.closedOn), gte(nonconformities.closedOn, from)),
        query.unitId ? eq(nonconformities.unitId, query.unitId) : undefined,
        readable,
      ),
    );
  const earliest = rows.reduce((min, r) => (r.detectedOn < min ? r.detectedOn : min), from);
  const calendar = await workingCalendarFor(db, actor.agencyId, earliest, to);
  const count = (a: string, b: string) => calendar.countWorkingDays(a, b);
  const byUnit = new Map<string, Row[]>();
  for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);
  const opened = rows.filter((r) => r.state !== 'cancelled' && within(r.detectedOn, from, to));
  const tally = <K extends string>(key: (r: Row) => K | null) => {
    const counts = new Map<K, number>();
    for (const r of opened) {
      const k = key(r);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  return {
    from,
    to,
    total: figures(rows, from, to, count),
    units: [...byUnit.values()]
      .map((list) => ({
        unitId: list[0].unitId,
        unitName: list[0].unitName,
        ...figures(list, from, to, count),
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')),
    bySource: tally((r) => r.source as NcSource).map(([source, n]) => ({ source, opened: n })),
    byClause: tally((r) => r.clause).map(([clause, n]) => ({ clause, opened: n })),
  };
}
