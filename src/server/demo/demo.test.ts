import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../contract/roles.ts';
import { buildApp } from '../app.ts';
import { bootstrapFirstAdmin } from '../bootstrap.ts';
import type { Database } from '../db/connection.ts';
import { calendarDays } from '../modules/calendar/calendar.table.ts';
import { caseSteps, workCases } from '../modules/cases/cases.table.ts';
import {
  documentAcknowledgements,
  documentDistributions,
  documentEvents,
  documentReviews,
  documentSignatures,
  documents,
  documentVersions,
} from '../modules/documents/documents.table.ts';
import { nonconformities, nonconformityActions } from '../modules/nonconformities/nonconformities.table.ts';
import { createAgencyWithAdmin } from '../modules/org/agencies.service.ts';
import { agencies, people, positions, roleGrants, units } from '../modules/org/org.table.ts';
import {
  archiveTransfers,
  catalogueEntries,
  catalogueHeadings,
  recordFileItems,
  recordFiles,
  recordsCatalogues,
} from '../modules/records/records.table.ts';
import { countEvents } from '../platform/audit/audit.service.ts';
import { verifyAuditChains } from '../platform/audit/audit.verify.ts';
import { verifyPassword } from '../platform/auth/passwords.ts';
import { login, testConfig } from '../testing/test-app.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { STORY_AS_OF, STORY_DAY } from './as-of.ts';
import { DEMO_PASSWORD, demoAccounts, loadDemo } from './demo.ts';
import { checkDemoInternalAudits } from './internal-audits/demo-internal-audits.checks.ts';

let database: Database;
let agencyId: string;

const count = async (
  table:
    | typeof units
    | typeof people
    | typeof positions
    | typeof roleGrants
    | typeof calendarDays
    | typeof documents
    | typeof documentVersions
    | typeof documentEvents
    | typeof documentSignatures
    | typeof documentDistributions
    | typeof documentAcknowledgements
    | typeof documentReviews
    | typeof recordsCatalogues
    | typeof catalogueHeadings
    | typeof catalogueEntries
    | typeof recordFiles
    | typeof recordFileItems
    | typeof archiveTransfers
    | typeof workCases
    | typeof caseSteps
    | typeof nonconformities
    | typeof nonconformityActions,
) =>
  (
    await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(eq(table.agencyId, agencyId))
  )[0].n;

const counts = async () => ({
  units: await count(units),
  positions: await count(positions),
  people: await count(people),
  grants: await count(roleGrants),
  days: await count(calendarDays),
  documents: await count(documents),
  versions: await count(documentVersions),
  documentEvents: await count(documentEvents),
  signatures: await count(documentSignatures),
  distributions: await count(documentDistributions),
  acknowledgements: await count(documentAcknowledgements),
  reviews: await count(documentReviews),
  catalogues: await count(recordsCatalogues),
  headings: await count(catalogueHeadings),
  entries: await count(catalogueEntries),
  files: await count(recordFiles),
  fileItems: await count(recordFileItems),
  transfers: await count(archiveTransfers),
  cases: await count(workCases),
  steps: await count(caseSteps),
  /** Each with its 'create' event; each action with its 'add_action' event. */
  nonconformities: await count(nonconformities),
  ncActions: await count(nonconformityActions),
  /** Programmes, rounds (their team in the round's event), unit audits, checklist items, findings, reports. */
  internalAudits: (
    await database.query<{ n: number }>(
      `select (select count(*) from internal_audit_programmes where agency_id = $1)
        + (select count(*) from internal_audit_rounds where agency_id = $1)
        + (select count(*) from internal_audit_round_audits where agency_id = $1)
        + (select count(*) from internal_audit_checklist_items where agency_id = $1)
        + (select count(*) from internal_audit_findings where agency_id = $1)
        + (select count(*) from internal_audit_samples where agency_id = $1)
        + (select count(*) from internal_audit_reports where agency_id = $1) as n`,
      [agencyId],
    )
  ).map((r) => Number(r.n))[0],
  /** The steering committee: members, the meeting, its attendees, conclusions and directives. */
  steering: (
    await database.query<{ n: number }>(
      `select (select count(*) from steering_members where agency_id = $1)
        + (select count(*) from steering_meetings where agency_id = $1)
        + (select count(*) from steering_attendees where agency_id = $1)
        + (select count(*) from steering_conclusions where agency_id = $1)
        + (select count(*) from steering_directives where agency_id = $1) as n`,
      [agencyId],
    )
  ).map((r) => Number(r.n))[0],
  /**
   * The steering committee's papers, written through the reports' services: each pack created
   * and its narratives saved; each declaration drafted, and signed.
   */
  steeringPapers: (
    await database.query<{ n: number }>(
      `select 2 * (select count(*) from steering_review_packs where agency_id = $1)
        + (select count(*) from steering_declarations where agency_id = $1)
        + (select count(*) from steering_declarations where agency_id = $1 and state = 'signed') as n`,
      [agencyId],
    )
  ).map((r) => Number(r.n))[0],
  /** Objectives (created, approved), their indicators, their values (entered, and approved). */
  objectives: (
    await database.query<{ n: number }>(
      `select 2 * (select count(*) from objectives where agency_id = $1)
        + (select count(*) from objective_indicators where agency_id = $1)
        + (select count(*) from indicator_values where agency_id = $1)
        + (select count(*) from indicator_values where agency_id = $1 and state = 'approved') as n`,
      [agencyId],
    )
  ).map((r) => Number(r.n))[0],
  /** Risks and opportunities: recorded, treatment planned, done, closed — an event each. */
  risks: (
    await database.query<{ n: number }>(
      `select count(*) + count(treatment_owner_id) + count(treatment_done_on) + count(closed_on) as n
         from risks where agency_id = $1`,
      [agencyId],
    )
  ).map((r) => Number(r.n))[0],
  events: await countEvents(database.db, agencyId),
});

beforeAll(async () => {
  database = await openTestDatabase();
  const result = await loadDemo(database, { asOf: STORY_DAY });
  expect(result.created).toBe(true);
  expect(result.message).toContain(DEMO_PASSWORD);
  expect(result.message).toContain('chỉ dùng để trình diễn / demo only');
  [{ id: agencyId }] = await database.db.select().from(agencies).where(eq(agencies.code, 'BTTTT'));
}, 600_000); // loading the demo is slow on a busy machine

afterAll(async () => {
  await database?.close();
});

describe('demo agency', () => {
  it("keeps the internal audit's nonconformities numbered in 2017 when loaded as the story was", async () => {
    const rows = (
      await database.query<{ code: string; title: string; year: number }>(
        `select code, title, year from nonconformities where agency_id = $1 order by code`,
        [agencyId],
      )
    ).filter((r) => r.year === 2017);
    expect(rows[0].code).toBe('KPH-2017-001');
    expect(rows[0].title).toMatch(/Danh mục hồ sơ/);
  });

  it('holds the internal audits of 2017 and 2018, as the story was', async () => {
    const result = await checkDemoInternalAudits(database, agencyId);
    expect(result.years).toEqual([2017, 2018]);
    // Round 2/2017 audited the 11 units on 07/11/2017; the 2018 round still planned comes after the story.
    expect(result.round2017.days).toEqual(['2017-11-07']);
    expect(result.planned.days.every((d) => d > STORY_AS_OF)).toBe(true);
  });

  it('holds the papers of the meeting of 26/12/2017: its input pack, the annual report 2017, the declaration', async () => {
    const packs = await database.query<{
      title: string;
      period_from: string;
      period_to: string;
      narratives: Record<string, string>;
    }>(
      `select title, period_from::text as period_from, period_to::text as period_to, narratives
        from steering_review_packs where agency_id = $1 order by period_to`,
      [agencyId],
    );
    const [input, annual] = packs;
    // The meeting's input pack covers its period under review, with the secretariat's words.
    expect([input.period_from, input.period_to]).toEqual(['2017-01-01', '2017-12-25']);
    expect(input.narratives.documents).toContain(
      'cải tiến 5 tài liệu, quy trình hệ thống và 25 quy trình nghiệp vụ',
    );
    expect(input.narratives.documents).toContain('2 tài liệu hệ thống và 11 quy trình nghiệp vụ');
    expect(input.narratives.documents).toContain(
      '2 quy trình của Vụ Tổ chức cán bộ, 2 quy trình của Vụ Bưu chính và 6 quy trình của Vụ Công nghệ thông tin',
    );
    expect(input.narratives.audits).toContain('tại 11 đơn vị');
    expect(input.narratives.records).toContain('lập danh mục ngay từ khi bắt đầu công việc');
    // The annual report of 2017 (Phụ lục II): every narrative of building, applying, results, difficulties, proposals.
    expect(annual.title).toBe('Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL năm 2017');
    expect([annual.period_from, annual.period_to]).toEqual(['2017-01-01', '2017-12-31']);
    for (const key of ['assessment', 'difficulties', 'proposals', 'documents', 'audits', 'records'])
      expect(annual.narratives[key]?.length, key).toBeGreaterThan(50);
    // The declaration Thứ trưởng Phan Tâm approved with his password, over the procedures in force.
    const [declaration] = await database.query<{
      state: string;
      declared_on: string;
      signer_name: string;
      n: number;
    }>(
      `select state, declared_on::text as declared_on, signer_name, jsonb_array_length(scope) as n
        from steering_declarations where agency_id = $1`,
      [agencyId],
    );
    expect(declaration).toMatchObject({
      state: 'signed',
      declared_on: '2017-12-29',
      signer_name: 'Phan Tâm',
    });
    const [{ n }] = await database.query<{ n: number }>(
      `select count(*)::int as n from documents where agency_id = $1 and status = 'in_force'
        and type in ('system_procedure', 'business_procedure')`,
      [agencyId],
    );
    expect(Number(declaration.n)).toBe(n);
  });

  it('has the 11 units of Bộ TT&TT in 2017', async () => {
    const rows = await database.db
      .select()
      .from(units)
      .where(and(eq(units.agencyId, agencyId), eq(units.status, 'active')));
    expect(rows.map((u) => u.name).sort()).toEqual(
      [
        'Văn phòng Bộ',
        'Thanh tra Bộ',
        'Vụ Bưu chính',
        'Vụ Công nghệ thông tin',
        'Vụ Hợp tác quốc tế',
        'Vụ Kế hoạch - Tài chính',
        'Vụ Khoa học và Công nghệ',
        'Vụ Pháp chế',
        'Vụ Quản lý doanh nghiệp',
        'Vụ Thi đua - Khen thưởng',
        'Vụ Tổ chức cán bộ',
      ].sort(),
    );
    expect(
      rows.every((u) => u.path === `/${u.id}/` && u.validFrom === '2017-01-01' && u.parentId === null),
    ).toBe(true);
  });

  it('has about 40 people covering every role, with the secretariat in Vụ KHCN', async () => {
    const everyone = await database.db.select().from(people).where(eq(people.agencyId, agencyId));
    expect(everyone.length).toBe(demoAccounts.length);
    expect(everyone.length).toBeGreaterThanOrEqual(36);
    expect(everyone.length).toBeLessThanOrEqual(45);
    expect(everyone.some((p) => p.mustChangePassword)).toBe(false);
    expect(await verifyPassword(everyone[0].passwordHash, DEMO_PASSWORD)).toBe(true);

    const grants = await database.db
      .select({ role: roleGrants.role, unitId: roleGrants.unitId, personUnit: units.code })
      .from(roleGrants)
      .innerJoin(people, eq(people.id, roleGrants.personId))
      .innerJoin(units, eq(units.id, people.unitId))
      .where(eq(roleGrants.agencyId, agencyId));
    for (const role of roles)
      expect(
        grants.some((g) => g.role === role),
        role,
      ).toBe(true);
    const secretariat = grants.filter((g) => g.role === 'secretariat');
    expect(secretariat.length).toBe(2);
    expect(secretariat.every((g) => g.personUnit === 'KHCN' && g.unitId === null)).toBe(true);
    expect(grants.filter((g) => g.role === 'unit_head').length).toBe(11);
    expect(grants.filter((g) => g.role === 'internal_auditor').length).toBeGreaterThanOrEqual(4);
  });

  it('records one audit event per created record, on a chain that verifies', async () => {
    const { events, ...records } = await counts();
    expect(records.documents).toBeGreaterThan(0);
    expect(events).toBe(1 + Object.values(records).reduce((sum, n) => sum + n, 0));
    expect((await verifyAuditChains(database.db)).problems).toEqual([]);
  });

  it('has the 2018 calendar as the government set Tết: 14/2 to 20/2 off', async () => {
    const day = async (date: string) =>
      (
        await database.db
          .select()
          .from(calendarDays)
          .where(and(eq(calendarDays.agencyId, agencyId), eq(calendarDays.date, date)))
      )[0];
    expect((await day('2018-02-16')).kind).toBe('holiday');
    expect((await day('2018-02-14')).kind).toBe('holiday');
    expect(await day('2018-02-21')).toBeUndefined();
    expect((await day('2017-01-01')).kind).toBe('holiday');
  });

  it('changes nothing when loaded again', async () => {
    const before = await counts();
    const again = await loadDemo(database);
    expect(again).toEqual({
      created: false,
      message: 'Cơ quan mẫu đã có sẵn / the demo agency is already loaded.',
    });
    expect(await counts()).toEqual(before);
  });

  // Last: signing in writes to the audit trail, which the counts above compare.
  it("measures the ministry's 2017 objectives from its cases, records, documents and audits", async () => {
    const app = await buildApp({ database, config: testConfig });
    try {
      const leader = await login(app, 'thutruong.phantam', DEMO_PASSWORD);
      const list = await leader.get('/api/v1/objectives?year=2017');
      const ministry = list.body.items.filter((o: { unitId: string | null }) => o.unitId === null);
      expect(ministry).toHaveLength(2);
      type Series = {
        measure: string | null;
        values: Array<{ value: number | null; status: string | null }>;
      };
      const indicators: Series[] = [];
      for (const o of ministry)
        indicators.push(...(await leader.get(`/api/v1/objectives/${o.id}`)).body.indicators);
      const of = (measure: string) => indicators.find((i) => i.measure === measure)!.values;
      for (const measure of [
        'case_on_time_rate',
        'case_file_opened_at_start_rate',
        'case_avg_working_days_per_case',
        'files_closed_after_work_rate',
        'documents_reviewed_on_time_rate',
        'audit_programme_completion_rate',
        'acknowledgements_rate',
      ])
        expect(
          of(measure).some((v) => v.value !== null),
          measure,
        ).toBe(true);
      // The seed's gap: files opened at the start of the work miss their target.
      expect(of('case_file_opened_at_start_rate').some((v) => v.status === 'missed')).toBe(true);
      // A case took 16,7 working days in the first quarter (≤ 25: met), 27,9 in the second.
      expect(of('case_avg_working_days_per_case').map((v) => v.status)).toEqual(
        expect.arrayContaining(['met', 'missed']),
      );
    } finally {
      await app.close();
    }
  });

  // Last: signing in writes to the trail, which the tests above count.
  it("keeps every unit's risks and opportunities, and the meeting of 26/12/2017 reads them in its input pack", async () => {
    const byUnit = await database.query<{ code: string; n: number; closed: number }>(
      `select u.code, count(r.id)::int as n, count(r.closed_on)::int as closed from units u
         left join risks r on r.agency_id = u.agency_id and r.unit_id = u.id
        where u.agency_id = $1 group by u.code order by u.code`,
      [agencyId],
    );
    expect(byUnit).toHaveLength(11);
    expect(byUnit.filter((u) => u.n < 2)).toEqual([]);
    const app = await buildApp({ database, config: testConfig });
    try {
      const secretariat = await login(app, 'khcn.thuky', DEMO_PASSWORD);
      // The input pack the secretariat compiled for the meeting of 26/12/2017 (its figures are recomputed on reading).
      const packs = (await secretariat.get('/api/v1/steering/reports/packs')).body.items as Array<{
        id: string;
        from: string;
        to: string;
      }>;
      const meetingPack = packs.find((p) => p.from === '2017-01-01' && p.to < '2017-12-26');
      expect(meetingPack).toBeDefined();
      const read = await secretariat.get(`/api/v1/steering/reports/packs/${meetingPack!.id}`);
      expect(read.status).toBe(200);
      const pack = read.body;
      const risks = pack.sections.find((s: { key: string }) => s.key === 'risks');
      const value = (key: string) => risks.figures.find((f: { key: string }) => f.key === key)?.value;
      expect(risks.note).toBeNull();
      // Identified in 2017: every demo risk but the four of 2018.
      expect(value('recorded')).toBe(21);
      expect(value('high') + value('medium') + value('low')).toBe(21);
      expect(value('closed')).toBeGreaterThan(5);
      expect(value('closedEffective')).toBe(value('closed'));
      expect(value('treatmentsDoneOnTime')).toBeLessThanOrEqual(value('treatmentsDone'));
    } finally {
      await app.close();
    }
  });
});

describe('demo agency over a taken username', () => {
  it('fails and loads nothing', async () => {
    const other = await openTestDatabase();
    try {
      await other.db.transaction((tx) =>
        createAgencyWithAdmin(
          tx,
          { actor: null },
          {
            code: 'CQ',
            name: 'Cơ quan',
            admin: { fullName: 'Quản trị', username: 'QuanTri', password: 'x-123456' },
          },
        ),
      );
      await expect(loadDemo(other)).rejects.toThrow(/quantri/i);
      expect(await other.db.select().from(agencies).where(eq(agencies.code, 'BTTTT'))).toEqual([]);
      expect((await other.db.select({ n: sql<number>`count(*)::int` }).from(people))[0].n).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('the first start after the demo was loaded into an empty data folder', () => {
  it('still creates the operator admin, who can create an agency', async () => {
    const first = await bootstrapFirstAdmin(database, 'Van-hanh-2026');
    expect(first?.agency.code).toBe('CQ');
    const app = await buildApp({ database, config: testConfig });
    try {
      const admin = await login(app, 'admin', 'Van-hanh-2026');
      const agency = {
        code: 'SKHCN',
        name: 'Sở Khoa học và Công nghệ',
        admin: { fullName: 'Quản trị Sở', username: 'skhcn.quantri' },
      };
      expect((await admin.post('/api/v1/agencies', agency)).status).toBe(201);
      const quantri = await login(app, 'quantri', DEMO_PASSWORD);
      expect((await quantri.post('/api/v1/agencies', { ...agency, code: 'SYT' })).status).toBe(403);
    } finally {
      await app.close();
    }
  });
});
