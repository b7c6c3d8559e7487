import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../platform/time.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { multipartFile } from '../../../testing/xlsx-upload.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { recordFileItems } from '../../records/records.table.ts';
import { seedProcedure, supersede } from '../cases.fixture.ts';
import { workCases } from '../cases.table.ts';

const ctx = setupTestApp();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const procedure = () =>
  seedProcedure(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units.x1.id,
    personId: ctx.fixture.roleHolders.iso_officer,
  });

async function start(client: Client, documentId: string, extra: object = {}) {
  const r = await client.post('/api/v1/cases', {
    procedureDocumentId: documentId,
    title: 'Hồ sơ thử',
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const act = async (client: Client, id: string, action: string, body: object) => {
  const { version } = (await client.get(`/api/v1/cases/${id}`)).body;
  return client.post(`/api/v1/cases/${id}/${action}`, { version, ...body });
};

const multipart = (fields: Record<string, string>, file: { name: string; content: Buffer }) =>
  multipartFile(file.name, file.content, fields);

describe('walking a case through its steps', () => {
  it('completes steps with outputs in the file, follows branches, returns, and closes at the last', async () => {
    const staff = await ctx.as('x.unit_staff');
    const p = await procedure();
    const started = await start(staff, p.documentId, {
      startDate: '2018-02-13',
      assigneeId: ctx.fixture.roleHolders.staff,
    });
    const id = started.id;
    expect(started.steps[0]).toMatchObject({ stepId: 'B1', dueDate: '2018-02-14', overdue: true });
    expect(started.abilities).toMatchObject({ complete: true, claim: false });

    // B1 done on 22/02, after Tết: 2 working days taken (14, 22), 1 late (22).
    const { payload, headers } = multipart(
      { version: String(started.version), output: 'Đã tiếp nhận', doneDate: '2018-02-22' },
      { name: 'Phiếu tiếp nhận.bin', content: pdf },
    );
    const b1 = await staff.post(`/api/v1/cases/${id}/complete`, payload, headers);
    expect(b1.status, JSON.stringify(b1.body)).toBe(200);
    const done = b1.body.steps[0];
    expect(done).toMatchObject({ state: 'done', doneDate: '2018-02-22', workingDays: 2, daysLate: 1 });
    expect(done.outputFileName).toBe('Phiếu tiếp nhận.pdf');
    const [item] = await ctx.database.db
      .select()
      .from(recordFileItems)
      .where(eq(recordFileItems.id, done.outputItemId));
    expect(item).toMatchObject({ fileId: started.fileId, kind: 'upload', mimeType: 'application/pdf' });
    expect(b1.body.steps[1]).toMatchObject({
      stepId: 'B2',
      startDate: '2018-02-22',
      dueDate: '2018-02-26',
      assigneeId: null,
      candidateUnitId: ctx.fixture.units.x1.id,
    });

    // B2 asks a question: it must be answered; a stale version changes nothing.
    const claimed = await act(staff, id, 'claim', {});
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    const noAnswer = await act(staff, id, 'complete', { output: 'Đã thẩm định', doneDate: '2018-02-26' });
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body.error.details[0].path).toBe('decision');
    const stale = await staff.post(`/api/v1/cases/${id}/complete`, {
      version: started.version,
      output: 'x',
      decision: 'yes',
    });
    expect(stale.status).toBe(409);
    const no = await act(staff, id, 'complete', {
      output: 'Thiếu giấy tờ',
      decision: 'no',
      doneDate: '2018-02-26',
    });
    expect(no.body.steps.map((s: { stepId: string }) => s.stepId)).toEqual(['B1', 'B2', 'B3']);
    expect(no.body.steps[1]).toMatchObject({ decision: 'no', daysLate: 0, workingDays: 2 });
    // A text-only output lands in the file too, as a link to the step, dated the day it was done.
    const items = await ctx.database.db
      .select()
      .from(recordFileItems)
      .where(eq(recordFileItems.fileId, started.fileId))
      .orderBy(recordFileItems.position);
    expect(items[1]).toMatchObject({
      kind: 'link',
      linkType: 'case_step',
      linkId: no.body.steps[1].id,
      title: 'B2. Thiếu giấy tờ',
      documentDate: '2018-02-26',
    });
    await act(staff, id, 'claim', {});
    const b3 = await act(staff, id, 'complete', { output: 'Đã yêu cầu bổ sung', doneDate: '2018-02-27' });
    expect(b3.body.steps[3]).toMatchObject({ stepId: 'B4', startDate: '2018-02-27', dueDate: '2018-03-02' });

    // The head returns B4 to B2 with a reason: B2 starts again today, for who did it before.
    const head = await ctx.as('x.unit_unit_head');
    const noReason = await act(head, id, 'return', { toStepId: 'B2', reason: '' });
    expect(noReason.status).toBe(400);
    const notThrough = await act(head, id, 'return', { toStepId: 'B5', reason: 'Sai' });
    expect(notThrough.body.error.details[0].path).toBe('toStepId');
    const returned = await act(head, id, 'return', { toStepId: 'B2', reason: 'Thẩm định lại' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.steps[3]).toMatchObject({
      stepId: 'B4',
      state: 'returned',
      returnReason: 'Thẩm định lại',
    });
    expect(returned.body.steps[4]).toMatchObject({
      stepId: 'B2',
      state: 'active',
      startDate: todayInVietnam(),
      assigneeId: ctx.fixture.roleHolders.staff,
      overdue: false,
    });
    expect(returned.body.returnTargets.map((t: { stepId: string }) => t.stepId)).toEqual(['B1', 'B2', 'B3']);

    const yes = await act(staff, id, 'complete', {
      output: 'Đạt',
      decision: 'yes',
      nextAssigneeId: ctx.fixture.roleHolders.unit_head,
    });
    expect(yes.body.steps[5]).toMatchObject({ stepId: 'B4', assigneeId: ctx.fixture.roleHolders.unit_head });
    const b4 = await act(head, id, 'complete', {
      output: 'Đã ký',
      nextAssigneeId: ctx.fixture.roleHolders.staff,
    });
    expect(b4.body.steps[6]).toMatchObject({ stepId: 'B5', durationDays: 0 });
    expect(b4.body.state).toBe('open');
    const closed = await act(staff, id, 'complete', { output: 'Đã lưu' });
    expect(closed.body).toMatchObject({ state: 'closed', closedDate: todayInVietnam(), overdue: false });
    // The case keeps the working days it took, start to closing, by the agency's calendar
    // (the returned pass included): what the measures average per case.
    const [kept] = await ctx.database.db
      .select({ workingDays: workCases.workingDays })
      .from(workCases)
      .where(eq(workCases.id, id));
    const calendar = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      '2018-02-13',
      todayInVietnam(),
    );
    expect(kept.workingDays).toBe(calendar.countWorkingDays('2018-02-13', todayInVietnam()));
    expect(kept.workingDays).toBeGreaterThan(100);
    expect(closed.body.abilities).toEqual({
      claim: false,
      complete: false,
      returnStep: false,
      reassign: false,
      cancel: false,
    });
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${id}`);
    const actions = trail.body.items.map((e: { action: string }) => e.action);
    for (const a of ['start', 'complete_step', 'claim_step', 'return_step', 'close'])
      expect(actions).toContain(a);
  });

  it('refuses a completion without output, or dated before the step started', async () => {
    const staff = await ctx.as('x.unit_staff');
    const p = await procedure();
    const c = await start(staff, p.documentId, {
      startDate: '2018-03-05',
      assigneeId: ctx.fixture.roleHolders.staff,
    });
    const empty = await act(staff, c.id, 'complete', {});
    expect(empty.body.error.details[0].path).toBe('output');
    const early = await act(staff, c.id, 'complete', { output: 'x', doneDate: '2018-03-02' });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].path).toBe('doneDate');
    const renamed = multipart(
      { version: String(c.version) },
      { name: 'a.pdf', content: Buffer.from('MZ không') },
    );
    const bad = await staff.post(`/api/v1/cases/${c.id}/complete`, renamed.payload, renamed.headers);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('file');
    expect((await staff.get(`/api/v1/cases/${c.id}`)).body.steps).toHaveLength(1);
  });

  it('reassigns by the unit head or the assignee handing over, audited; others may not', async () => {
    const staff = await ctx.as('x.unit_staff');
    const p = await procedure();
    const c = await start(staff, p.documentId, { assigneeId: ctx.fixture.roleHolders.staff });
    const auditor = await ctx.as('x.unit_internal_auditor');
    const unseen = { version: c.version, assigneeId: ctx.fixture.x2Staff };
    expect((await auditor.post(`/api/v1/cases/${c.id}/reassign`, unseen)).status).toBe(404);
    ctx.mails.length = 0;
    const handed = await act(staff, c.id, 'reassign', { assigneeId: ctx.fixture.x1aStaff });
    expect(handed.status).toBe(200);
    expect(ctx.mails.map((m) => m.to)).toEqual(['x1a.staff@example.test']);
    // The former assignee started the case, so still sees it, but no longer holds the step.
    const seen = await staff.get(`/api/v1/cases/${c.id}`);
    expect(seen.body.abilities).toMatchObject({ complete: false, reassign: false });
    expect((await act(staff, c.id, 'reassign', { assigneeId: ctx.fixture.roleHolders.staff })).status).toBe(
      403,
    );
    const officer = await ctx.as('x.unit_iso_officer');
    expect((await act(officer, c.id, 'reassign', { assigneeId: ctx.fixture.x2Staff })).status).toBe(200);
    const byOfficer = await officer.get(`/api/v1/cases/${c.id}`);
    expect(byOfficer.body.steps[0].assigneeId).toBe(ctx.fixture.x2Staff);
    const foreign = await act(officer, c.id, 'reassign', { assigneeId: ctx.fixture.yStaff });
    expect(foreign.body.error.details[0].path).toBe('assigneeId');
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${c.id}`);
    expect(trail.body.items.filter((e: { action: string }) => e.action === 'reassign_step')).toHaveLength(2);
    // The X2 person now sees the case they were given.
    expect((await (await ctx.as('x2.staff')).get(`/api/v1/cases/${c.id}`)).status).toBe(200);
  });

  it('keeps the version it started with after a newer one comes into force', async () => {
    const staff = await ctx.as('x.unit_staff');
    const p = await procedure();
    const c = await start(staff, p.documentId, { assigneeId: ctx.fixture.roleHolders.staff });
    await supersede(
      ctx.database.db,
      { ...p, agencyId: ctx.fixture.agencyX, unitId: ctx.fixture.units.x1.id, personId: ctx.fixture.xAdmin },
      [{ id: 'B1', action: 'Bước mới duy nhất', who: 'Chuyên viên', durationDays: 1, output: '' }],
    );
    const next = await act(staff, c.id, 'complete', { output: 'Xong' });
    expect(next.body.procedureVersionId).toBe(p.versionId);
    expect(next.body.steps[1]).toMatchObject({ stepId: 'B2', action: 'Thẩm định hồ sơ' });
    const newer = await start(staff, p.documentId);
    expect(newer.procedureVersionId).not.toBe(p.versionId);
    expect(newer.steps[0].action).toBe('Bước mới duy nhất');
  });

  it('lists cases by what the actor may see, with the overdue filter; the head cancels', async () => {
    const staff = await ctx.as('x.unit_staff');
    const p = await procedure();
    const late = await start(staff, p.documentId, { startDate: '2018-01-02' });
    const fresh = await start(await ctx.as('x.unit_iso_officer'), p.documentId, {
      assigneeId: ctx.fixture.roleHolders.staff,
    });
    const overdue = await staff.get(`/api/v1/cases?overdue=true&procedureDocumentId=${p.documentId}`);
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toEqual([late.id]);
    expect(overdue.body.items[0].overdue).toBe(true);
    // Staff take part in the officer's case: its first step is given to them.
    const all = await staff.get(`/api/v1/cases?procedureDocumentId=${p.documentId}`);
    expect(all.body.total).toBe(2);
    const other = await (await ctx.as('x2.staff')).get(`/api/v1/cases?procedureDocumentId=${p.documentId}`);
    expect(other.body.total).toBe(0);
    expect((await (await ctx.as('x2.staff')).get(`/api/v1/cases/${fresh.id}`)).status).toBe(404);
    expect((await (await ctx.as('y.staff')).get(`/api/v1/cases/${fresh.id}`)).status).toBe(404);
    const secretariat = await ctx.as('x.secretariat_all');
    expect((await secretariat.get(`/api/v1/cases?procedureDocumentId=${p.documentId}`)).body.total).toBe(2);

    expect((await act(staff, fresh.id, 'cancel', { reason: 'Trùng' })).status).toBe(403);
    const head = await ctx.as('x.unit_unit_head');
    const cancelled = await act(head, fresh.id, 'cancel', { reason: 'Trùng hồ sơ' });
    expect(cancelled.body.state).toBe('cancelled');
    expect(cancelled.body.steps[0].state).toBe('returned');
    const open = await staff.get(`/api/v1/cases?state=open&procedureDocumentId=${p.documentId}`);
    expect(open.body.items.map((c: { id: string }) => c.id)).toEqual([late.id]);
  });
});
