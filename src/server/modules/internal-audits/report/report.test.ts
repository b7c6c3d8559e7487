import { writeFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { docxParts, folded, pdfText } from '../../documents/export/export.testing.ts';
import { seedAudit } from '../audit-seed.testing.ts';
import { internalAuditFindings } from '../finding.table.ts';

const ctx = setupTestApp();
const base = '/api/v1/internal-audits';

const findings = [
  {
    kind: 'minor',
    clause: '7.5.3',
    description: 'Danh mục hồ sơ năm chưa được ban hành.',
    evidence: 'Không có quyết định ban hành danh mục hồ sơ năm 2018.',
  },
  {
    kind: 'major',
    clause: '8.5.1',
    description: 'Mười hai hồ sơ giải quyết quá hạn không được xin lỗi.',
    evidence: 'Sổ theo dõi tháng 9, 10.',
  },
  { kind: 'conformity', clause: '7.5', description: 'Tài liệu tại nơi làm việc là phiên bản hiện hành.' },
  { kind: 'observation', clause: '9.1', description: 'Nên tổng hợp ý kiến người dân hằng quý.' },
  { kind: 'conformity', clause: '8.2', description: 'Niêm yết đầy đủ thủ tục hành chính.' },
];

describe('internal audit: the round’s report and closing the round', () => {
  it('recounts the figures, is approved with the e-approval, comes out as DOCX/PDF/XLSX, and the round closes only when nothing is open', async () => {
    const ids = await seedAudit(ctx.database.db, ctx.fixture, {
      roundState: 'reporting',
      auditState: 'done',
    });
    const lead = await ctx.as('x.unit_internal_auditor');
    const made: Array<{ id: string; version: number; kind: string }> = [];
    for (const f of findings) {
      const res = await lead.post(`${base}/round-audits/${ids.auditId}/findings`, f);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      made.push(res.body);
    }
    const round = async () => (await lead.get(`${base}/rounds/${ids.roundId}`)).body;
    const close = async () =>
      lead.post(`${base}/rounds/${ids.roundId}/transitions`, {
        action: 'close',
        version: (await round()).version,
      });

    // Not closable: no approved report, two nonconformities open — named.
    const early = await close();
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('internal_audit.round_not_closable');
    expect(early.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'report',
      'findings',
      'findings',
    ]);
    expect(early.body.error.message).toContain('Phát hiện số 1');
    expect(early.body.error.message).toContain('Phát hiện số 2');
    expect(early.body.error.message).not.toContain('Phát hiện số 3');

    // The report's figures are a recount of the findings.
    const view = await lead.get(`${base}/rounds/${ids.roundId}/report`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    const rows = await ctx.database.db
      .select({ kind: internalAuditFindings.kind, n: sql<number>`count(*)::int` })
      .from(internalAuditFindings)
      .where(
        and(
          eq(internalAuditFindings.agencyId, ctx.fixture.agencyX),
          eq(internalAuditFindings.roundId, ids.roundId),
        ),
      )
      .groupBy(internalAuditFindings.kind);
    const recount = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(view.body.counts).toEqual({
      conformity: recount.conformity ?? 0,
      major: recount.major ?? 0,
      minor: recount.minor ?? 0,
      observation: recount.observation ?? 0,
      improvement: recount.improvement ?? 0,
      total: rows.reduce((a, r) => a + r.n, 0),
    });
    expect(view.body.counts).toEqual({
      conformity: 2,
      major: 1,
      minor: 1,
      observation: 1,
      improvement: 0,
      total: 5,
    });
    expect(view.body.units[0].counts).toEqual(view.body.counts);

    // Drafted by the lead, submitted; not approved by the lead; leadership approves with the password.
    const saved = await lead.put(`${base}/rounds/${ids.roundId}/report`, {
      version: 0,
      number: '15',
      summary: 'Hệ thống quản lý chất lượng được duy trì phù hợp; cần khắc phục hai điểm không phù hợp.',
      strengths: 'Lãnh đạo đơn vị quan tâm chỉ đạo.\nTài liệu được kiểm soát tốt.',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const stale = await lead.put(`${base}/rounds/${ids.roundId}/report`, { version: 0, summary: 'x' });
    expect(stale.status).toBe(409);
    const submitted = await lead.post(`${base}/rounds/${ids.roundId}/report/transitions`, {
      action: 'submit',
      version: saved.body.version,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.state).toBe('submitted');
    // Submitted: the findings are what leadership reads; no new one.
    const late = await lead.post(`${base}/round-audits/${ids.auditId}/findings`, findings[3]);
    expect(late.status).toBe(409);
    expect(
      (
        await lead.post(`${base}/rounds/${ids.roundId}/report/transitions`, {
          action: 'approve',
          version: submitted.body.version,
          password: FIXTURE_PASSWORD,
        })
      ).status,
    ).toBe(403);
    const leader = await ctx.as('x.leadership_all');
    const noPassword = await leader.post(`${base}/rounds/${ids.roundId}/report/transitions`, {
      action: 'approve',
      version: submitted.body.version,
    });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error.details[0].path).toBe('password');
    const wrong = await leader.post(`${base}/rounds/${ids.roundId}/report/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: 'sai',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('password');
    const approved = await leader.post(`${base}/rounds/${ids.roundId}/report/transitions`, {
      action: 'approve',
      version: submitted.body.version,
      password: FIXTURE_PASSWORD,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: { name: expect.any(String) } });

    // The papers carry the counts.
    const pdf = await lead.bytes(`${base}/rounds/${ids.roundId}/report.pdf`);
    expect(pdf.status).toBe(200);
    writeFileSync('/tmp/aw-report.pdf', pdf.body);
    const text = folded(await pdfText(pdf.body));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Số: 15/BC-ĐGNB');
    expect(text).toContain(
      'Tổng số phát hiện: 5, gồm 2 điểm phù hợp, 1 điểm không phù hợp nặng, 1 điểm không phù hợp nhẹ, 1 khuyến nghị và 0 cơ hội cải tiến',
    );
    expect(text).toContain('Nơi nhận');
    expect(text).toContain('TRƯỞNG ĐOÀN ĐÁNH GIÁ');
    const docx = await lead.bytes(`${base}/rounds/${ids.roundId}/report.docx`);
    const { text: word } = await docxParts(docx.body);
    expect(folded(word)).toContain(
      'Tổng số phát hiện: 5, gồm 2 điểm phù hợp, 1 điểm không phù hợp nặng, 1 điểm không phù hợp nhẹ',
    );
    expect(folded(word)).toContain('Danh mục hồ sơ năm chưa được ban hành.');
    const xlsx = await lead.bytes(`${base}/rounds/${ids.roundId}/report.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');

    // Approved, but two nonconformities still open: refused, naming them; handed over: closes.
    const stillOpen = await close();
    expect(stillOpen.status).toBe(409);
    expect(stillOpen.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'findings',
      'findings',
    ]);
    for (const f of made.filter((m) => m.kind === 'minor' || m.kind === 'major')) {
      const res = await lead.post(`${base}/findings/${f.id}/hand-over`, { version: f.version });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const closed = await close();
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.state).toBe('closed');
  });
});
