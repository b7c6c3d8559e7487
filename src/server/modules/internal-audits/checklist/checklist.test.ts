import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../testing/test-app.ts';
import { seedProcedure } from '../../cases/cases.fixture.ts';
import { seedAudit, setRoundState } from '../audit-seed.testing.ts';

const ctx = setupTestApp();
const base = '/api/v1/internal-audits';

async function procedure() {
  const f = ctx.fixture;
  return seedProcedure(ctx.database.db, {
    agencyId: f.agencyX,
    unitId: f.units.x2.id,
    personId: f.x2Staff,
  });
}

describe('internal audit: checklists', () => {
  it('is generated from the procedure in force: one item per step naming who, time limit and output; records; clause questions', async () => {
    const p = await procedure();
    const ids = await seedAudit(ctx.database.db, ctx.fixture, {
      procedureIds: [p.documentId],
      clauses: ['7.5', '8.5'],
    });
    const auditor = await ctx.as('x.unit_internal_auditor');
    const res = await auditor.post(`${base}/round-audits/${ids.auditId}/checklist/generate`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.items as Array<{
      source: string;
      sourceRef: string;
      question: string;
      clause: string;
    }>;
    const steps = items.filter((i) => i.source === 'step');
    expect(steps.map((s) => s.sourceRef)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    expect(steps[0].question).toContain('Tiếp nhận hồ sơ');
    expect(steps[0].question).toContain('Người thực hiện: Chuyên viên');
    expect(steps[0].question).toContain('thời hạn: 0,5 ngày làm việc');
    expect(steps[0].question).toContain('kết quả đầu ra: Phiếu tiếp nhận');
    expect(steps[3].question).toContain('Người thực hiện: Lãnh đạo đơn vị');
    expect(steps[3].question).toContain('thời hạn: 3 ngày làm việc');
    expect(steps[3].question).toContain('kết quả đầu ra: Quyết định');
    expect(steps[4].question).toContain('thời hạn: trong ngày');
    const records = items.filter((i) => i.source === 'record');
    expect(records).toHaveLength(1);
    expect(records[0].question).toContain('Hồ sơ giải quyết công việc');
    expect(records[0].question).toContain('10 năm');
    // The bank was seeded for the agency; only the questions of 7.5 and 8.5 are asked.
    const questions = items.filter((i) => i.source === 'question');
    expect(questions.map((q) => q.clause).sort()).toEqual(['7.5', '8.5']);
    expect(res.body.can).toEqual({ edit: true, answer: false });

    // Generating again is refused unless asked to replace.
    const again = await auditor.post(`${base}/round-audits/${ids.auditId}/checklist/generate`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('internal_audit.checklist_exists');
  });

  it('the auditors edit it before the audit and answer it during it; nobody else does', async () => {
    const p = await procedure();
    const ids = await seedAudit(ctx.database.db, ctx.fixture, {
      procedureIds: [p.documentId],
      clauses: ['9.2'],
    });
    const auditor = await ctx.as('x.unit_internal_auditor');
    const url = `${base}/round-audits/${ids.auditId}/checklist`;
    await auditor.post(`${url}/generate`, {});
    const added = await auditor.post(`${url}/items`, {
      clause: '7.1.5',
      question: 'Thiết bị có được kiểm định không?',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const items = added.body.items as Array<{
      id: string;
      version: number;
      source: string;
      question: string;
    }>;
    const manual = items.find((i) => i.source === 'manual');
    expect(manual?.question).toBe('Thiết bị có được kiểm định không?');

    // Bad input names the field and changes nothing.
    const bad = await auditor.post(`${url}/items`, { clause: 'bảy', question: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'clause',
      'question',
    ]);
    expect((await auditor.get(url)).body.items).toHaveLength(items.length);

    const edited = await auditor.patch(`${url}/items/${items[0].id}`, {
      version: items[0].version,
      question: 'Câu hỏi đã sửa',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const reversed = [...edited.body.items].reverse().map((i: { id: string }) => i.id);
    const reordered = await auditor.put(`${url}/order`, { ids: reversed });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((i: { id: string }) => i.id)).toEqual(reversed);
    const partial = await auditor.put(`${url}/order`, { ids: reversed.slice(1) });
    expect(partial.status).toBe(400);
    expect(partial.body.error.details[0].path).toBe('ids');
    const removed = await auditor.delete(`${url}/items/${manual?.id}?version=${manual?.version}`);
    expect(removed.status).toBe(200);

    // Others: the unit's head reads it but does not edit it; another agency sees nothing.
    const head = await ctx.as('x.unit_unit_head');
    expect((await head.get(url)).status).toBe(404); // X1's head: not the audited unit
    const secretariat = await ctx.as('x.secretariat_all');
    expect((await secretariat.get(url)).status).toBe(200);
    expect((await secretariat.post(`${url}/items`, { question: 'x' })).status).toBe(403);
    const foreign = await ctx.as('y.admin');
    expect((await foreign.get(url)).status).toBe(404);

    // Not answered before the audit; answered during it; no more edits then.
    const first = (await auditor.get(url)).body.items[0];
    const early = await auditor.post(`${url}/items/${first.id}/answer`, {
      version: first.version,
      answer: 'conform',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('internal_audit.checklist_locked');
    await setRoundState(ctx.database.db, ids, 'in_progress', 'in_progress');
    const answered = await auditor.post(`${url}/items/${first.id}/answer`, {
      version: first.version,
      answer: 'nonconform',
      note: 'Hai hồ sơ tiếp nhận không có phiếu tiếp nhận.',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body.items[0]).toMatchObject({
      answer: 'nonconform',
      answeredBy: { name: expect.any(String) },
    });
    const stale = await auditor.post(`${url}/items/${first.id}/answer`, {
      version: first.version,
      answer: 'conform',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    expect((await auditor.post(`${url}/items`, { question: 'Muộn' })).status).toBe(409);
  });

  it('the question bank: the secretariat edits it, auditors read it', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const list = await secretariat.get(`${base}/questions`);
    expect(list.status).toBe(200);
    const clauses = new Set(list.body.items.map((q: { clause: string }) => q.clause.split('.')[0]));
    expect([...clauses].sort()).toEqual(['10', '4', '5', '6', '7', '8', '9']);
    const created = await secretariat.post(`${base}/questions`, {
      clause: '7.1.6',
      question: 'Tri thức của tổ chức được duy trì thế nào?',
    });
    expect(created.status).toBe(201);
    const retired = await secretariat.patch(`${base}/questions/${created.body.id}`, {
      version: created.body.version,
      active: false,
    });
    expect(retired.body.active).toBe(false);
    // A standard question read before any change keeps its id once the bank is stored.
    const standard = list.body.items[0];
    const edited = await secretariat.patch(`${base}/questions/${standard.id}`, {
      version: standard.version,
      question: `${standard.question} (sửa)`,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await secretariat.get(`${base}/questions`)).body.items[0].question).toBe(
      `${standard.question} (sửa)`,
    );
    const auditor = await ctx.as('x.unit_internal_auditor');
    expect((await auditor.get(`${base}/questions`)).status).toBe(200);
    expect((await auditor.post(`${base}/questions`, { clause: '4.1', question: 'x' })).status).toBe(403);
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.get(`${base}/questions`)).status).toBe(403);
  });
});
