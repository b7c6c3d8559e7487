// The demo lives on the day it is loaded: loaded as of today and as of 14/03/2025 (early in
// a year, so the story's first months of 2018 fall in the year before), its recent months
// are current relative to that day, and every year it shows agrees with its moved days. (The story as it was, as of 2017-12-26,
// is checked by demo.test.ts, documents/ and records/.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/connection.ts';
import { workingCalendarFor } from '../modules/calendar/calendar.service.ts';
import type { WorkingCalendar } from '../modules/calendar/working-days.ts';
import { verifyAuditChains } from '../platform/audit/audit.verify.ts';
import { todayInVietnam } from '../platform/time.ts';
import { login, testConfig } from '../testing/test-app.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { DEMO_PASSWORD, loadDemo } from './demo.ts';
import { addDays } from './documents/days.ts';
import { checkDemoInternalAudits } from './internal-audits/demo-internal-audits.checks.ts';
import { LONGEST_REVIEW_OVERDUE, LONGEST_WAIT } from './queue.ts';

type Loaded = {
  database: Database;
  app: Awaited<ReturnType<typeof buildApp>>;
  agencyId: string;
  calendar: WorkingCalendar;
};

const today = todayInVietnam();
const asOfDays = [today, '2025-03-14'];
const loaded = new Map<string, Loaded>();

// Two loads of the demo, once for the file: slow, so never inside a short hook.
beforeAll(async () => {
  for (const asOf of asOfDays) {
    const database = await openTestDatabase();
    const result = await loadDemo(database, asOf === today ? {} : { asOf });
    expect(result.created).toBe(true);
    const [{ id: agencyId }] = await database.query<{ id: string }>(
      `select id from agencies where code = 'BTTTT'`,
    );
    const year = Number(asOf.slice(0, 4));
    const calendar = await workingCalendarFor(
      database.db,
      agencyId,
      `${year - 2}-01-01`,
      `${year + 1}-12-31`,
    );
    const app = await buildApp({ database, config: testConfig });
    loaded.set(asOf, { database, app, agencyId, calendar });
  }
}, 600_000);

afterAll(async () => {
  for (const { app, database } of loaded.values()) {
    await app.close();
    await database.close();
  }
});

describe.each(asOfDays)('the demo loaded as of %s', (asOf) => {
  const get = () => loaded.get(asOf)!;
  const rows = <T>(text: string, params: unknown[] = []) =>
    get().database.query<T>(text, [get().agencyId, ...params]);
  const year = Number(asOf.slice(0, 4));

  it('shows the internal audit programmes in the years their rounds now fall in, the planned round still to come', async () => {
    const { database, agencyId } = get();
    const result = await checkDemoInternalAudits(database, agencyId);
    // The programme of the seed's audit takes its audit's year, which its nonconformities name.
    const [first, second] = result.years;
    expect(result.round2017.days.map((d) => Number(d.slice(0, 4)))).toEqual([first]);
    expect(result.ncOriginYears).toEqual([first]);
    expect(second).toBeGreaterThan(first);
    // The 2018 programme's planned round: after the as-of day, in its programme's year.
    expect(result.planned.days.every((d) => d > asOf && Number(d.slice(0, 4)) === second)).toBe(true);
    expect(result.planned.state).toBe('plan_published');
    // Every round sits in the programme of the year it is audited in (no 2027 programme
    // holding a round done in 11/2026).
    expect(result.roundYears.filter((r) => r.audits.some((y) => y !== r.programme))).toEqual([]);
  });

  it('has open steps due this week and next, a few overdue by a working day or two, none done later', async () => {
    const { calendar } = get();
    const active = await rows<{ due: string; start: string }>(
      `select due_date::text as due, start_date::text as start from case_steps
        where agency_id = $1 and state = 'active'`,
    );
    const soon = calendar.addWorkingDays(asOf, 10);
    expect(active.filter((s) => s.due >= asOf && s.due <= soon).length).toBeGreaterThanOrEqual(10);
    const overdue = active.filter((s) => s.due < asOf);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(active.length / 3);
    for (const s of overdue) expect(calendar.countWorkingDays(s.due, asOf)).toBeLessThanOrEqual(3);
    expect(active.every((s) => s.start <= asOf && calendar.isWorkingDay(s.due))).toBe(true);
    const [done] = await rows<{ last: string; first: string }>(
      `select max(done_date)::text as last, min(start_date)::text as first from case_steps where agency_id = $1`,
    );
    expect(done.last <= asOf).toBe(true);
    expect(done.first > `${year - 2}-01-01`).toBe(true);
  });

  it("has this year's catalogue in every unit, so starting a case finds its entry", async () => {
    const catalogues = await rows<{ n: number }>(
      `select count(*)::int as n from records_catalogues where agency_id = $1 and year = $2`,
      [year],
    );
    expect(catalogues[0].n).toBe(11);
    const [procedure] = await rows<{ id: string }>(
      `select w.procedure_document_id as id from work_cases w join units u on u.id = w.unit_id
        where w.agency_id = $1 and u.code = 'CNTT' order by w.start_date desc limit 1`,
    );
    const officer = await login(get().app, 'cntt.chuyenvien', DEMO_PASSWORD);
    const options = await officer.get(
      `/api/v1/cases/start-options?procedureDocumentId=${procedure.id}&startDate=${asOf}`,
    );
    expect(options.status).toBe(200);
    expect(options.body.catalogueEntries.length).toBeGreaterThan(0);
    const codes = await rows<{ code: string; file: string }>(
      `select w.code, f.file_code::text as file from work_cases w join record_files f on f.id = w.file_id
        where w.agency_id = $1 order by w.start_date desc limit 1`,
    );
    expect(Number(codes[0].code.slice(0, 4))).toBeGreaterThanOrEqual(year);
    expect(codes[0].file).toMatch(new RegExp(`^BTTTT\\.${codes[0].code.slice(0, 4)}\\.`));
  });

  it('has periodic reviews coming due, and the few overdue ones are days late, not years', async () => {
    const reviews = await rows<{ next: string }>(
      `select next_review_date::text as next from documents where agency_id = $1 and status = 'in_force'`,
    );
    const overdue = reviews.filter((r) => r.next < asOf);
    expect(reviews.filter((r) => r.next >= asOf && r.next <= addDays(asOf, 60)).length).toBeGreaterThan(0);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(reviews.length / 5);
    for (const r of overdue)
      expect(get().calendar.countWorkingDays(r.next, asOf)).toBeLessThanOrEqual(LONGEST_REVIEW_OVERDUE + 1);
  });

  it('opens the reports on a period with data, and says which', async () => {
    const secretariat = await login(get().app, 'khcn.thuky', DEMO_PASSWORD);
    const status = (await secretariat.get('/api/v1/reports/documents-status')).body;
    expect(status.from).toBe(`${year}-01-01`);
    expect(status.to).toBe(asOf === today ? today : `${year}-12-31`);
    const sum = (figures: Record<string, number>) => Object.values(figures).reduce((a, b) => a + b, 0);
    expect(sum(status.totals.system) + sum(status.totals.business)).toBeGreaterThan(0);

    const leader = await login(get().app, 'thutruong.phantam', DEMO_PASSWORD);
    const measures = (await leader.get('/api/v1/reports/case-measures')).body;
    expect([measures.from, measures.to]).toEqual([`${year}-01-01`, asOf === today ? today : `${year}-12-31`]);
    expect(measures.totals.started).toBeGreaterThan(0);
    expect(measures.totals.finished).toBeGreaterThan(0);
  });

  it("keeps the steering committee's papers with its meeting: the input pack, the annual report of a calendar year, the declaration", async () => {
    const secretariat = await login(get().app, 'khcn.thuky', DEMO_PASSWORD);
    const committee = (await secretariat.get('/api/v1/steering')).body;
    const [meeting] = committee.meetings;
    // The meeting's input pack still covers the meeting's period under review, as moved.
    const detail = (await secretariat.get(`/api/v1/steering/meetings/${meeting.id}`)).body;
    expect(detail.packId).not.toBeNull();
    const pack = (await secretariat.get(`/api/v1/steering/reports/packs/${detail.packId}`)).body;
    expect([pack.from, pack.to]).toEqual([meeting.periodFrom, meeting.periodTo]);
    const narrative = (key: string) => pack.sections.find((x: { key: string }) => x.key === key).narrative;
    expect(narrative('documents')).toContain('25 quy trình nghiệp vụ');
    expect(narrative('records')).toContain('ngay từ khi bắt đầu công việc');
    // The annual report: a whole calendar year, the one its days now fall in, written before today.
    const list = (await secretariat.get('/api/v1/steering/reports/packs')).body.items;
    const annual = list.find((p: { title: string }) => p.title.startsWith('Báo cáo tình hình áp dụng'));
    const annualYear = Number(annual.to.slice(0, 4));
    expect([annual.from, annual.to]).toEqual([`${annualYear}-01-01`, `${annualYear}-12-31`]);
    expect(annual.title).toBe(`Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL năm ${annualYear}`);
    expect(annualYear).toBe(Number(meeting.meetingDate.slice(0, 4)));
    expect(annual.updatedAt.slice(0, 10) <= asOf).toBe(true);
    const report = (await secretariat.get(`/api/v1/steering/reports/packs/${annual.id}`)).body;
    expect(report.annual.assessment).toMatch(new RegExp(`^Năm ${annualYear}, Khối cơ quan Bộ`));
    expect(report.annual.proposals).toContain(`năm ${annualYear + 1}`);
    const docx = await secretariat.get(`/api/v1/steering/reports/annual/${annualYear}.docx`);
    expect(docx.status).toBe(200);
    // The declaration Thứ trưởng Phan Tâm approved, after the meeting and before today.
    const declarations = (await secretariat.get('/api/v1/steering/reports/declarations')).body;
    expect(declarations.current.signer.name).toBe('Phan Tâm');
    expect(declarations.current.declaredOn > meeting.meetingDate).toBe(true);
    expect(declarations.current.declaredOn <= asOf).toBe(true);
    expect(declarations.current.scope.length).toBeGreaterThan(0);
  });

  it('has the internal audit nonconformities in every state, numbered in the moved years', async () => {
    const { calendar } = get();
    const ncs = await rows<{
      id: string;
      code: string;
      year: number;
      state: string;
      unit: string;
      requirement: string;
      recurrence: string | null;
      verifiable: string | null;
      origin: { label: string } | null;
    }>(
      `select n.id, n.code, n.year, n.state, u.code as unit, n.requirement, n.recurrence_of_id as recurrence,
          n.verifiable_from::text as verifiable, n.origin
        from nonconformities n join units u on u.id = n.unit_id where n.agency_id = $1 order by n.code`,
    );
    // Numbered in the year each was found, from 001, in the order they were found.
    const found = await rows<{ code: string; detected: string }>(
      `select code, detected_on::text as detected from nonconformities where agency_id = $1 order by detected_on, code`,
    );
    expect(found.every((n) => n.code.startsWith(`KPH-${n.detected.slice(0, 4)}-`))).toBe(true);
    for (const y of new Set(found.map((n) => n.detected.slice(0, 4))))
      expect(found.filter((n) => n.detected.startsWith(y)).map((n) => n.code)[0]).toBe(`KPH-${y}-001`);
    expect(ncs.every((n) => n.code.startsWith(`KPH-${n.year}-`))).toBe(true);
    const fromAudit = ncs.find((n) => n.origin?.label.includes('đợt'))!;
    expect(fromAudit.origin!.label).toContain(`/${fromAudit.year}`);
    const states = new Set(ncs.map((n) => n.state));
    for (const s of ['draft', 'analysed', 'in_progress', 'awaiting_verification', 'closed', 'cancelled'])
      expect(states).toContain(s);
    const recurrence = ncs.find((n) => n.recurrence)!;
    const earlier = ncs.find((n) => n.id === recurrence.recurrence)!;
    expect([earlier.unit, earlier.requirement]).toEqual([recurrence.unit, recurrence.requirement]);
    expect(earlier.code < recurrence.code).toBe(true);

    // The immediate correction's day (inside its jsonb) moved with the rest: never before detection.
    const corrections = await rows<{ on: string; detected: string }>(
      `select correction->>'on' as on, detected_on::text as detected from nonconformities
        where agency_id = $1 and correction is not null`,
    );
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect(c.on >= c.detected && c.on <= asOf).toBe(true);
    const [last] = await rows<{ day: string }>(
      `select greatest(max(n.detected_on), max(n.verified_on), max(a.done_on))::text as day
        from nonconformities n left join nonconformity_actions a on a.nonconformity_id = n.id
        where n.agency_id = $1`,
    );
    expect(last.day <= asOf).toBe(true);

    // Two actions a few working days late, none long overdue.
    const open = await rows<{ due: string }>(
      `select due_date::text as due from nonconformity_actions where agency_id = $1 and state = 'open'`,
    );
    const late = open.filter((a) => a.due < asOf);
    expect(late.length).toBe(2);
    for (const a of late) expect(calendar.countWorkingDays(a.due, asOf)).toBeLessThanOrEqual(4);

    // The secretariat has a record to verify now; the head of CNTT a plan to approve.
    const secretariat = await login(get().app, 'khcn.thuky', DEMO_PASSWORD);
    const work = (await secretariat.get('/api/v1/my-work/nonconformities')).body;
    expect(work.toVerify.length).toBeGreaterThan(0);
    expect(work.toVerify.every((v: { verifiableFrom: string }) => v.verifiableFrom <= asOf)).toBe(true);
    const head = await login(get().app, 'cntt.vutruong', DEMO_PASSWORD);
    expect((await head.get('/api/v1/my-work/nonconformities')).body.toApprove.length).toBe(1);

    // The action that revised a procedure is done by its revision in force.
    const [revised] = await rows<{ done: string; effective: string; state: string }>(
      `select a.done_on::text as done, v.effective_date::text as effective, v.state
        from nonconformity_actions a join document_versions v on v.id = a.change_version_id
        where a.agency_id = $1 and a.kind = 'revise_document' and a.state = 'done'`,
    );
    expect(revised.state).toBe('in_force');
    expect(revised.done).toBe(revised.effective);
  });

  it('labels every file, catalogue and case by the year of its own days', async () => {
    const files = await rows<{ code: string; year: number; start: string; catalogue: number | null }>(
      `select f.file_code::text as code, f.year, f.start_date::text as start, c.year as catalogue
        from record_files f left join catalogue_entries e on e.id = f.catalogue_entry_id
        left join records_catalogues c on c.id = e.catalogue_id where f.agency_id = $1`,
    );
    expect(files.length).toBeGreaterThan(300);
    for (const f of files) {
      const opened = Number(f.start.slice(0, 4));
      expect([f.code, f.year, f.catalogue ?? opened]).toEqual([f.code, opened, opened]);
      expect(f.code.startsWith(`BTTTT.${opened}.`), f.code).toBe(true);
    }
    // Files of both years sit in catalogues (the as-of year's and the year before's).
    const years = new Set(files.filter((f) => f.catalogue).map((f) => f.catalogue));
    expect(years).toEqual(new Set([year - 1, year]));

    // Each catalogue is approved at the start of its year, no later than its first file opens.
    const catalogues = await rows<{
      year: number;
      state: string;
      approved: string | null;
      first: string | null;
    }>(
      `select c.year, c.state, (c.approved_at at time zone 'Asia/Ho_Chi_Minh')::date::text as approved,
          min(f.start_date)::text as first
        from records_catalogues c left join catalogue_entries e on e.catalogue_id = c.id
        left join record_files f on f.catalogue_entry_id = e.id where c.agency_id = $1 group by c.id`,
    );
    // Past the first quarter no unit is still without its issued catalogue for the year.
    if (asOf >= `${year}-03-01`)
      expect(catalogues.filter((c) => c.year === year).map((c) => c.state)).toEqual(Array(11).fill('issued'));
    for (const c of catalogues) {
      if (c.state === 'draft') {
        expect(c.first).toBeNull();
        continue;
      }
      expect(c.approved!.slice(0, 7)).toBe(`${c.year}-01`);
      if (c.first) expect(c.approved! <= c.first).toBe(true);
    }

    const cases = await rows<{ code: string; start: string }>(
      `select code, start_date::text as start from work_cases where agency_id = $1 order by start_date, code`,
    );
    for (const c of cases) expect(c.code.slice(0, 4), c.code).toBe(c.start.slice(0, 4));
    // Numbered per year in the order they started, from 000001.
    for (const y of new Set(cases.map((c) => c.code.slice(0, 4))))
      expect(cases.filter((c) => c.code.startsWith(y)).map((c) => c.code)[0]).toBe(`${y}-000001`);
  });

  it('shows no year of the story (2016–2019) in its codes, titles, contents or trail', async () => {
    // Real-world references keep their years: law numbers (91/2017/NĐ-CP), standards (9001:2015),
    // the laws and programmes registered as external documents (titles, texts and dates), and
    // "năm ngân sách 2017" (the year the 2015 budget law applies from). Five-year plan periods
    // move by whole periods ("giai đoạn 2011 – 2015" may become "2016 – 2020"; as-of.test.ts).
    const storyYear = /(^|[^0-9/.:])201[6-9]([^0-9/]|$)/;
    const clean = (text: string) =>
      text
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
        .replace(/năm ngân sách 2017/g, '')
        .replace(/giai đoạn 20\d\d – 20\d\d/g, '');
    const texts = await rows<{ source: string; text: string }>(
      `select 'document ' || code as source, code || ' ' || title as text from documents
        where agency_id = $1 and type <> 'external'
      union all select 'version ' || v.id, v.title || ' ' || v.content::text || ' ' || v.change_reason || ' ' ||
          coalesce(v.change_summary, '') || ' ' || v.search_text || ' ' || v.search_vector::text
        from document_versions v join documents d on d.id = v.document_id where v.agency_id = $1 and d.type <> 'external'
      union all select 'event ' || e.id, coalesce(e.comment, '') from document_events e
        join document_versions v on v.id = e.version_id join documents d on d.id = v.document_id
        where e.agency_id = $1 and d.type <> 'external'
      union all select 'file ' || file_code, file_code || ' ' || title || ' ' || coalesce(notes, '') from record_files where agency_id = $1
      union all select 'item ' || id, title from record_file_items where agency_id = $1
      union all select 'case ' || code, code || ' ' || title from work_cases where agency_id = $1
      union all select 'entry ' || code, title || ' ' || coalesce(source_record_name, '') || ' ' || coalesce(notes, '')
        from catalogue_entries where agency_id = $1
      union all select 'heading ' || id, title from catalogue_headings where agency_id = $1
      union all select 'nonconformity ' || code, code || ' ' || title || ' ' || coalesce(description, '') || ' ' ||
          coalesce(requirement, '') || ' ' || coalesce(whys::text, '') || ' ' || coalesce(origin::text, '')
        from nonconformities where agency_id = $1
      union all select 'action ' || id, description from nonconformity_actions where agency_id = $1
      union all select 'transfer ' || id, coalesce(notes, '') from archive_transfers where agency_id = $1
      union all select 'pack ' || title, title || ' ' || narratives::text from steering_review_packs where agency_id = $1
      union all select 'declaration ' || id, scope::text from steering_declarations where agency_id = $1
      union all select 'risk ' || code, concat_ws(' ', code, process, description, cause, consequence, treatment,
          treatment_result, effectiveness_note) from risks where agency_id = $1`,
    );
    expect(texts.filter((t) => storyYear.test(clean(t.text))).map((t) => t.source)).toEqual([]);

    const trail = await rows<{ type: string; label: string | null; changes: Record<string, unknown> }>(
      `select entity_type as type, entity_label as label, changes from audit_events a
        where agency_id = $1 and entity_type <> 'calendar_day' and not exists (
          select 1 from documents d left join document_versions v on v.document_id = d.id
          where d.type = 'external' and a.entity_id in (d.id, v.id))`,
    );
    const kept = new Set(['externalIssuedDate', 'externalEffectiveDate', 'contentHash', 'hash']);
    const stale = trail.filter((e) => {
      const values = Object.entries(e.changes ?? {}).filter(([key]) => !kept.has(key));
      return storyYear.test(clean(`${e.label ?? ''} ${JSON.stringify(values)}`));
    });
    expect(stale.map((e) => `${e.type}: ${e.label}`)).toEqual([]);
  });

  it('has documents waiting days for review, check or approval, their signatures still valid', async () => {
    const { calendar } = get();
    const waiting = await rows<{ code: string; state: string; last: string }>(
      `select d.code, v.state, (select max(e.at at time zone 'Asia/Ho_Chi_Minh')::date::text
          from document_events e where e.version_id = v.id) as last
        from document_versions v join documents d on d.id = v.document_id
        where v.agency_id = $1 and v.state in ('unit_review', 'secretariat_check', 'submitted')`,
    );
    expect(waiting.filter((w) => w.state === 'submitted').length).toBeGreaterThan(5);
    for (const w of waiting) {
      expect(w.last <= asOf, w.code).toBe(true);
      expect(calendar.countWorkingDays(w.last, asOf), w.code).toBeLessThanOrEqual(LONGEST_WAIT + 1);
    }
    const [broken] = await rows<{ n: number }>(
      `select count(*)::int as n from document_signatures s join document_versions v on v.id = s.version_id
        where s.agency_id = $1 and s.voided_at is null and s.content_hash <> v.content_hash`,
    );
    expect(broken.n).toBe(0);
  });

  it("holds last year's and this year's objectives of the ministry and every unit, measured from the moved cases", async () => {
    const objectives = await rows<{ year: number; unit_id: string | null; state: string }>(
      'select year, unit_id, state from objectives where agency_id = $1',
    );
    const units = await rows<{ n: number }>(`select count(*)::int as n from units where agency_id = $1`);
    for (const y of [year - 1, year]) {
      const ofYear = objectives.filter((o) => o.year === y);
      // The ministry's two: the work done on time, and the QMS kept up.
      expect(ofYear.filter((o) => o.unit_id === null)).toHaveLength(2);
      expect(ofYear.filter((o) => o.unit_id !== null)).toHaveLength(units[0].n);
    }
    expect(objectives.every((o) => o.state === 'approved' && [year - 1, year].includes(o.year))).toBe(true);
    // Manual values keep calendar periods in their objective's year, with evidence naming that year.
    const values = await rows<{ year: number; start: string; end: string; note: string; state: string }>(
      `select o.year, v.period_start::text as start, v.period_end::text as end, v.evidence_note as note, v.state
        from indicator_values v join objective_indicators i on i.id = v.indicator_id
        join objectives o on o.id = i.objective_id where v.agency_id = $1`,
    );
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) {
      expect(Number(v.start.slice(0, 4)), v.start).toBe(v.year);
      expect(v.start.slice(8), v.start).toBe('01');
      expect(['03-31', '06-30', '09-30', '12-31']).toContain(v.end.slice(5));
      expect(v.note).toContain(String(v.year));
    }
    expect(values.some((v) => v.state === 'entered')).toBe(true);
    // A closed case keeps the working days it took, which the move by working days preserves:
    // the agency calendar's count from its moved start to its moved closing.
    const closed = await rows<{ start: string; closed: string; days: number }>(
      `select start_date::text as start, closed_date::text as closed, working_days as days from work_cases
        where agency_id = $1 and state = 'closed' and start_date >= $2`,
      [`${year - 2}-01-01`],
    );
    expect(closed.length).toBeGreaterThan(50);
    for (const c of closed) expect(c.days, c.start).toBe(get().calendar.countWorkingDays(c.start, c.closed));
    // The ministry's objectives as leadership reads them: the files-opened-at-start indicator
    // misses its target in a quarter (the seed's gap), the on-time rate has months measured.
    const client = await login(get().app, 'thutruong.phantam', DEMO_PASSWORD);
    const list = await client.get(`/api/v1/objectives?year=${year - 1}`);
    const ministry = list.body.items.find((o: { unitId: string | null }) => o.unitId === null);
    const detail = (await client.get(`/api/v1/objectives/${ministry.id}`)).body;
    const opened = detail.indicators.find(
      (i: { measure: string }) => i.measure === 'case_file_opened_at_start_rate',
    );
    expect(opened.values.some((v: { status: string }) => v.status === 'missed')).toBe(true);
    const onTime = detail.indicators.find((i: { measure: string }) => i.measure === 'case_on_time_rate');
    expect(onTime.values.filter((v: { value: number | null }) => v.value !== null).length).toBeGreaterThan(0);
    // Every computed measure of the ministry's objectives has periods measured from the moved
    // story, last year's or this year's.
    const measured = new Set<string>();
    for (const y of [year - 1, year]) {
      const items = (await client.get(`/api/v1/objectives?year=${y}`)).body.items;
      for (const o of items.filter((i: { unitId: string | null }) => i.unitId === null))
        for (const i of (await client.get(`/api/v1/objectives/${o.id}`)).body.indicators)
          if (i.measure && i.values.some((v: { value: number | null }) => v.value !== null))
            measured.add(i.measure);
    }
    expect([...measured].sort()).toEqual([
      'acknowledgements_rate',
      'audit_programme_completion_rate',
      'case_avg_working_days_per_case',
      'case_file_opened_at_start_rate',
      'case_on_time_rate',
      'documents_reviewed_on_time_rate',
      'files_closed_after_work_rate',
    ]);
  });

  it('has risks being treated, a couple of treatments a working day or two late, and the closed ones reviewed', async () => {
    const { calendar } = get();
    const open = await rows<{ code: string; due: string | null; done: string | null; state: string }>(
      `select code, state, treatment_due_on::text as due, treatment_done_on::text as done from risks
        where agency_id = $1 and state <> 'closed'`,
    );
    const pending = open.filter((r) => r.due && !r.done);
    const late = pending.filter((r) => r.due! < asOf);
    expect(late.length).toBe(2);
    for (const r of late) expect(calendar.countWorkingDays(r.due!, asOf)).toBeLessThanOrEqual(2);
    expect(pending.filter((r) => r.due! >= asOf).length).toBeGreaterThanOrEqual(3);
    expect(open.filter((r) => r.state === 'open').length).toBeGreaterThan(0);
    const [closed] = await rows<{ n: number; reviewed: number; last: string }>(
      `select count(*)::int as n, count(effective)::int as reviewed, max(closed_on)::text as last from risks
        where agency_id = $1 and state = 'closed'`,
    );
    expect(closed.n).toBeGreaterThan(5);
    expect(closed.reviewed).toBe(closed.n);
    expect(closed.last < asOf).toBe(true);
  });

  it('keeps an audit trail that verifies', async () => {
    expect((await verifyAuditChains(get().database.db)).problems).toEqual([]);
  });
});
