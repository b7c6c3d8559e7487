import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.ts';
import { workingCalendarFor } from '../../modules/calendar/calendar.service.ts';
import type { WorkingCalendar } from '../../modules/calendar/working-days.ts';
import { verifyAuditChains } from '../../platform/audit/audit.verify.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { STORY_DAY } from '../as-of.ts';
import { loadDemo } from '../demo.ts';
import { demoUnits } from '../demo-org.ts';

// The app's test database with the demo agency loaded: its catalogues, cases and files.
const ctx = setupTestApp();
let database: Database;
let agencyId: string;
let calendar: WorkingCalendar;
const today = todayInVietnam();

const rows = <T>(text: string, params: unknown[] = []) => database.query<T>(text, [agencyId, ...params]);
const one = async <T>(text: string, params: unknown[] = []) => (await rows<T>(text, params))[0];

beforeAll(async () => {
  database = ctx.database;
  expect((await loadDemo(database, { asOf: STORY_DAY })).created).toBe(true);
  [{ id: agencyId }] = await database.query<{ id: string }>(`select id from agencies where code = 'BTTTT'`);
  calendar = await workingCalendarFor(database.db, agencyId, '2016-01-01', today);
}, 600_000); // loading the demo is slow on a busy machine

describe('demo records catalogues', () => {
  it('has a 2017 catalogue issued and approved by the head of each of the 11 units, and 2018 copied forward', async () => {
    const catalogues = await rows<{
      code: string;
      year: number;
      state: string;
      head: boolean;
      copied: boolean;
    }>(
      `select u.code, c.year, c.state,
              exists (select 1 from role_grants g where g.person_id = c.approved_by and g.role = 'unit_head' and g.unit_id = c.unit_id) as head,
              exists (select 1 from records_catalogues p where p.id = c.copied_from_id and p.year = c.year - 1 and p.unit_id = c.unit_id) as copied
         from records_catalogues c join units u on u.id = c.unit_id where c.agency_id = $1`,
    );
    expect(catalogues).toHaveLength(demoUnits.length * 2);
    const y2017 = catalogues.filter((c) => c.year === 2017);
    expect(y2017.every((c) => c.state === 'issued' && c.head)).toBe(true);
    const y2018 = catalogues.filter((c) => c.year === 2018);
    expect(y2018.every((c) => c.copied)).toBe(true);
    expect(
      Object.fromEntries(y2018.filter((c) => c.state !== 'issued').map((c) => [c.code, c.state])),
    ).toEqual({
      QLDN: 'approved',
      TDKT: 'draft',
    });
  });

  it('numbers entries per unit under headings and sub-headings, with entries generated from procedures', async () => {
    const entries = await rows<{
      unit: string;
      code: string;
      parent: string | null;
      source: string | null;
      record: string | null;
    }>(
      `select u.code as unit, e.code, h.parent_id as parent, e.source_document_id as source,
              e.source_record_name as record
         from catalogue_entries e join records_catalogues c on c.id = e.catalogue_id
         join units u on u.id = c.unit_id join catalogue_headings h on h.id = e.heading_id
        where e.agency_id = $1`,
    );
    expect(entries.every((e) => new RegExp(`^\\d{2}\\.${e.unit}$`).test(e.code))).toBe(true);
    expect(entries.filter((e) => e.source).every((e) => Boolean(e.record))).toBe(true);
    for (const { code } of demoUnits) {
      expect(entries.some((e) => e.unit === code && e.source && e.parent)).toBe(true);
    }
    const headings = await one<{ top: number; sub: number }>(
      `select count(*) filter (where parent_id is null)::int as top, count(*) filter (where parent_id is not null)::int as sub
         from catalogue_headings where agency_id = $1`,
    );
    expect(headings.top).toBe(demoUnits.length * 2 * 3);
    expect(headings.sub).toBeGreaterThan(headings.top);
  });
});

type CaseRow = {
  id: string;
  unit: string;
  state: string;
  start_date: string;
  due_date: string;
  closed_date: string | null;
  file_opened_at_start: boolean;
  file_start: string | null;
  file_code: string | null;
  file_state: string | null;
  file_end: string | null;
  in_force: boolean;
};

describe('demo work cases', () => {
  let cases: CaseRow[];
  beforeAll(async () => {
    cases = await rows<CaseRow>(
      `select w.id, u.code as unit, w.state, w.start_date::text, w.due_date::text, w.closed_date::text,
              w.file_opened_at_start, f.start_date::text as file_start, f.file_code, f.state as file_state,
              f.end_date::text as file_end,
              exists (select 1 from document_versions v join documents d on d.id = v.document_id
                       where v.id = w.procedure_version_id and v.document_id = w.procedure_document_id
                         and d.owner_unit_id = w.unit_id and v.effective_date <= w.start_date
                         and (v.end_date is null or v.end_date > w.start_date)) as in_force
         from work_cases w join units u on u.id = w.unit_id left join record_files f on f.id = w.file_id
        where w.agency_id = $1`,
    );
  });

  it('has 20 to 40 cases in every unit, each with a file and the procedure version in force at its start', () => {
    const perUnit = demoUnits.map((u) => cases.filter((c) => c.unit === u.code).length);
    expect(perUnit.every((n) => n >= 20 && n <= 40)).toBe(true);
    expect(cases.every((c) => c.file_code && c.in_force)).toBe(true);
    expect(cases.every((c) => c.file_code!.startsWith(`BTTTT.${c.file_start!.slice(0, 4)}.`))).toBe(true);
  });

  it("opens a file outside the catalogue only for a procedure the year's catalogue did not foresee", async () => {
    const adHoc = await rows<{ code: string; foreseen: boolean }>(
      `select f.file_code as code, exists (
                select 1 from catalogue_entries e join records_catalogues c on c.id = e.catalogue_id
                 where c.unit_id = w.unit_id and c.year = f.year and c.state in ('approved', 'issued')
                   and e.source_document_id = w.procedure_document_id) as foreseen
         from work_cases w join record_files f on f.id = w.file_id
        where w.agency_id = $1 and f.catalogue_entry_id is null`,
    );
    expect(adHoc.length).toBeGreaterThan(3);
    expect(adHoc.length).toBeLessThan(cases.length / 8);
    expect(adHoc.every((f) => !f.foreseen && /^BTTTT\.\d{4}\.[A-Za-z]+\.PS\d{2}$/.test(f.code))).toBe(true);
  });

  it('opened about 15% of the files late, the others the day the work started', () => {
    const late = cases.filter((c) => !c.file_opened_at_start);
    expect(late.length / cases.length).toBeGreaterThan(0.08);
    expect(late.length / cases.length).toBeLessThan(0.22);
    expect(late.every((c) => c.file_start! > c.start_date)).toBe(true);
    expect(cases.filter((c) => c.file_opened_at_start).every((c) => c.file_start === c.start_date)).toBe(
      true,
    );
  });

  it('plans due dates on working days and counts working days as the calendar does', async () => {
    const steps = await rows<{
      start_date: string;
      due_date: string;
      done_date: string | null;
      duration_days: number;
      working_days: number | null;
      days_late: number | null;
      state: string;
    }>(
      `select start_date::text, due_date::text, done_date::text, duration_days, working_days, days_late, state
         from case_steps where agency_id = $1`,
    );
    expect(steps.length).toBeGreaterThan(cases.length * 3);
    expect(cases.every((c) => calendar.isWorkingDay(c.due_date) && calendar.isWorkingDay(c.start_date))).toBe(
      true,
    );
    for (const s of steps) {
      expect(s.due_date).toBe(calendar.addWorkingDays(s.start_date, s.duration_days));
      if (s.state === 'active') {
        expect([s.done_date, s.working_days, s.days_late]).toEqual([null, null, null]);
        continue;
      }
      expect(s.working_days).toBe(calendar.countWorkingDays(s.start_date, s.done_date!));
      expect(s.days_late).toBe(Math.max(0, calendar.countWorkingDays(s.due_date, s.done_date!)));
    }
    expect(steps.some((s) => s.state === 'returned')).toBe(true);
  });

  it('has cases on time, late (some across Tết 2018, 30/4–1/5 or 2/9), open and overdue', async () => {
    const figures = await one<Record<string, number>>(
      `select count(distinct w.id) filter (where w.state = 'closed' and not exists
                (select 1 from case_steps x where x.case_id = w.id and x.days_late > 0))::int as on_time,
              count(distinct w.id) filter (where s.days_late > 0)::int as late,
              count(distinct w.id) filter (where s.days_late > 0 and s.start_date < '2018-02-14' and s.due_date > '2018-02-20')::int as tet,
              count(distinct w.id) filter (where s.days_late > 0 and (s.start_date < '2017-04-28' and s.due_date > '2017-05-02'
                or s.start_date < '2017-09-01' and s.due_date > '2017-09-04'))::int as holidays,
              count(distinct w.id) filter (where w.state = 'open')::int as open,
              count(distinct w.id) filter (where s.state = 'active' and s.due_date < $2)::int as overdue,
              count(distinct w.id) filter (where s.decision = 'no')::int as branched,
              count(distinct w.id) filter (where s.return_reason is not null)::int as returned
         from work_cases w join case_steps s on s.case_id = w.id where w.agency_id = $1`,
      [today],
    );
    expect(figures.on_time).toBeGreaterThan(figures.late);
    expect(figures.late).toBeGreaterThan(10);
    expect(figures.tet).toBeGreaterThan(0);
    expect(figures.holidays).toBeGreaterThan(0);
    expect(figures.open).toBeGreaterThan(10);
    expect(figures.overdue).toBeGreaterThan(0);
    expect(figures.branched).toBeGreaterThan(0);
    expect(figures.returned).toBeGreaterThan(0);
    const active = await one<{ n: number }>(
      `select count(*)::int as n from work_cases w where w.agency_id = $1 and w.state = 'open'
          and (select count(*) from case_steps s where s.case_id = w.id and s.state = 'active') <> 1`,
    );
    expect(active.n).toBe(0);
  });

  it('files each done step output in the case file', async () => {
    const missing = await one<{ n: number }>(
      `select count(*)::int as n from case_steps s join work_cases w on w.id = s.case_id
         left join record_file_items i on i.id = s.output_item_id and i.file_id = w.file_id
          and i.link_type = 'case_step' and i.link_id = s.id
        where s.agency_id = $1 and s.state = 'done' and s.output is not null and i.id is null`,
    );
    expect(missing.n).toBe(0);
  });

  it('closed most files when the work ended, left some open, and transferred some to the archive', async () => {
    const closed = cases.filter((c) => c.state === 'closed');
    const leftOpen = closed.filter((c) => c.file_state === 'open');
    expect(leftOpen.length).toBeGreaterThan(0);
    expect(leftOpen.length).toBeLessThan(closed.length / 4);
    const filed = closed.filter((c) => c.file_state !== 'open');
    expect(filed.every((c) => c.file_end === c.closed_date)).toBe(true);
    expect(cases.filter((c) => c.state === 'open').every((c) => c.file_state === 'open')).toBe(true);
    const transferred = await rows<{ unit: string; files: number; received: string }>(
      `select u.code as unit, count(f.id)::int as files, t.received_by_name as received
         from archive_transfers t join units u on u.id = t.unit_id
         join record_files f on f.transfer_id = t.id and f.state = 'transferred'
        where t.agency_id = $1 group by u.code, t.received_by_name`,
    );
    expect(transferred.length).toBeGreaterThanOrEqual(2);
    expect(transferred.every((t) => t.files >= 5 && t.received.includes('Văn phòng Bộ'))).toBe(true);
  });

  it('gives steps of other units (Văn phòng Bộ’s one-stop desk, Vụ Pháp chế, …) to their people, structured in the procedure', async () => {
    // Each case step with the procedure step it passes through: its performer's unit, if any.
    const routed = await rows<{ owner: string; performer: string; assignee: string; n: number }>(
      `select cu.code as owner, pu.code as performer, au.code as assignee, count(*)::int as n
         from case_steps s
         join work_cases c on c.id = s.case_id
         join units cu on cu.id = c.unit_id
         join document_versions v on v.id = c.procedure_version_id
         cross join lateral jsonb_array_elements(v.content->'steps') ps
         join units pu on pu.id = (ps->'performer'->>'unitId')::uuid
         join people p on p.id = s.assignee_id
         join units au on au.id = p.unit_id
        where s.agency_id = $1 and ps->>'id' = s.step_id and pu.id <> c.unit_id
        group by 1, 2, 3`,
    );
    const performers = new Set(routed.map((r) => r.performer));
    expect(performers.has('VP')).toBe(true);
    // Done where the procedure says: by the performing unit's people.
    expect(routed.filter((r) => r.assignee !== r.performer)).toEqual([]);
    const oneStop = await rows<{ n: number }>(
      `select count(*)::int as n from document_versions v cross join lateral jsonb_array_elements(v.content->'steps') ps
        where v.agency_id = $1 and v.state = 'in_force' and ps->>'who' like '%Bộ phận Một cửa%'
          and ps->'performer'->>'unitId' = (select id::text from units where agency_id = $1 and code = 'VP')`,
    );
    expect(oneStop[0].n).toBeGreaterThan(0);
  });

  it('records one audit event per created record, on a chain that verifies', async () => {
    const tables = {
      records_catalogue: 'records_catalogues',
      catalogue_heading: 'catalogue_headings',
      catalogue_entry: 'catalogue_entries',
      record_file: 'record_files',
      record_file_item: 'record_file_items',
      archive_transfer: 'archive_transfers',
      work_case: 'work_cases',
      case_step: 'case_steps',
    };
    for (const [entityType, table] of Object.entries(tables)) {
      const { records, events } = await one<{ records: number; events: number }>(
        `select (select count(*)::int from ${table} where agency_id = $1) as records,
                (select count(*)::int from audit_events where agency_id = $1 and entity_type = '${entityType}') as events`,
      );
      expect([entityType, events]).toEqual([entityType, records]);
    }
    expect((await verifyAuditChains(database.db)).problems).toEqual([]);
  });
});
