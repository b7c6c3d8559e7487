// The moved demo's documents waiting for someone — the unit's review, the secretariat's
// check, the leader's approval — wait days, not months. In the story, thirteen procedures
// submitted in December 2017 still waited for approval on 30 March 2018 (the 2017 status
// report counts them); moved, they would have waited since August. Each waiting version's
// whole history (drafted, reviewed, signed, submitted) moves later by whole working days,
// so that its last step lands within the last eight working days before the as-of day,
// the longest waiting first. The story as it was (--as-of up to 30/03/2018) keeps them.
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import type { WorkingCalendar } from '../modules/calendar/working-days.ts';
import { addMonths, daysBetween } from './documents/days.ts';
import { appendAuditEvents } from './records/bulk-audit.ts';

/** The longest a document waits in the moved demo, in working days. */
export const LONGEST_WAIT = 8;
const WAITING = ['unit_review', 'secretariat_check', 'submitted'];

const vietnamDay = (instant: Date | string) =>
  new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Moves an instant (or a day) by n working days of the calendar, keeping its time of day. */
export const laterBy = (calendar: WorkingCalendar, n: number) => (value: string) => {
  const isDay = value.length === 10;
  const day = isDay ? value : vietnamDay(value);
  const moved = calendar.addWorkingDays(day, n);
  if (isDay) return moved;
  return new Date(Date.parse(value) + daysBetween(day, moved) * 86_400_000).toISOString();
};

/**
 * Brings the waiting documents' histories forward. Returns, by record id (the version, its
 * events and signatures), the working days its days moved, for the audit trail.
 */
export async function freshenWaiting(tx: Tx, agencyId: string, asOf: string, calendar: WorkingCalendar) {
  const end = calendar.isWorkingDay(asOf) ? asOf : calendar.addWorkingDays(asOf, -1);
  const waiting = (
    (await tx.execute(sql`select v.id, (select max(e.at) from document_events e where e.version_id = v.id) as last
      from document_versions v where v.agency_id = ${agencyId}
        and v.state in (${sql.join(
          WAITING.map((s) => sql`${s}`),
          sql`, `,
        )})
      order by last, v.id`)) as unknown as { rows: { id: string; last: Date | string | null }[] }
  ).rows.filter((w) => w.last !== null);
  const moved = new Map<string, number>();
  waiting.forEach((w, i) => {
    const last = vietnamDay(w.last!);
    const wait = 1 + Math.floor(((waiting.length - 1 - i) * LONGEST_WAIT) / waiting.length);
    const target = calendar.addWorkingDays(end, -wait);
    if (last >= target) return;
    moved.set(
      w.id,
      calendar.countWorkingDays(
        calendar.isWorkingDay(last) ? last : calendar.addWorkingDays(last, -1),
        target,
      ),
    );
  });
  for (const [versionId, n] of [...moved]) {
    const later = laterBy(calendar, n);
    const shift = (column: string) => {
      const c = sql.identifier(column);
      return sql`${c} = case when ${c} is null then null else ${c} + ((select m.dst from demo_wait_map m
        where m.src = (${c} at time zone 'Asia/Ho_Chi_Minh')::date) - (${c} at time zone 'Asia/Ho_Chi_Minh')::date)
        * interval '1 day' end`;
    };
    const days = (
      (await tx.execute(sql`select distinct (t at time zone 'Asia/Ho_Chi_Minh')::date::text as day from (
          select unnest(array[created_at, updated_at, submitted_at, review_started_at, approved_at]) as t
            from document_versions where id = ${versionId}
          union all select at from document_events where version_id = ${versionId}
          union all select signed_at from document_signatures where version_id = ${versionId}) x
        where t is not null`)) as unknown as { rows: { day: string }[] }
    ).rows.map((r) => r.day);
    await tx.execute(sql`create temporary table if not exists demo_wait_map (src date primary key, dst date not null)
      on commit drop`);
    await tx.execute(sql`delete from demo_wait_map`);
    await tx.execute(
      sql`insert into demo_wait_map (src, dst) values ${sql.join(
        days.map((d) => sql`(${d}::date, ${later(d)}::date)`),
        sql`, `,
      )}`,
    );
    await tx.execute(sql`update document_versions set ${shift('created_at')}, ${shift('updated_at')},
      ${shift('submitted_at')}, ${shift('review_started_at')}, ${shift('approved_at')} where id = ${versionId}`);
    const events =
      await tx.execute(sql`update document_events set ${shift('at')} where version_id = ${versionId}
      returning id`);
    const signatures = await tx.execute(sql`update document_signatures set ${shift('signed_at')}
      where version_id = ${versionId} returning id`);
    for (const r of [
      ...(events as unknown as { rows: { id: string }[] }).rows,
      ...(signatures as unknown as { rows: { id: string }[] }).rows,
    ])
      moved.set(r.id, n);
  }
  return moved;
}

/** How long a version in force may stay unread in the moved demo, in working days. */
export const LONGEST_UNREAD = 40;

/**
 * In the story about one reader in six had not acknowledged a version, however old; moved,
 * a leader would have left the quality manual unread for two years. Those notified more
 * than LONGEST_UNREAD working days before the as-of day read it within a week of being
 * notified; the recent ones stay unread. Each reading is recorded in the trail as the app
 * does (an 'acknowledge' event on the version); call it after the trail is rewritten.
 */
export async function readOldDistributions(
  tx: Tx,
  agencyId: string,
  asOf: string,
  calendar: WorkingCalendar,
) {
  const before = calendar.addWorkingDays(asOf, -LONGEST_UNREAD);
  const unread = (
    (await tx.execute(sql`select a.id, a.notified_at, a.version_id, d.code::text as code, v.issue_no
      from document_acknowledgements a join document_versions v on v.id = a.version_id
        join documents d on d.id = v.document_id
      where a.agency_id = ${agencyId} and a.acknowledged_at is null
        and (a.notified_at at time zone 'Asia/Ho_Chi_Minh')::date < ${before}::date
      order by a.notified_at, a.id`)) as unknown as {
      rows: { id: string; notified_at: Date | string; version_id: string; code: string; issue_no: number }[];
    }
  ).rows;
  const read = unread.map((r, i) => {
    const day = calendar.addWorkingDays(vietnamDay(r.notified_at), 1 + (i % 5));
    const at = new Date(Date.parse(`${day}T08:00:00+07:00`) + ((i * 37) % 480) * 60_000).toISOString();
    return { ...r, at };
  });
  for (let i = 0; i < read.length; i += 500) {
    const values = read.slice(i, i + 500).map((r) => sql`(${r.id}::uuid, ${r.at}::timestamptz)`);
    await tx.execute(sql`update document_acknowledgements a set acknowledged_at = v.at
      from (values ${sql.join(values, sql`, `)}) as v(id, at) where a.id = v.id`);
  }
  await appendAuditEvents(
    tx,
    agencyId,
    read.map((r) => ({
      entityType: 'document_version',
      entityId: r.version_id,
      label: `${r.code} lần ${r.issue_no}`,
      action: 'acknowledge',
      changes: { acknowledgedAt: { to: r.at } },
    })),
  );
  return read.length;
}

/** The most a periodic review is overdue in the moved demo, in working days. */
export const LONGEST_REVIEW_OVERDUE = 4;

/**
 * The story's few overdue periodic reviews were due days before its last day; moved, they
 * read two weeks late. Each is brought to 2–4 working days overdue: its last review moves
 * later by whole working days and its next review date is that day plus the interval, as
 * the app counts it. Returns the records moved by working days (review, signature) and the
 * documents' new next review dates (moved value → new), for the audit trail.
 */
export async function freshenOverdueReviews(
  tx: Tx,
  agencyId: string,
  asOf: string,
  calendar: WorkingCalendar,
) {
  const end = calendar.isWorkingDay(asOf) ? asOf : calendar.addWorkingDays(asOf, -1);
  const limit = calendar.addWorkingDays(end, -LONGEST_REVIEW_OVERDUE);
  const overdue = (
    (await tx.execute(sql`select d.id, d.next_review_date::text as next, d.review_interval_months as months,
        r.id as review, r.signature_id as signature, r.reviewed_at
      from documents d join lateral (select * from document_reviews r where r.document_id = d.id
        order by r.reviewed_at desc limit 1) r on true
      where d.agency_id = ${agencyId} and d.status = 'in_force' and d.next_review_date < ${limit}::date
      order by d.next_review_date, d.code`)) as unknown as {
      rows: {
        id: string;
        next: string;
        months: number;
        review: string;
        signature: string | null;
        reviewed_at: Date;
      }[];
    }
  ).rows;
  const moved = new Map<string, number>();
  const nextDates = new Map<string, Record<string, [unknown, unknown]>>();
  for (const [i, d] of overdue.entries()) {
    const target = calendar.addWorkingDays(end, -(2 + (i % 3)));
    const n = calendar.countWorkingDays(d.next, target);
    if (n <= 0) continue;
    const later = laterBy(calendar, n);
    const reviewedAt = later(new Date(d.reviewed_at).toISOString());
    const next = addMonths(vietnamDay(reviewedAt), d.months);
    await tx.execute(
      sql`update document_reviews set reviewed_at = ${reviewedAt}::timestamptz where id = ${d.review}`,
    );
    if (d.signature)
      await tx.execute(
        sql`update document_signatures set signed_at = ${reviewedAt}::timestamptz where id = ${d.signature}`,
      );
    await tx.execute(sql`update documents set next_review_date = ${next}::date where id = ${d.id}`);
    moved.set(d.review, n);
    if (d.signature) moved.set(d.signature, n);
    nextDates.set(d.id, { nextReviewDate: [d.next, next] });
  }
  return { moved, nextDates };
}
