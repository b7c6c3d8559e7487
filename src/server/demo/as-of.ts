// The demo "as of" a day: the seed's story (Bộ TT&TT, January 2017 – 30 March 2018) is always
// built as it happened, then, in the same transaction, moved so that it ends just before the
// as-of day (by default today in Vietnam): the as-of day takes the place of 4 April 2018, three
// working days after the story's last day, so the steps still open then and due in those days
// are now overdue by one or two working days. The move keeps working days: a working day n
// working days before 4 April 2018 lands n working days (of the agency's calendar for the new
// years) before the as-of day, so a step due in 3 working days, or overdue by 2, stays so.
//
// Years (decided for issue 9). Days move by about 8 years 8 months (to 7/12/2026), not by whole
// years, so the story's year boundaries fall inside the new years. A records clerk reads a
// file's year in its code, its catalogue and its opening date, and expects them to agree; a
// reader expects "Mục tiêu chất lượng năm 2017" to name the year its dates now fall in. So
// every year label and year text follows its own row's moved days (relabel.ts): a file and its
// code take the year it opens, and a file that now opens in another year than its catalogue's
// is re-homed into its unit's catalogue of that year (the entry for the same procedure; the
// newest catalogue lists every procedure); a case's code the year it starts, numbered again in
// start order; a nonconformity the year it was found; a document's texts (codes, titles,
// content, revision notes, comments — its content hash and the signatures that hold it
// recomputed) the year its version came into force (or, not issued yet, is meant to).
// Catalogues move by whole years, the story's 2018 becoming the as-of year's, and are approved
// on the first working day of their year, before any file opens in them (past the first
// quarter, the story's two late ones too). Real-world years stay: law numbers, standards, a
// law's dates, laws registered as external documents, years up to 2015. Documents waiting for
// someone wait days, not months; overdue periodic reviews are days late; old distributions
// have been read (queue.ts). The audit trail's values and labels move with their rows and the
// chain is hashed again before the commit.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { ensureYears, workingCalendarFor } from '../modules/calendar/calendar.service.ts';
import { calendarDays, calendarYears } from '../modules/calendar/calendar.table.ts';
import type { WorkingCalendar } from '../modules/calendar/working-days.ts';
import { units } from '../modules/org/org.table.ts';
import { recordsCatalogues } from '../modules/records/records.table.ts';
import { diff, eventHash, GENESIS_HASH } from '../platform/audit/audit.service.ts';
import { addDays, daysBetween } from './documents/days.ts';
import { freshenOverdueReviews, freshenWaiting, laterBy, readOldDistributions } from './queue.ts';
import { type Event as AuditEvent, appendAuditEvents } from './records/bulk-audit.ts';
import {
  catalogueDay,
  moveYearsAndRounds,
  moveYearsDeep,
  moveYearsInText,
  type Relabelled,
  relabelYears,
  storyAnchors,
} from './relabel.ts';
import { relabelSteeringPapers, storyPapers } from './steering/relabel-steering-papers.ts';

/** The story's last day: the case history stops here (steps after it are still open). */
export const STORY_END = '2018-03-30';
/** The story as it was, for its figures (the 2017 status report): `eiso demo --as-of 2017-12-26`. */
export const STORY_DAY = '2017-12-26';
/** The first as-of day that moves the story: year labels move by two years at least. */
export const FIRST_MOVED_AS_OF = '2020-01-01';
/** The days the story's rows may hold (documents from 2014, deadlines into 2019). */
const RANGE = { from: '2013-01-01', to: '2019-12-31' } as const;
/** The story's day that the as-of day becomes. */
export const STORY_AS_OF = '2018-04-04';
/**
 * The story's newest catalogue year, which becomes the as-of year: it lists every procedure
 * in force (the 2017 catalogue lacks those issued late that year), so starting a case today
 * finds its entry.
 */
const NEWEST_YEAR = 2018;

export class AsOfError extends Error {}

/** Checks an as-of day given on the command line (YYYY-MM-DD, a real date). */
export function parseAsOf(value: string): string {
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new AsOfError(`Ngày không hợp lệ / not a date (YYYY-MM-DD): ${value}`);
  if (value > STORY_END && value < FIRST_MOVED_AS_OF)
    throw new AsOfError(
      `--as-of ${value}: chọn một ngày đến ${STORY_END} (câu chuyện gốc) hoặc từ ${FIRST_MOVED_AS_OF} / ` +
        `choose a day up to ${STORY_END} (the story as it was) or from ${FIRST_MOVED_AS_OF}.`,
    );
  return value;
}

/** Whether the story is moved for this as-of day (days up to its last day load it as it was). */
export const movesStory = (asOf: string) => asOf > STORY_END;

export type DayMap = {
  /** The new day of a story day; days outside the story's range are kept. */
  day(d: string): string;
  /** Whole years to add to a year label. */
  years: number;
  /** Every story day that moves, with its new day. */
  entries: [string, string][];
};

/**
 * Maps the story's days onto the as-of day's time. Working days keep their distance in
 * working days from STORY_AS_OF, which becomes the as-of day (or the working day before it); a day off lands the same number of calendar days after
 * the new place of the working day before it (and before the next one's).
 */
export function dayMapping(source: WorkingCalendar, target: WorkingCalendar, asOf: string): DayMap {
  const end = target.isWorkingDay(asOf) ? asOf : target.addWorkingDays(asOf, -1);
  const first = source.isWorkingDay(RANGE.from) ? RANGE.from : source.nextWorkingDay(RANGE.from);
  const sourceWorking: string[] = [];
  for (let d = first; d <= RANGE.to; d = source.nextWorkingDay(d)) sourceWorking.push(d);
  const endIndex = sourceWorking.indexOf(STORY_AS_OF);
  const moved = new Map<string, string>();
  // Walk the target's working days outwards from the new last day.
  let t = end;
  for (let i = endIndex; i >= 0; i--, t = target.addWorkingDays(t, -1)) moved.set(sourceWorking[i], t);
  t = end;
  for (let i = endIndex; i < sourceWorking.length; i++, t = target.nextWorkingDay(t))
    moved.set(sourceWorking[i], t);
  for (let i = 0; i < sourceWorking.length - 1; i++) {
    const [working, next] = [sourceWorking[i], sourceWorking[i + 1]];
    const base = moved.get(working)!;
    const limit = addDays(moved.get(next)!, -1);
    for (let d = addDays(working, 1); d < next; d = addDays(d, 1)) {
      const candidate = addDays(base, daysBetween(working, d));
      moved.set(d, candidate < limit ? candidate : limit < base ? base : limit);
    }
  }
  const years = Number(asOf.slice(0, 4)) - NEWEST_YEAR;
  return { day: (d) => moved.get(d) ?? d, years, entries: [...moved.entries()] };
}

/** Tables left alone: the trail (rewritten below), the calendar (kept as stored) and the summary (kept by triggers). */
const untouched = new Set([
  'audit_events',
  'audit_heads',
  'calendar_days',
  'calendar_years',
  'case_measure_months',
  'sessions',
  'login_failures',
  'mail_outbox',
  'eiso_migrations',
]);
/** Real-world dates: the laws and standards the agency registers keep theirs. */
const keptColumns = new Set([
  'documents.external_issued_date',
  'documents.external_effective_date',
  // An indicator's periods are calendar months, quarters, halves and years: they move with
  // their objective's year (relabel.ts), by whole years.
  'indicator_values.period_start',
  'indicator_values.period_end',
]);
/** Records catalogues move by whole years (their year is their label), approved at the start of it. */
const catalogueTables = new Set([
  'records_catalogues',
  'catalogue_headings',
  'catalogue_entries',
  'catalogue_events',
]);
const catalogueEntities = new Set(['records_catalogue', 'catalogue_heading', 'catalogue_entry']);

/** An immediate correction's day ({ what, byName, on }) moves like every other day. */
const moveCorrection = (correction: unknown, map: DayMap) =>
  correction && typeof correction === 'object' && typeof (correction as { on?: unknown }).on === 'string'
    ? { ...correction, on: map.day((correction as { on: string }).on) }
    : correction;

/**
 * Moves the demo agency's story so that STORY_AS_OF falls on `asOf`. Runs inside the demo's
 * transaction, after everything is written; does nothing for a day up to the story's end.
 */
export async function moveDemoStory(tx: Tx, agencyId: string, asOf: string) {
  if (!movesStory(asOf)) return;
  const year = Number(asOf.slice(0, 4));
  const targetYears = Array.from({ length: 10 }, (_, i) => year - 7 + i);
  await storeYears(tx, agencyId, targetYears);
  const source = await workingCalendarFor(tx, agencyId, RANGE.from, RANGE.to);
  const target = await workingCalendarFor(
    tx,
    agencyId,
    `${targetYears[0]}-01-01`,
    `${targetYears.at(-1)}-12-31`,
  );
  const map = dayMapping(source, target, asOf);
  const anchors = await storyAnchors(tx, agencyId);
  const papers = await storyPapers(tx, agencyId);
  const workingOnOrAfter = (d: string) => (target.isWorkingDay(d) ? d : target.nextWorkingDay(d));
  const catalogueMap = catalogueDay(map.years, (y) => workingOnOrAfter(`${y}-01-01`), workingOnOrAfter);

  await tx.execute(
    sql`create temporary table demo_day_map (src date primary key, dst date not null) on commit drop`,
  );
  const changed = map.entries.filter(([from, to]) => from !== to);
  for (let i = 0; i < changed.length; i += 1000) {
    const values = changed.slice(i, i + 1000).map(([from, to]) => sql`(${from}::date, ${to}::date)`);
    await tx.execute(sql`insert into demo_day_map (src, dst) values ${sql.join(values, sql`, `)}`);
  }

  await tx.execute(
    sql`create temporary table demo_catalogue_map (src date primary key, dst date not null) on commit drop`,
  );
  const catalogueDays: [string, string][] = [];
  for (let d: string = RANGE.from; d <= RANGE.to; d = addDays(d, 1)) catalogueDays.push([d, catalogueMap(d)]);
  for (let i = 0; i < catalogueDays.length; i += 1000) {
    const values = catalogueDays.slice(i, i + 1000).map(([from, to]) => sql`(${from}::date, ${to}::date)`);
    await tx.execute(sql`insert into demo_catalogue_map (src, dst) values ${sql.join(values, sql`, `)}`);
  }

  const columns = (await tx.execute(sql`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    where c.table_schema = 'public' and c.data_type in ('date', 'timestamp with time zone')
      and exists (select 1 from information_schema.columns a where a.table_schema = 'public'
        and a.table_name = c.table_name and a.column_name = 'agency_id')
    order by c.table_name, c.column_name`)) as unknown as {
    rows: { table_name: string; column_name: string; data_type: string }[];
  };
  const byTable = new Map<string, { column: string; timestamp: boolean }[]>();
  for (const r of columns.rows) {
    if (untouched.has(r.table_name) || keptColumns.has(`${r.table_name}.${r.column_name}`)) continue;
    const list = byTable.get(r.table_name) ?? [];
    list.push({ column: r.column_name, timestamp: r.data_type !== 'date' });
    byTable.set(r.table_name, list);
  }
  // Steps before their cases: the measures' triggers recount each case as it then stands.
  const order = [...byTable.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const table of order) {
    const days = sql.identifier(catalogueTables.has(table) ? 'demo_catalogue_map' : 'demo_day_map');
    const sets = byTable.get(table)!.map(({ column, timestamp }) => {
      const c = sql.identifier(column);
      return timestamp
        ? sql`${c} = ${c} + coalesce((select m.dst - m.src from ${days} m
            where m.src = (${c} at time zone 'Asia/Ho_Chi_Minh')::date), 0) * interval '1 day'`
        : sql`${c} = coalesce((select m.dst from ${days} m where m.src = ${c}), ${c})`;
    });
    await tx.execute(
      sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)} where agency_id = ${agencyId}`,
    );
  }

  const lateIssued = await issueLateCatalogues(tx, agencyId, asOf, workingOnOrAfter);
  // Before the relabelling: a waiting draft's year follows its (new) last step.
  const waited = await freshenWaiting(tx, agencyId, asOf, target);
  // Year labels and year texts, each row by its own moved days (relabel.ts).
  const relabelled = await relabelYears(tx, agencyId, map.years, map.day, anchors);
  await relabelSteeringPapers(tx, papers, map.day, relabelled);
  // The immediate correction's day (inside a nonconformity's jsonb) is a story day.
  const corrections = (await tx.execute(
    sql`select id, correction from nonconformities where agency_id = ${agencyId} and correction is not null`,
  )) as unknown as { rows: { id: string; correction: unknown }[] };
  for (const { id, correction } of corrections.rows)
    await tx.execute(sql`update nonconformities set correction = ${JSON.stringify(moveCorrection(correction, map))}::jsonb
      where id = ${id}`);
  const reviews = await freshenOverdueReviews(tx, agencyId, asOf, target);
  const trailDay = (entity: string, id: string, day: string) => {
    const base = catalogueEntities.has(entity) ? catalogueMap(day) : map.day(day);
    const n = waited.get(id) ?? reviews.moved.get(id);
    return n ? laterBy(target, n)(base) : base;
  };
  await rewriteTrail(tx, agencyId, map, trailDay, relabelled, reviews.nextDates);
  await readOldDistributions(tx, agencyId, asOf, target);
  await appendAuditEvents(tx, agencyId, lateIssued);
}

/**
 * The story's 2018 catalogues of two units were still a draft and approved-not-issued in
 * January, a few days late. Moved past the first quarter of the as-of year, that would be a
 * unit without a catalogue all year: they were approved and issued at the year's start,
 * like the others. Returns their 'issue' events, for after the trail is rewritten.
 */
async function issueLateCatalogues(
  tx: Tx,
  agencyId: string,
  asOf: string,
  workingOnOrAfter: (day: string) => string,
): Promise<AuditEvent[]> {
  const year = Number(asOf.slice(0, 4));
  if (asOf < `${year}-03-01`) return [];
  const first = workingOnOrAfter(`${year}-01-01`);
  const late = await tx
    .select()
    .from(recordsCatalogues)
    .where(
      and(
        eq(recordsCatalogues.agencyId, agencyId),
        eq(recordsCatalogues.year, NEWEST_YEAR),
        inArray(recordsCatalogues.state, ['draft', 'submitted', 'approved']),
      ),
    );
  const events: AuditEvent[] = [];
  for (const catalogue of late) {
    const [head] = await tx
      .select({ id: recordsCatalogues.approvedBy, position: recordsCatalogues.approverPosition })
      .from(recordsCatalogues)
      .where(
        and(
          eq(recordsCatalogues.agencyId, agencyId),
          eq(recordsCatalogues.unitId, catalogue.unitId),
          isNotNull(recordsCatalogues.approvedBy),
        ),
      )
      .limit(1);
    const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, catalogue.unitId));
    const [updated] = await tx
      .update(recordsCatalogues)
      .set({
        state: 'issued',
        approvedBy: head.id,
        approverPosition: head.position,
        approvedAt: new Date(`${first}T09:30:00+07:00`),
        issuedBy: head.id,
        issuedAt: new Date(`${first}T14:00:00+07:00`),
        updatedAt: new Date(`${first}T14:00:00+07:00`),
      })
      .where(eq(recordsCatalogues.id, catalogue.id))
      .returning();
    events.push({
      entityType: 'records_catalogue',
      entityId: catalogue.id,
      label: `Danh mục hồ sơ năm ${year} – ${unit.name}`,
      action: 'issue',
      changes: diff({ ...catalogue, year }, { ...updated, year }),
    });
  }
  return events;
}

const rank = (table: string) => (table === 'case_steps' ? 0 : table === 'work_cases' ? 1 : 2);

/** Stores the calendar years the moved deadlines fall in, each new day with its audit event. */
async function storeYears(tx: Tx, agencyId: string, years: number[]) {
  const known = await tx
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .where(eq(calendarYears.agencyId, agencyId));
  const missing = years.filter((y) => !known.some((k) => k.year === y));
  if (!missing.length) return;
  await ensureYears(tx, agencyId, missing);
  const days = await tx
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.agencyId, agencyId),
        inArray(sql<number>`extract(year from ${calendarDays.date})::int`, missing),
      ),
    );
  await appendAuditEvents(
    tx,
    agencyId,
    days.map((day) => ({
      entityType: 'calendar_day',
      entityId: day.id,
      label: `${day.date} ${day.nameVi}`,
      action: 'create',
      changes: diff(null, day),
    })),
  );
}

type TrailRow = {
  id: string;
  seq: string | number;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  ip: string | null;
  user_agent: string | null;
  entity_type: string;
  entity_id: string;
  entity_label: string | null;
  action: string;
  changes: Record<string, { from?: unknown; to?: unknown }>;
};

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isInstant = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v);
const vietnamDayOf = (instant: string) =>
  new Date(Date.parse(instant) + 7 * 3600_000).toISOString().slice(0, 10);

/** The trail says what the rows now hold: each event's values moved as its row was, the chain hashed again. */
async function rewriteTrail(
  tx: Tx,
  agencyId: string,
  map: DayMap,
  trailDay: (entity: string, id: string, day: string) => string,
  relabelled: Relabelled,
  /** Values changed after the move (moved value → new), by entity id. */
  afterMove: Map<string, Record<string, [unknown, unknown]>>,
) {
  const { shift, fields, codes, hashes } = relabelled;
  const yearsOf = (id: string) => shift.get(id) ?? 0;
  const moveValue = (entity: string, id: string, key: string, value: unknown): unknown => {
    if (entity === 'calendar_day') return value;
    if (entity === 'document' && (key === 'externalIssuedDate' || key === 'externalEffectiveDate'))
      return value;
    const changed = fields.get(id)?.[key];
    if (changed && value === changed[0]) return changed[1];
    if (isDay(value)) {
      const day = trailDay(entity, id, value);
      const after = afterMove.get(id)?.[key];
      return after && day === after[0] ? after[1] : day;
    }
    if (isInstant(value)) {
      const day = vietnamDayOf(value);
      const days = daysBetween(day, trailDay(entity, id, day));
      return days ? new Date(Date.parse(value) + days * 86_400_000).toISOString() : value;
    }
    if (entity === 'nonconformity' && key === 'correction') return moveCorrection(value, map);
    if (typeof value === 'string' && hashes.has(value)) return hashes.get(value);
    if (typeof value === 'string' && codes.has(value)) return codes.get(value);
    if (typeof value === 'string' || (value && typeof value === 'object'))
      return moveYearsDeep(value, yearsOf(id));
    return value;
  };
  const moveLabel = (entity: string, id: string, label: string | null) => {
    if (label === null) return label;
    const coded = label.replace(/[\p{L}\d.-]+/gu, (token) => {
      const bare = token.replace(/[.]+$/, '');
      return codes.has(bare) ? codes.get(bare)! + token.slice(bare.length) : token;
    });
    // Internal audit's labels name their round ("Đợt 1/2018: …"), which may have been renumbered.
    // (A sample's label is its case's or file's, whose title may say "đợt 2/2017" of its own.)
    return entity.startsWith('internal_audit') && entity !== 'internal_audit_sample'
      ? moveYearsAndRounds(coded, yearsOf(id), relabelled.rounds)
      : moveYearsInText(coded, yearsOf(id));
  };

  let prevHash = GENESIS_HASH;
  let seq = 0;
  for (let offset = 0; ; offset += 2000) {
    const result = (await tx.execute(
      sql`select id, seq, occurred_at, actor_id, actor_name, ip, user_agent, entity_type, entity_id,
          entity_label, action, changes
        from audit_events where agency_id = ${agencyId} order by seq limit 2000 offset ${offset}`,
    )) as unknown as { rows: TrailRow[] };
    if (!result.rows.length) break;
    const updates = result.rows.map((row) => {
      const changes = Object.fromEntries(
        Object.entries(row.changes ?? {}).map(([key, change]) => [
          key,
          Object.fromEntries(
            Object.entries(change).map(([side, value]) => [
              side,
              moveValue(row.entity_type, row.entity_id, key, value),
            ]),
          ),
        ]),
      );
      const label =
        row.entity_type === 'calendar_day'
          ? row.entity_label
          : moveLabel(row.entity_type, row.entity_id, row.entity_label);
      seq = Number(row.seq);
      const hash = eventHash(prevHash, {
        agencyId,
        seq,
        occurredAt: new Date(row.occurred_at).toISOString(),
        actorId: row.actor_id,
        actorName: row.actor_name,
        ip: row.ip,
        userAgent: row.user_agent,
        entityType: row.entity_type,
        entityId: row.entity_id,
        entityLabel: label,
        action: row.action,
        changes,
      });
      const update = { id: row.id, changes: JSON.stringify(changes), label, prevHash, hash };
      prevHash = hash;
      return update;
    });
    for (let i = 0; i < updates.length; i += 500) {
      const values = updates
        .slice(i, i + 500)
        .map((u) => sql`(${u.id}::uuid, ${u.changes}::jsonb, ${u.label}, ${u.prevHash}, ${u.hash})`);
      await tx.execute(sql`update audit_events a set changes = v.changes, entity_label = v.label,
          prev_hash = v.prev_hash, hash = v.hash
        from (values ${sql.join(values, sql`, `)}) as v(id, changes, label, prev_hash, hash)
        where a.id = v.id and a.agency_id = ${agencyId}`);
    }
  }
  await tx.execute(
    sql`update audit_heads set seq = ${seq}, hash = ${prevHash} where agency_id = ${agencyId}`,
  );
}
