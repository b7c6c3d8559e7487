import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { PackView } from '../../../../contract/steering-reports.ts';
import { newId } from '../../../db/ids.ts';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../../testing/wide-app.ts';
import { documentVersions } from '../../documents/documents.table.ts';
import { docxParts, folded, pdfText } from '../../documents/export/export.testing.ts';
import { seedAudit } from '../../internal-audits/audit-seed.testing.ts';
import { internalAuditFindings } from '../../internal-audits/finding.table.ts';
import { auditResultsInPeriod } from '../../internal-audits/index.ts';
import { objectives } from '../../objectives/objectives.table.ts';
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
  it('is one ZIP whose index follows TT 26/2014 art. 36 and lists only files it contains', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const res = await secretariat.bytes(`${base}/evidence/2017.zip`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(res.body);
    const index = (await zip.file('MUC-LUC.txt')!.async('string')).replace(/^\ufeff/, '');
    expect(index).toContain('Điều 36 Thông tư số 26/2014/TT-BKHCN');
    const listed = [...index.matchAll(/^ {3}- (.+)$/gm)].map((m) => m[1].trim());
    const inZip = Object.keys(zip.files).filter((n) => !zip.files[n].dir && n !== 'MUC-LUC.txt');
    expect(listed.sort()).toEqual(inZip.sort());
    for (const heading of [
      'Phạm vi áp dụng HTQLCL',
      'Tài liệu của hệ thống đang có hiệu lực',
      'Danh mục hồ sơ năm 2017',
      'Chương trình, kết quả đánh giá nội bộ',
      'Xem xét của lãnh đạo',
      'Sự không phù hợp, hành động khắc phục',
      'Công bố HTQLCL phù hợp TCVN ISO 9001',
      'Cập nhật tài liệu, quy trình khi văn bản pháp luật thay đổi',
    ])
      expect(index).toContain(heading);
    // The audit of 2017 and the year's report and the signed declaration are inside.
    const audits = await zip.file('04-danh-gia-noi-bo/ket-qua-danh-gia.csv')!.async('string');
    expect(audits).toContain('1/2017');
    expect(audits).toContain('07/11/2017');
    expect(inZip).toContain('05-xem-xet-lanh-dao/bao-cao-nam.docx');
    expect(inZip).toContain('07-cong-bo/cong-bo.docx');
    const nc = await zip.file('06-khong-phu-hop/theo-nguon.csv')!.async('string');
    expect(nc).toContain('feedback,2');
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.bytes(`${base}/evidence/2017.zip`)).status).toBe(404);
  });
});
