import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentContent } from '../../../../contract/documents.ts';
import type { PackView } from '../../../../contract/steering-reports.ts';
import { newId } from '../../../db/ids.ts';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { readFirstSheet } from '../../../platform/xlsx/read-sheet.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../../testing/wide-app.ts';
import { documents, documentVersions } from '../../documents/documents.table.ts';
import { docxParts, folded, pdfText } from '../../documents/export/export.testing.ts';
import { seedAudit } from '../../internal-audits/audit-seed.testing.ts';
import { internalAuditFindings } from '../../internal-audits/finding.table.ts';
import { auditResultsInPeriod } from '../../internal-audits/index.ts';
import { internalAuditProgrammes } from '../../internal-audits/programme.table.ts';
import { internalAuditReports } from '../../internal-audits/report.table.ts';
import { internalAuditRounds } from '../../internal-audits/round.table.ts';
import { objectives } from '../../objectives/objectives.table.ts';
import { catalogueEntries, recordsCatalogues } from '../../records/records.table.ts';
import { steeringDeclarations } from './reports.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/steering/reports';
const from = '2017-01-01';
const to = '2017-12-25';

const figure = (pack: PackView, section: string, key: string) =>
  pack.sections.find((s) => s.key === section)?.figures.find((f) => f.key === key)?.value;

/** Hand-made 2017: documents submitted, nonconformities by source, an audit with findings, an objective. */
async function seed2017() {
  const f = ctx.fixture;
  const db = ctx.database.db;
  const submit = async (unitId: string, kind: 'new' | 'revise', state: string, submittedAt: string) => {
    const { versionId } = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId,
      personId: f.xSecretariat,
      state: 'draft',
    });
    await db
      .update(documentVersions)
      .set({ changeKind: kind, state, submittedAt: new Date(submittedAt) })
      .where(eq(documentVersions.id, versionId));
  };
  await submit(f.units.x1.id, 'new', 'submitted', '2017-03-01T03:00:00Z');
  await submit(f.units.x1.id, 'revise', 'submitted', '2017-05-01T03:00:00Z');
  await submit(f.units.x2.id, 'new', 'approved', '2017-06-01T03:00:00Z');
  await submit(f.units.x2.id, 'revise', 'submitted', '2018-02-01T03:00:00Z'); // after the period

  const secretariat = await ctx.as('x.secretariat_all');
  for (const [source, detectedOn] of [
    ['feedback', '2017-04-03'],
    ['feedback', '2017-09-12'],
    ['self_detected', '2017-10-02'],
    ['feedback', '2018-01-15'], // after the period
  ] as const) {
    const res = await secretariat.post('/api/v1/nonconformities', {
      source,
      title: `Phản ánh ${detectedOn}`,
      description: 'Công dân phản ánh trả kết quả chậm.',
      requirement: 'Thời hạn giải quyết của quy trình',
      unitId: f.units.x2.id,
      detectedOn,
      grade: 'minor',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }

  const ids = await seedAudit(db, f, { programmeYear: 2017, auditDate: '2017-11-07', auditState: 'done' });
  let seq = 0;
  for (const kind of ['major', 'minor', 'minor', 'observation'])
    await db.insert(internalAuditFindings).values({
      id: newId(),
      agencyId: f.agencyX,
      roundId: ids.roundId,
      roundAuditId: ids.auditId,
      seq: ++seq,
      kind,
      unitId: f.units.x2.id,
      description: `Phát hiện ${seq}`,
      createdBy: f.roleHolders.internal_auditor,
    });
  await db.insert(objectives).values({
    id: newId(),
    agencyId: f.agencyX,
    year: 2017,
    unitId: null,
    title: 'Giải quyết đúng hạn 100% công việc',
    ownerPersonId: f.xSecretariat,
    state: 'approved',
    draftedBy: f.xSecretariat,
    submittedBy: f.xSecretariat,
  });
  return ids;
}

describe('steering reports: the review input pack', () => {
  it('compiles every figure from its source module for the period, and keeps the link to it', async () => {
    await seed2017();
    const secretariat = await ctx.as('x.secretariat_all');
    const created = await secretariat.post(`${base}/packs`, {
      title: 'Báo cáo tình hình áp dụng HTQLCL năm 2017',
      from,
      to,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const pack = created.body as PackView;
    expect(pack.sections.map((s) => s.clause)[0]).toBe('9.3.2 a');

    // Documents: the status report of the same period, as the same person sees it.
    const status = (await secretariat.get(`/api/v1/reports/documents-status?from=${from}&to=${to}`)).body;
    expect(figure(pack, 'documents', 'systemImproved')).toBe(status.totals.system.improved);
    expect(figure(pack, 'documents', 'businessImproved')).toBe(status.totals.business.improved);
    expect(figure(pack, 'documents', 'businessImproved')).toBe(1);
    expect(figure(pack, 'documents', 'businessAwaiting')).toBe(status.totals.business.awaitingApproval);
    expect(figure(pack, 'documents', 'businessAwaiting')).toBe(2);
    expect(figure(pack, 'documents', 'newlyBuilt')).toBe(
      status.totals.system.newlyBuilt + status.totals.business.newlyBuilt,
    );
    expect(figure(pack, 'documents', 'newlyBuilt')).toBe(2);
    const docLinks = pack.sections.find((s) => s.key === 'documents')!.figures.map((f) => f.link);
    expect(new Set(docLinks)).toEqual(new Set([`/reports/documents-status?from=${from}&to=${to}`]));

    // Nonconformities and feedback: the nonconformities' measures of the period.
    const nc = (await secretariat.get(`/api/v1/nonconformities/measures?from=${from}&to=${to}`)).body;
    expect(figure(pack, 'nonconformities', 'opened')).toBe(nc.total.opened);
    expect(figure(pack, 'nonconformities', 'opened')).toBe(3);
    expect(figure(pack, 'nonconformities', 'open')).toBe(nc.total.open);
    expect(figure(pack, 'nonconformities', 'closed')).toBe(nc.total.closed);
    expect(figure(pack, 'feedback', 'feedback')).toBe(
      nc.bySource.find((s: { source: string }) => s.source === 'feedback').opened,
    );
    expect(figure(pack, 'feedback', 'feedback')).toBe(2);
    expect(pack.sections.find((s) => s.key === 'feedback')!.figures[0].link).toBe(
      '/nonconformities?source=feedback',
    );

    // Cases and records compliance: the case measures of the period.
    const cases = (await secretariat.get(`/api/v1/reports/case-measures?from=${from}&to=${to}`)).body;
    expect(figure(pack, 'cases', 'finished')).toBe(cases.totals.finished);
    expect(figure(pack, 'cases', 'onTimeRate')).toBe(cases.totals.onTimeRate);
    expect(figure(pack, 'records', 'started')).toBe(cases.totals.started);
    expect(figure(pack, 'records', 'startedWithFile')).toBe(cases.totals.startedWithFile);

    // Objectives: the objectives list of the period's year.
    const objectiveList = (await secretariat.get('/api/v1/objectives?year=2017')).body;
    expect(figure(pack, 'objectives', 'approved')).toBe(
      objectiveList.items.filter((o: { state: string }) => o.state === 'approved').length,
    );
    expect(figure(pack, 'objectives', 'approved')).toBe(1);

    // Internal audit: the internal-audits module's results of the period.
    const audits = await auditResultsInPeriod(ctx.database.db, ctx.fixture.agencyX, from, to);
    expect(figure(pack, 'audits', 'rounds')).toBe(audits.rounds.length);
    expect(figure(pack, 'audits', 'unitsAudited')).toBe(1);
    expect(figure(pack, 'audits', 'major')).toBe(audits.counts.major);
    expect(figure(pack, 'audits', 'minor')).toBe(2);
    expect(pack.sections.find((s) => s.key === 'audits')!.items[0].link).toBe(
      `/internal-audits/rounds/${audits.rounds[0].roundId}`,
    );

    // Directives: no provider wired yet — said, not invented.
    const directives = pack.sections.find((s) => s.key === 'directives')!;
    expect(directives.figures).toEqual([]);
    expect(directives.note).toMatch(/Chưa có kết luận/);
  });

  it('stores the narrative, recomputes the figures on each read, refuses a stale version', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const created = await secretariat.post(`${base}/packs`, {
      title: 'Quý I/2017',
      from: '2017-01-01',
      to: '2017-03-31',
    });
    expect(created.status).toBe(201);
    const pack = created.body as PackView;
    const saved = await secretariat.put(`${base}/packs/${pack.id}/narratives`, {
      version: pack.version,
      narratives: { documents: 'Các đơn vị tích cực rà soát quy trình.', difficulties: 'Thiếu cán bộ.' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.sections.find((s: { key: string }) => s.key === 'documents').narrative).toBe(
      'Các đơn vị tích cực rà soát quy trình.',
    );
    expect(saved.body.annual.difficulties).toBe('Thiếu cán bộ.');
    const stale = await secretariat.put(`${base}/packs/${pack.id}/narratives`, {
      version: pack.version,
      narratives: { documents: 'Ghi đè' },
    });
    expect(stale.status).toBe(409);
    const before = figure(saved.body, 'nonconformities', 'opened');
    await secretariat.post('/api/v1/nonconformities', {
      source: 'self_detected',
      title: 'Thêm một sự không phù hợp',
      description: 'Mô tả',
      requirement: 'Yêu cầu',
      unitId: ctx.fixture.units.x1.id,
      detectedOn: '2017-02-10',
      grade: 'minor',
    });
    const again = (await secretariat.get(`${base}/packs/${pack.id}`)).body as PackView;
    expect(figure(again, 'nonconformities', 'opened')).toBe((before ?? 0) + 1);
    expect(again.sections.find((s) => s.key === 'documents')!.narrative).toBe(
      'Các đơn vị tích cực rà soát quy trình.',
    );
    // The same period twice is refused.
    const twice = await secretariat.post(`${base}/packs`, {
      title: 'Lặp',
      from: '2017-01-01',
      to: '2017-03-31',
    });
    expect(twice.status).toBe(409);
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, pack.id), eq(auditEvents.action, 'update')));
    expect(events).toHaveLength(1);
  });

  it('lets the secretariat prepare, leadership read, and hides the reports from everyone else', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const leadership = await ctx.as('x.leadership_all');
    const pack = (
      await secretariat.post(`${base}/packs`, { title: 'Tháng 7', from: '2017-07-01', to: '2017-07-31' })
    ).body as PackView;
    expect(pack.canEdit).toBe(true);
    const read = await leadership.get(`${base}/packs/${pack.id}`);
    expect(read.status).toBe(200);
    expect(read.body.canEdit).toBe(false);
    expect(
      (await leadership.put(`${base}/packs/${pack.id}/narratives`, { version: 1, narratives: {} })).status,
    ).toBe(403);
    expect(
      (await leadership.post(`${base}/packs`, { title: 'x', from: '2017-08-01', to: '2017-08-31' })).status,
    ).toBe(403);
    for (const username of [
      'x.unit_leadership',
      'x.unit_secretariat',
      'x.unit_staff',
      'x.admin',
      'y.admin',
    ]) {
      const other = await ctx.as(username);
      expect((await other.get(`${base}/packs`)).status, username).toBe(404);
      expect((await other.get(`${base}/packs/${pack.id}`)).status, username).toBe(404);
      expect((await other.bytes(`${base}/packs/${pack.id}.docx`)).status, username).toBe(404);
      expect((await other.get(`${base}/clock`)).status, username).toBe(404);
    }
  });

  it('saves a narrative once from ten connections with the same version', async () => {
    const secretariat = await wide.as('x.secretariat_all');
    const pack = (
      await secretariat.post(`${base}/packs`, { title: 'Tháng 9', from: '2017-09-01', to: '2017-09-30' })
    ).body as PackView;
    const answers = await together((i) =>
      secretariat.put(`${base}/packs/${pack.id}/narratives`, {
        version: pack.version,
        narratives: { improvement: `Ý kiến ${i}` },
      }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
  });
});

describe('steering reports: the papers', () => {
  it('prints the pack as the status report (DOCX and PDF) with its narrative and figures', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const list = (await secretariat.get(`${base}/packs`)).body;
    const id = list.items.find((p: { from: string; to: string }) => p.from === from && p.to === to).id;
    const pack = (await secretariat.get(`${base}/packs/${id}`)).body as PackView;
    await secretariat.put(`${base}/packs/${id}/narratives`, {
      version: pack.version,
      narratives: { audits: 'Đánh giá nội bộ tại 11 đơn vị ngày 07/11/2017.' },
    });
    const docx = await secretariat.bytes(`${base}/packs/${id}.docx`);
    expect(docx.status).toBe(200);
    const { text } = await docxParts(docx.body);
    const word = folded(text);
    expect(word).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(word).toContain('Tình hình áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng');
    expect(word).toContain('từ ngày 01/01/2017 đến ngày 25/12/2017');
    expect(word).toContain('KẾT QUẢ ĐÁNH GIÁ NỘI BỘ');
    expect(word).toContain('Đánh giá nội bộ tại 11 đơn vị ngày 07/11/2017.');
    expect(word).toContain('Quy trình nghiệp vụ trình Lãnh đạo phê duyệt');
    expect(word).toContain('Nơi nhận');
    const pdf = await secretariat.bytes(`${base}/packs/${id}.pdf`);
    expect(pdf.status).toBe(200);
    const pdfWords = folded(await pdfText(pdf.body));
    expect(pdfWords).toContain('KẾT QUẢ ĐÁNH GIÁ NỘI BỘ');
  });

  it('compiles the annual report (Phụ lục II) for a year with its four parts and narratives', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const yearPack = (
      await secretariat.post(`${base}/packs`, {
        title: 'Báo cáo năm 2017',
        from: '2017-01-01',
        to: '2017-12-31',
      })
    ).body as PackView;
    await secretariat.put(`${base}/packs/${yearPack.id}/narratives`, {
      version: yearPack.version,
      narratives: {
        assessment: 'Hệ thống được duy trì ở 11 đơn vị.',
        difficulties: 'Một số đơn vị chưa lập hồ sơ công việc ngay khi bắt đầu.',
        proposals: 'Đề nghị tăng cường đánh giá chéo giữa các đơn vị.',
      },
    });
    const docx = await secretariat.bytes(`${base}/annual/2017.docx`);
    expect(docx.status).toBe(200);
    const word = folded((await docxParts(docx.body)).text);
    for (const part of [
      'I. TÌNH HÌNH XÂY DỰNG, ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN',
      'II. KẾT QUẢ ĐẠT ĐƯỢC',
      'III. KHÓ KHĂN, VƯỚNG MẮC',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'Hệ thống được duy trì ở 11 đơn vị.',
      'Một số đơn vị chưa lập hồ sơ công việc ngay khi bắt đầu.',
      'Đề nghị tăng cường đánh giá chéo giữa các đơn vị.',
      'năm 2017',
      'Bộ Khoa học và Công nghệ',
    ])
      expect(word).toContain(part);
    // The audit of 07/11/2017 is in the year's figures.
    expect(word).toMatch(/Đợt 1 năm 2017 \(Đợt 1\): 1 đơn vị, 07\/11\/2017; 3 điểm không phù hợp/);
  });
});

describe('steering reports: the declaration of conformity', () => {
  it('is drafted with the procedures in force, signed by leadership once, and goes stale when the scope changes', async () => {
    const f = ctx.fixture;
    const db = ctx.database.db;
    const procedure = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x1.id,
      personId: f.xSecretariat,
      state: 'in_force',
    });
    const secretariat = await ctx.as('x.secretariat_all');
    const leadership = await wide.as('x.leadership_all');
    expect((await leadership.post(`${base}/declarations`, {})).status).toBe(403);
    const drafted = await secretariat.post(`${base}/declarations`, {});
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    expect(drafted.body.stale).toBe(true);
    expect(drafted.body.current).toBeNull();
    const draft = drafted.body.items[0];
    expect(draft.scope.map((s: { id: string }) => s.id)).toContain(procedure.documentId);
    expect(
      (
        await secretariat.post(`${base}/declarations/${draft.id}/sign`, {
          version: draft.version,
          password: FIXTURE_PASSWORD,
        })
      ).status,
    ).toBe(403);
    const wrong = await leadership.post(`${base}/declarations/${draft.id}/sign`, {
      version: draft.version,
      password: 'sai',
    });
    expect(wrong.status).toBe(400);
    const answers = await together(() =>
      leadership.post(`${base}/declarations/${draft.id}/sign`, {
        version: draft.version,
        password: FIXTURE_PASSWORD,
      }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    const signed = answers.find((r) => r.status === 200)!.body;
    expect(signed.current.id).toBe(draft.id);
    expect(signed.current.signer.name).toBe('Người thử x.leadership_all');
    expect(signed.stale).toBe(false);
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, 'sign')));
    expect(events).toHaveLength(1);

    const docx = await secretariat.bytes(`${base}/declarations/${draft.id}.docx`);
    const word = folded((await docxParts(docx.body)).text);
    expect(word).toContain('CÔNG BỐ');
    expect(word).toContain(procedure.version.title);

    // A new procedure comes into force: the declaration no longer covers the scope.
    const added = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x2.id,
      personId: f.xSecretariat,
      state: 'in_force',
    });
    const after = (await secretariat.get(`${base}/declarations`)).body;
    expect(after.stale).toBe(true);
    expect(after.added.map((p: { id: string }) => p.id)).toEqual([added.documentId]);
    const [row] = await db.select().from(steeringDeclarations).where(eq(steeringDeclarations.id, draft.id));
    expect(row.state).toBe('signed');
  });
});

describe('steering reports: the inspection evidence pack', () => {
  const LEGAL_BASIS = 'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về cơ chế một cửa';

  /** Hand-made 2017 beyond seed2017: a revision for a legal change, a catalogue, a report, a concluded review. */
  async function seedInspection() {
    const f = ctx.fixture;
    const db = ctx.database.db;
    const secretariat = await ctx.as('x.secretariat_all');
    // A procedure in force since 01/01/2017, revised after a decree, in force again on 15/06/2017.
    const procedure = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x1.id,
      personId: f.xSecretariat,
      state: 'in_force',
    });
    const tooLong = await secretariat.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      documentId: procedure.documentId,
      reason: 'Cập nhật theo văn bản mới',
      legalBasis: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body.error.details)).toContain('legalBasis');
    const requested = await secretariat.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      documentId: procedure.documentId,
      reason: 'Bổ sung tiếp nhận hồ sơ qua Bộ phận Một cửa',
      legalBasis: LEGAL_BASIS,
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(201);
    const revision = requested.body.versionId as string;
    expect((await secretariat.get(`/api/v1/document-versions/${revision}`)).body.legalBasis).toBe(
      LEGAL_BASIS,
    );
    await db
      .update(documentVersions)
      .set({ state: 'superseded', endDate: '2017-06-15' })
      .where(eq(documentVersions.id, procedure.versionId));
    await db
      .update(documentVersions)
      .set({
        state: 'in_force',
        issueDate: '2017-06-01',
        effectiveDate: '2017-06-15',
        decisionNo: '245/QĐ-X',
        content: documentContent.parse({ purpose: 'Thử', references: [{ text: LEGAL_BASIS }] }),
      })
      .where(eq(documentVersions.id, revision));
    await db
      .update(documents)
      .set({ currentVersionId: revision })
      .where(eq(documents.id, procedure.documentId));
    const history = await secretariat.get(`/api/v1/documents/${procedure.documentId}/history`);
    expect(history.body.rows.map((r: { legalBasis: string | null }) => r.legalBasis)).toEqual([
      null,
      LEGAL_BASIS,
    ]);

    // Vụ Một's catalogue of 2017 issued with one entry; Vụ Hai's still a draft.
    const catalogue = newId();
    await db.insert(recordsCatalogues).values([
      { id: catalogue, agencyId: f.agencyX, unitId: f.units.x1.id, year: 2017, state: 'issued' },
      { id: newId(), agencyId: f.agencyX, unitId: f.units.x2.id, year: 2017, state: 'draft' },
    ]);
    await db.insert(catalogueEntries).values({
      id: newId(),
      agencyId: f.agencyX,
      catalogueId: catalogue,
      position: 1,
      code: '01.X1',
      title: 'Hồ sơ giải quyết thủ tục cấp phép năm 2017',
      retentionYears: 10,
      ownerUnitId: f.units.x1.id,
    });

    // The 2017 round of seed2017 has its report approved.
    const [round] = await db
      .select({ id: internalAuditRounds.id })
      .from(internalAuditRounds)
      .innerJoin(internalAuditProgrammes, eq(internalAuditProgrammes.id, internalAuditRounds.programmeId))
      .where(and(eq(internalAuditProgrammes.agencyId, f.agencyX), eq(internalAuditProgrammes.year, 2017)));
    await db.insert(internalAuditReports).values({
      id: newId(),
      agencyId: f.agencyX,
      roundId: round.id,
      state: 'approved',
      summary: 'Hệ thống được duy trì; cần khắc phục ba điểm không phù hợp.',
      number: '12/BC-ĐGNB',
      approvedBy: f.xLeadership,
      approvedAt: new Date('2017-11-20T03:00:00Z'),
      createdBy: f.roleHolders.internal_auditor,
    });

    // The review of 26/12/2017 on the period of the first pack, concluded by its chair.
    const steering = '/api/v1/steering';
    const meeting = await secretariat.post(`${steering}/meetings`, {
      kind: 'regular',
      title: 'Họp Ban chỉ đạo ISO năm 2017',
      meetingDate: '2017-12-26',
      place: 'Phòng họp tầng 2',
      chairPersonId: f.xLeadership,
      agenda: 'Xem xét của lãnh đạo năm 2017',
      periodFrom: from,
      periodTo: to,
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    const id = meeting.body.id;
    let v = (
      await secretariat.post(`${steering}/meetings/${id}/invitations`, { version: meeting.body.version })
    ).body.version;
    v = (
      await secretariat.post(`${steering}/meetings/${id}/minutes`, { version: v, minutes: 'Biên bản họp.' })
    ).body.version;
    v = (
      await secretariat.post(`${steering}/meetings/${id}/conclusions`, {
        version: v,
        text: 'Hệ thống quản lý chất lượng được duy trì có hiệu lực.',
      })
    ).body.version;
    const leadership = await ctx.as('x.leadership_all');
    const signed = await leadership.post(`${steering}/meetings/${id}/sign`, {
      version: v,
      password: FIXTURE_PASSWORD,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const [{ code }] = await db
      .select({ code: documents.code })
      .from(documents)
      .where(eq(documents.id, procedure.documentId));
    // Another procedure, issued on 10/01/2018: in force today, not at the end of 2017.
    const later = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x1.id,
      personId: f.xSecretariat,
      state: 'in_force',
    });
    await db
      .update(documentVersions)
      .set({ issueDate: '2018-01-10', effectiveDate: '2018-01-10' })
      .where(eq(documentVersions.id, later.versionId));
    const [{ code: laterCode }] = await db
      .select({ code: documents.code })
      .from(documents)
      .where(eq(documents.id, later.documentId));
    return { ...procedure, code, later: laterCode };
  }

  it('is one ZIP whose index follows TT 26/2014 art. 36 and lists, per item, the papers it holds', async () => {
    const procedure = await seedInspection();
    const secretariat = await ctx.as('x.secretariat_all');
    const res = await secretariat.bytes(`${base}/evidence/2017.zip`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body);
    const index = (await zip.file('MUC-LUC.txt')!.async('string')).replace(/^\ufeff/, '');
    expect(index).toContain('Điều 36 Thông tư số 26/2014/TT-BKHCN');

    // Every file listed is in the ZIP, once, and every file of the ZIP but the index is listed.
    const items = index.split(/\r\n(?=\d+\. )/).slice(1);
    const filesOf = (item: string) => [...item.matchAll(/^ {3}- (.+)$/gm)].map((m) => m[1].trim());
    const listed = items.flatMap(filesOf);
    const inZip = Object.keys(zip.files).filter((n) => !zip.files[n].dir && !n.startsWith('MUC-LUC.'));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...inZip].sort());
    expect(Object.keys(zip.files).filter((n) => n.startsWith('MUC-LUC.'))).toEqual([
      'MUC-LUC.txt',
      'MUC-LUC.docx',
      'MUC-LUC.pdf',
    ]);

    // The items in the order of art. 36, each item's files in its own numbered folder.
    const titles = [
      'Phạm vi áp dụng HTQLCL',
      'Tài liệu của HTQLCL đang có hiệu lực',
      'Sự phù hợp với TCVN ISO 9001',
      'lập và lưu hồ sơ',
      'Xem xét của lãnh đạo',
      'Chương trình, kế hoạch và kết quả đánh giá nội bộ',
      'Sự không phù hợp và hành động khắc phục',
      'Việc xử lý phản ánh, kiến nghị',
      'Hoạt động cải tiến',
      'Sự tham gia của lãnh đạo',
      'người đứng đầu xác nhận hiệu lực',
      'Công bố HTQLCL phù hợp TCVN ISO 9001',
      'khi văn bản pháp luật thay đổi',
      'Việc công bố lại',
      'lựa chọn tổ chức tư vấn',
    ];
    expect(items).toHaveLength(titles.length);
    titles.forEach((title, i) => {
      expect(items[i].startsWith(`${i + 1}. `), items[i]).toBe(true);
      expect(items[i].split('\r\n')[0]).toContain(title);
      for (const file of filesOf(items[i]))
        expect(file.startsWith(`${String(i + 1).padStart(2, '0')}-`)).toBe(true);
    });
    const files = (n: number) => filesOf(items[n - 1]);
    expect(files(1)).toEqual(['01-pham-vi/quy-trinh-va-pham-vi-cong-bo.xlsx']);
    expect(files(2)).toContain('02-tai-lieu/danh-muc-tai-lieu-dang-hieu-luc.xlsx');
    expect(files(4)).toEqual(['04-ho-so/danh-muc-ho-so-X1-2017.pdf']);
    expect(items[3]).toContain('Danh mục hồ sơ năm 2017 chưa ban hành: Vụ Hai.');
    expect(files(5)).toEqual([
      '05-xem-xet-lanh-dao/thong-bao-ket-luan-2017-12-26.pdf',
      '05-xem-xet-lanh-dao/bao-cao-dau-vao-2017-12-26.pdf',
      '05-xem-xet-lanh-dao/bao-cao-nam-2017.docx',
      '05-xem-xet-lanh-dao/bao-cao-nam-2017.pdf',
    ]);
    expect(files(6)).toEqual([
      '06-danh-gia-noi-bo/chuong-trinh-danh-gia-noi-bo-2017.pdf',
      '06-danh-gia-noi-bo/bao-cao-danh-gia-noi-bo-dot-1-2017.pdf',
      '06-danh-gia-noi-bo/bao-cao-danh-gia-noi-bo-dot-1-2017.xlsx',
    ]);
    expect(files(7)).toEqual(['07-khac-phuc/so-theo-doi-su-khong-phu-hop-2017.xlsx']);
    expect(files(8)).toEqual(['08-phan-anh-kien-nghi/phan-anh-kien-nghi-2017.xlsx']);
    expect(files(12)).toEqual(['12-cong-bo/cong-bo-htqlcl.docx', '12-cong-bo/cong-bo-htqlcl.pdf']);
    expect(files(13)).toEqual(['13-cap-nhat/tai-lieu-ban-hanh-sua-doi-2017.xlsx']);
    expect(items[10]).toContain('do Người thử x.leadership_all xác nhận');
    expect(items[14]).toContain('Ghi chú: eiso không quản lý việc lựa chọn tổ chức tư vấn');

    // Procedures updated after a legal change: the revision with its legal basis, in the index and the list.
    const { code } = procedure;
    expect(items[12]).toContain(
      `${code} lần 02 (sửa đổi, hiệu lực 15/06/2017): căn cứ ${LEGAL_BASIS}; viện dẫn mới: ${LEGAL_BASIS}; lý do: Bổ sung tiếp nhận hồ sơ qua Bộ phận Một cửa`,
    );
    const revisions = await readFirstSheet(
      Buffer.from(await zip.file('13-cap-nhat/tai-lieu-ban-hanh-sua-doi-2017.xlsx')!.async('uint8array')),
      12,
    );
    const row = revisions!.rows.find((r) => r.cells[1] === code && r.cells[4] === '02')!;
    expect(row.cells.slice(5, 10)).toEqual([
      'Sửa đổi',
      '15/06/2017',
      '245/QĐ-X',
      'Bổ sung tiếp nhận hồ sơ qua Bộ phận Một cửa',
      LEGAL_BASIS,
    ]);
    // Its first issue (01/01/2017) is there too, as new, without a legal basis.
    expect(revisions!.rows.find((r) => r.cells[1] === code && r.cells[4] === '01')!.cells[5]).toBe(
      'Ban hành mới',
    );

    // The procedure in force is its own PDF, as its page exports it.
    expect(files(2)).toContain(`02-tai-lieu/${code}_lan-2.pdf`);
    // What was in force on 31/12/2017, not today: the procedure first in force in 2018 is not there.
    expect(files(2).some((f) => f.startsWith(`02-tai-lieu/${procedure.later}_`))).toBe(false);
    const inForce = await readFirstSheet(
      Buffer.from(await zip.file('02-tai-lieu/danh-muc-tai-lieu-dang-hieu-luc.xlsx')!.async('uint8array')),
      6,
    );
    expect(inForce!.rows.some((r) => r.cells.includes('Tại ngày 31/12/2017'))).toBe(true);
    expect(inForce!.rows.find((r) => r.cells[1] === code)!.cells.slice(4, 6)).toEqual(['02', '15/06/2017']);
    expect(inForce!.rows.some((r) => r.cells[1] === procedure.later)).toBe(false);
    const pdf = Buffer.from(await zip.file(`02-tai-lieu/${code}_lan-2.pdf`)!.async('uint8array'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(folded(await pdfText(pdf))).toContain(code);

    // The complaints register holds the feedback of 2017 only.
    const feedback = await readFirstSheet(
      Buffer.from(await zip.file('08-phan-anh-kien-nghi/phan-anh-kien-nghi-2017.xlsx')!.async('uint8array')),
      12,
    );
    const titlesOf = feedback!.rows.slice(1).map((r) => r.cells[5].split('\n')[0]);
    expect(titlesOf.sort()).toEqual(['Phản ánh 2017-04-03', 'Phản ánh 2017-09-12']);

    // The index as a paper (DOCX) and the declaration's paper say what they claim.
    const paper = folded(
      (await docxParts(Buffer.from(await zip.file('MUC-LUC.docx')!.async('uint8array')))).text,
    );
    expect(paper).toContain('DANH MỤC');
    expect(paper).toContain('Hồ sơ phục vụ kiểm tra việc áp dụng hệ thống quản lý chất lượng năm 2017');
    expect(paper).toContain('13-cap-nhat/tai-lieu-ban-hanh-sua-doi-2017.xlsx');
    expect(paper).toContain(`căn cứ ${LEGAL_BASIS}`);
    const declaration = folded(
      (await docxParts(Buffer.from(await zip.file('12-cong-bo/cong-bo-htqlcl.docx')!.async('uint8array'))))
        .text,
    );
    expect(declaration).toContain('CÔNG BỐ');
  });

  it('is given to the readers of the reports only; anyone else, of this agency or another, gets 404', async () => {
    // Leadership reads it; a year without a programme or review says why those items are empty.
    const leadership = await ctx.as('x.leadership_all');
    const read = await leadership.bytes(`${base}/evidence/2016.zip`);
    expect(read.status).toBe(200);
    const index = await (await JSZip.loadAsync(read.body)).file('MUC-LUC.txt')!.async('string');
    expect(index).toContain('Ghi chú: Chưa có chương trình đánh giá nội bộ năm 2016.');
    expect(index).toContain('Ghi chú: Chưa ghi nhận cuộc họp xem xét của lãnh đạo trong năm.');
    expect(index).toContain(
      'Ghi chú: Không có tài liệu nào được ban hành, sửa đổi hoặc thu hồi trong năm 2016.',
    );
    for (const username of ['x.unit_staff', 'x.unit_secretariat', 'x.admin', 'y.admin', 'y.staff']) {
      const other = await ctx.as(username);
      expect((await other.bytes(`${base}/evidence/2017.zip`)).status, username).toBe(404);
    }
  });
});
