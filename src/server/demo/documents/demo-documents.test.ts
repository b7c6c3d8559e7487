import { beforeAll, describe, expect, it } from 'vitest';
import { documentContent, documentTypes, versionStates } from '../../../contract/documents.ts';
import type { Database } from '../../db/connection.ts';
import { contentHash } from '../../modules/documents/documents.repository.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { STORY_DAY, STORY_END } from '../as-of.ts';
import { DEMO_PASSWORD, loadDemo } from '../demo.ts';

// The app's test database (the two-agency fixture beside it) with the demo agency loaded.
const ctx = setupTestApp();
let database: Database;
let agencyId: string;
const today = todayInVietnam();
/** The story's own today (loaded as it was: its last day). */
const storyToday = STORY_END;

const rows = <T>(text: string, params: unknown[] = []) => database.query<T>(text, [agencyId, ...params]);

beforeAll(async () => {
  database = ctx.database;
  expect((await loadDemo(database, { asOf: STORY_DAY })).created).toBe(true);
  [{ id: agencyId }] = await database.query<{ id: string }>(`select id from agencies where code = 'BTTTT'`);
}, 600_000); // loading the demo is slow on a busy machine

type Figures = {
  unit: string;
  grp: string;
  improved: number;
  built: number;
  awaiting: number;
  issued: number;
  withdrawn: number;
};

/**
 * The status report's figures for 01/01/2017 – 25/12/2017 (days in Asia/Ho_Chi_Minh), per
 * owner unit and group, by the definitions the report uses: improved / newly built = a
 * revision / a new document whose secretariat check passed (submitted_at) in the period;
 * awaiting = submitted by the end and not approved by then; issued / withdrawn = issue date
 * in the period.
 */
const seedFigures = () =>
  rows<Figures>(
    `with v as (
       select u.code as unit,
              case when d.type = 'business_procedure' then 'business' else 'system' end as grp,
              dv.change_kind, dv.issue_date,
              (dv.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date as submitted,
              (dv.approved_at at time zone 'Asia/Ho_Chi_Minh')::date as approved
         from document_versions dv
         join documents d on d.id = dv.document_id
         join units u on u.id = d.owner_unit_id
        where dv.agency_id = $1
          and d.type in ('quality_policy', 'quality_objectives', 'manual', 'system_procedure', 'business_procedure'))
     select unit, grp,
            count(*) filter (where change_kind = 'revise' and submitted between '2017-01-01' and '2017-12-25')::int as improved,
            count(*) filter (where change_kind = 'new' and submitted between '2017-01-01' and '2017-12-25')::int as built,
            count(*) filter (where submitted <= '2017-12-25' and (approved is null or approved > '2017-12-25'))::int as awaiting,
            count(*) filter (where change_kind <> 'withdraw' and issue_date between '2017-01-01' and '2017-12-25')::int as issued,
            count(*) filter (where change_kind = 'withdraw' and issue_date between '2017-01-01' and '2017-12-25')::int as withdrawn
       from v group by unit, grp`,
  );

const total = (figures: Figures[], grp: string, key: keyof Figures) =>
  figures.filter((f) => f.grp === grp).reduce((sum, f) => sum + Number(f[key]), 0);
const byUnit = (figures: Figures[], grp: string, key: keyof Figures) =>
  Object.fromEntries(
    figures.filter((f) => f.grp === grp && Number(f[key]) > 0).map((f) => [f.unit, Number(f[key])]),
  );

describe('demo documents: the seed figures for 2017 (period ending 25/12/2017)', () => {
  it('5 system documents and 25 business procedures improved', async () => {
    const figures = await seedFigures();
    expect(total(figures, 'system', 'improved')).toBe(5);
    expect(total(figures, 'business', 'improved')).toBe(25);
  });

  it('2 system documents and 11 procedures awaiting approval, all of Văn phòng Bộ, still submitted', async () => {
    const figures = await seedFigures();
    expect(byUnit(figures, 'system', 'awaiting')).toEqual({ VP: 2 });
    expect(byUnit(figures, 'business', 'awaiting')).toEqual({ VP: 11 });
    const states = await rows<{ state: string; n: number }>(
      `select state, count(*)::int as n from document_versions
        where agency_id = $1 and (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= '2017-12-25'
          and (approved_at is null or (approved_at at time zone 'Asia/Ho_Chi_Minh')::date > '2017-12-25')
        group by state`,
    );
    expect(states).toEqual([{ state: 'submitted', n: 13 }]);
  });

  it('10 new procedures: 2 by Vụ TCCB, 2 by Vụ Bưu chính, 6 by Vụ CNTT; no new system document', async () => {
    const figures = await seedFigures();
    expect(byUnit(figures, 'business', 'built')).toEqual({ TCCB: 2, BC: 2, CNTT: 6 });
    expect(total(figures, 'system', 'built')).toBe(0);
  });

  it('the rest of the improved and all new ones were issued in 2017; nothing withdrawn in 2017', async () => {
    const figures = await seedFigures();
    expect(total(figures, 'system', 'issued')).toBe(3);
    expect(total(figures, 'business', 'issued')).toBe(14 + 10);
    expect(total(figures, 'system', 'withdrawn') + total(figures, 'business', 'withdrawn')).toBe(0);
  });
});

describe('demo documents: coverage and integrity', () => {
  it('has every document type and every version state', async () => {
    const types = await rows<{ type: string }>('select distinct type from documents where agency_id = $1');
    expect(types.map((t) => t.type).sort()).toEqual([...documentTypes].sort());
    const states = await rows<{ state: string }>(
      'select distinct state from document_versions where agency_id = $1',
    );
    expect(states.map((s) => s.state).sort()).toEqual([...versionStates].sort());
  });

  it('stores content that parses, hashes right and is searchable without diacritics', async () => {
    const versions = await rows<{
      code: string;
      title: string;
      content: unknown;
      content_hash: string;
      search_text: string;
    }>(
      `select d.code, v.title, v.content, v.content_hash, v.search_text
         from document_versions v join documents d on d.id = v.document_id where v.agency_id = $1`,
    );
    expect(versions.length).toBeGreaterThan(100);
    for (const v of versions) {
      const content = documentContent.parse(v.content);
      expect(content, v.code).toEqual(v.content);
      expect(contentHash(v.title, content), v.code).toBe(v.content_hash);
      expect(v.search_text.length, v.code).toBeGreaterThan(20);
    }
    const found = await rows<{ code: string }>(
      `select distinct d.code from document_versions v join documents d on d.id = v.document_id
        where v.agency_id = $1 and to_tsvector('simple', v.search_text) @@ plainto_tsquery('simple', f_unaccent(lower($2)))`,
      ['quy trinh kiem soat tai lieu'],
    );
    expect(found.map((f) => f.code)).toContain('QT-HT-01');
  });

  it('keeps every signature over its version content unless voided; voided ones hold the old content', async () => {
    const signatures = await rows<{ meaning: string; voided: boolean; same: boolean; state: string }>(
      `select s.meaning, s.voided_at is not null as voided, s.content_hash = v.content_hash as same, v.state
         from document_signatures s join document_versions v on v.id = s.version_id where s.agency_id = $1`,
    );
    expect(signatures.filter((s) => !s.voided && !s.same)).toEqual([]);
    const voided = signatures.filter((s) => s.voided);
    expect(voided.length).toBeGreaterThanOrEqual(3);
    expect(voided.every((s) => !s.same)).toBe(true);
    expect(voided.some((s) => s.state === 'draft')).toBe(true);
    const approvals = await rows<{ n: number }>(
      `select count(*)::int as n from document_versions v where v.agency_id = $1 and v.approved_at is not null
          and 3 > (select count(*) from document_signatures s where s.version_id = v.id and s.voided_at is null
                     and s.meaning in ('review', 'check', 'approve'))`,
    );
    expect(approvals[0].n).toBe(0);
  });

  it('links references and forms to documents of the agency; forms belong to their procedure', async () => {
    const links = await rows<{ id: string; found: boolean }>(
      `select link.id, exists (select 1 from documents d where d.id = link.id::uuid and d.agency_id = $1) as found
         from document_versions v,
              lateral (select r->>'documentId' as id from jsonb_array_elements(v.content->'references') r
                       union all select f->>'documentId' from jsonb_array_elements(v.content->'forms') f) link
        where v.agency_id = $1 and link.id is not null`,
    );
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((l) => !l.found)).toEqual([]);
    const forms = await rows<{ code: string; parent_type: string | null }>(
      `select f.code, p.type as parent_type from documents f left join documents p on p.id = f.parent_id
        where f.agency_id = $1 and f.type = 'form'`,
    );
    expect(forms.length).toBeGreaterThanOrEqual(20);
    expect(
      forms.filter((f) => !['system_procedure', 'business_procedure'].includes(f.parent_type ?? '')),
    ).toEqual([]);
  });

  it('describes external documents with number, issuer, dates and each legal status', async () => {
    const external = await rows<{
      code: string;
      external_number: string;
      issuer: string;
      legal_status: string;
    }>(
      `select code, external_number, issuer, legal_status from documents where agency_id = $1 and type = 'external'`,
    );
    expect(external.every((e) => e.external_number && e.issuer)).toBe(true);
    expect([...new Set(external.map((e) => e.legal_status))].sort()).toEqual([
      'amended',
      'expired',
      'in_force',
      'replaced',
    ]);
    expect(external.map((e) => e.external_number)).toEqual(
      expect.arrayContaining(['19/2014/QĐ-TTg', '26/2014/TT-BKHCN', 'TCVN ISO 9001:2015', '49/2010/QH12']),
    );
  });

  it('gives the revisions a law, decree or circular made necessary their legal basis', async () => {
    const grounded = await rows<{ code: string; kind: string; basis: string }>(
      `select d.code, v.change_kind as kind, v.legal_basis as basis
         from document_versions v join documents d on d.id = v.document_id
        where v.agency_id = $1 and v.legal_basis is not null`,
    );
    expect(grounded.length).toBe(6);
    expect(grounded.every((r) => r.kind === 'revise')).toBe(true);
    expect(grounded.map((r) => r.basis).join('\n')).toContain('Luật Ngân sách nhà nước số 83/2015/QH13');
    expect(grounded.map((r) => r.basis).join('\n')).toContain('Nghị định số 91/2017/NĐ-CP ngày 31/7/2017');
  });

  it('has one version in force per document, the earlier ones superseded on its effective date', async () => {
    const documents = await rows<{
      code: string;
      status: string;
      current: string | null;
      in_force: string[];
    }>(
      `select d.code, d.status, d.current_version_id as current,
              coalesce(array_agg(v.id) filter (where v.state = 'in_force'), '{}') as in_force
         from documents d left join document_versions v on v.document_id = d.id
        where d.agency_id = $1 group by d.id`,
    );
    for (const d of documents) {
      expect(d.in_force.length, d.code).toBeLessThanOrEqual(1);
      expect(d.status === 'in_force', d.code).toBe(d.in_force.length === 1);
      expect(d.current, d.code).toBe(d.in_force[0] ?? null);
    }
    const superseded = await rows<{ code: string; end_date: string; next_effective: string }>(
      `select d.code, old.end_date::text, (select min(n.effective_date)::text from document_versions n
                where n.document_id = old.document_id and n.issue_no > old.issue_no and n.state = 'in_force') as next_effective
         from document_versions old join documents d on d.id = old.document_id
        where old.agency_id = $1 and old.state = 'superseded'`,
    );
    expect(superseded.length).toBeGreaterThanOrEqual(15);
    expect(superseded.filter((s) => s.end_date !== s.next_effective)).toEqual([]);
  });

  it('withdrew one procedure through an approved withdrawal, and keeps one approval waiting for its date', async () => {
    const withdrawn = await rows<{
      code: string;
      change_kind: string;
      state: string;
      decision_no: string | null;
    }>(
      `select d.code, v.change_kind, v.state, v.decision_no from documents d join document_versions v on v.document_id = d.id
        where d.agency_id = $1 and d.status = 'withdrawn' order by v.created_at`,
    );
    expect(withdrawn.map((w) => [w.code, w.change_kind, w.state])).toEqual([
      ['QT-QLDN-01', 'new', 'withdrawn'],
      ['QT-QLDN-01', 'withdraw', 'withdrawn'],
    ]);
    expect(withdrawn[1].decision_no).toBeTruthy();
    const approved = await rows<{ effective_date: string; status: string }>(
      `select v.effective_date::text, d.status from document_versions v join documents d on d.id = v.document_id
        where v.agency_id = $1 and v.state = 'approved'`,
    );
    expect(approved).toHaveLength(1);
    expect(approved[0].effective_date > storyToday).toBe(true);
    expect(approved[0].status).toBe('in_force');
  });

  it('distributes versions in force; some people have acknowledged them, some not yet', async () => {
    const [acks] = await rows<{ read: number; unread: number; outside: number; undistributed: number }>(
      `select count(*) filter (where a.acknowledged_at is not null)::int as read,
              count(*) filter (where a.acknowledged_at is null)::int as unread,
              count(*) filter (where v.state <> 'in_force')::int as outside,
              (select count(*)::int from document_versions x where x.agency_id = $1 and x.state = 'in_force'
                  and not exists (select 1 from document_distributions dd where dd.version_id = x.id)) as undistributed
         from document_acknowledgements a join document_versions v on v.id = a.version_id where a.agency_id = $1`,
    );
    expect(acks.read).toBeGreaterThan(acks.unread);
    expect(acks.unread).toBeGreaterThan(0);
    expect(acks.outside).toBe(0);
    expect(acks.undistributed).toBe(0);
  });

  it('has review dates on documents in force, some overdue and some not', async () => {
    const [reviews] = await rows<{ missing: number; overdue: number; later: number; reviewed: number }>(
      `select count(*) filter (where next_review_date is null)::int as missing,
              count(*) filter (where next_review_date < $2::date)::int as overdue,
              count(*) filter (where next_review_date >= $2::date)::int as later,
              (select count(*)::int from document_reviews r where r.agency_id = $1 and r.outcome = 'no_change') as reviewed
         from documents where agency_id = $1 and status = 'in_force'`,
      [storyToday],
    );
    expect(reviews.missing).toBe(0);
    expect(reviews.overdue).toBeGreaterThan(0);
    expect(reviews.overdue).toBeLessThan(reviews.later / 4);
    expect(reviews.reviewed).toBeGreaterThan(20);
  });

  it('keeps the comments of returns, including drafts sent back for changes', async () => {
    const returns = await rows<{ action: string; comment: string | null; state: string }>(
      `select e.action, e.comment, v.state from document_events e join document_versions v on v.id = e.version_id
        where e.agency_id = $1 and e.action like '%\\_return'`,
    );
    expect(returns.every((r) => r.comment && r.comment.length > 20)).toBe(true);
    expect(new Set(returns.map((r) => r.action))).toEqual(
      new Set(['review_return', 'check_return', 'approve_return']),
    );
    expect(returns.filter((r) => r.state === 'draft').length).toBeGreaterThanOrEqual(2);
  });
});

describe('demo documents through the API', () => {
  it("reproduces the seed's figures in the status report for 01/01/2017 – 25/12/2017", async () => {
    const secretariat = await ctx.as('khcn.thuky', DEMO_PASSWORD);
    const report = (await secretariat.get('/api/v1/reports/documents-status?from=2017-01-01&to=2017-12-25'))
      .body;
    expect(report.totals.system).toMatchObject({ improved: 5, awaitingApproval: 2, newlyBuilt: 0 });
    expect(report.totals.business).toMatchObject({ improved: 25, awaitingApproval: 11, newlyBuilt: 10 });
    const row = (name: string) => report.rows.find((r: { unitName: string }) => r.unitName === name);
    expect(row('Văn phòng Bộ').system.awaitingApproval).toBe(2);
    expect(row('Văn phòng Bộ').business.awaitingApproval).toBe(11);
    expect(row('Vụ Tổ chức cán bộ').business.newlyBuilt).toBe(2);
    expect(row('Vụ Bưu chính').business.newlyBuilt).toBe(2);
    expect(row('Vụ Công nghệ thông tin').business.newlyBuilt).toBe(6);
    expect(report.summary).toContain('cải tiến 5 tài liệu, quy trình hệ thống và 25 quy trình nghiệp vụ');
    expect(report.summary).toContain('2 tài liệu hệ thống và 11 quy trình nghiệp vụ');
    expect(report.summary).toContain('xây dựng mới 10 quy trình nghiệp vụ');
  });

  it('reads every document and version as the secretariat, and the master list as a unit officer', async () => {
    const secretariat = await ctx.as('khcn.thuky', DEMO_PASSWORD);
    const versions = await rows<{ id: string; document_id: string }>(
      'select id, document_id from document_versions where agency_id = $1',
    );
    for (const documentId of new Set(versions.map((v) => v.document_id))) {
      expect((await secretariat.get(`/api/v1/documents/${documentId}`)).status, documentId).toBe(200);
    }
    for (const v of versions) {
      const response = await secretariat.get(`/api/v1/document-versions/${v.id}`);
      expect(response.status, v.id).toBe(200);
    }
    const officer = await ctx.as('cntt.daumoi', DEMO_PASSWORD);
    const cntt = await unitId('CNTT');
    const list = await officer.get(`/api/v1/documents?type=business_procedure&ownerUnitId=${cntt}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { code: string }) => d.code)).toEqual(
      Array.from({ length: 9 }, (_, i) => `QT-CNTT-0${i + 1}`),
    );
  });

  it("lets the deputy minister approve a Văn phòng Bộ procedure: the demo's signatures hold", async () => {
    const [{ id }] = await rows<{ id: string }>(
      `select v.id from document_versions v join documents d on d.id = v.document_id
        where v.agency_id = $1 and d.code = 'QT-VP-01' and v.state = 'submitted'`,
    );
    const leader = await ctx.as('thutruong.phantam', DEMO_PASSWORD);
    const before = await leader.get(`/api/v1/document-versions/${id}`);
    expect(before.body.abilities.actions).toContain('approve');
    expect(
      before.body.signatures.map((s: { meaning: string; valid: boolean }) => [s.meaning, s.valid]),
    ).toEqual([
      ['review', true],
      ['check', true],
    ]);
    const approved = await leader.post(`/api/v1/document-versions/${id}/transitions`, {
      action: 'approve',
      version: before.body.version,
      password: DEMO_PASSWORD,
      decisionNo: '99/QĐ-BTTTT',
      issueDate: today,
      effectiveDate: today,
    });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('in_force');
    expect(approved.body.issueNo).toBe(2);
  });
});

const unitId = async (code: string) =>
  (await rows<{ id: string }>('select id from units where agency_id = $1 and code = $2', [code]))[0].id;
