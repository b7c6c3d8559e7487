import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { documentVersions } from '../documents/documents.table.ts';
import { docxParts, folded, pdfText } from '../documents/export/export.testing.ts';
import { completeRevisedDocuments } from './nonconformities.follow-up.ts';
import { remindNonconformities } from './nonconformities.notify.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/nonconformities';
const today = todayInVietnam();
let n = 0;

async function record(client: Client, overrides: Record<string, unknown> = {}) {
  const created = await client.post(base, {
    source: 'internal_audit',
    origin: { type: 'other', label: 'Đánh giá nội bộ ngày 07/11/2017' },
    title: `Hồ sơ không được lập khi bắt đầu công việc ${++n}`,
    description: 'Ba hồ sơ công việc của Vụ Một lập sau khi công việc đã kết thúc.',
    requirement: `Yêu cầu ${n}: lập hồ sơ ngay khi bắt đầu công việc (Nghị định 30/2020)`,
    clause: '7.5.3',
    unitId: ctx.fixture.units.x1.id,
    detectedOn: today,
    grade: 'minor',
    ...overrides,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; code: string; version: number; state: string };
}

const fresh = async (client: Client, id: string) => (await client.get(`${base}/${id}`)).body;
const analysis = {
  correction: { what: 'Lập bổ sung ba hồ sơ', byName: 'Nguyễn Văn A', on: today },
  whys: ['Chuyên viên không lập hồ sơ khi bắt đầu', 'Quy trình không nêu bước lập hồ sơ'],
  causeCategories: ['method', 'document'],
  extent: 'Kiểm tra thêm Vụ Hai: không có.',
  decision: 'corrective_action',
};

async function analysed(analyst: Client, id: string) {
  const { version } = await fresh(analyst, id);
  const res = await analyst.post(`${base}/${id}/analysis`, { version, ...analysis });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function withAction(analyst: Client, id: string, owner = ctx.fixture.roleHolders.staff) {
  const { version } = await fresh(analyst, id);
  const res = await analyst.post(`${base}/${id}/actions`, {
    version,
    kind: 'corrective',
    description: 'Bổ sung bước "lập hồ sơ" vào quy trình',
    ownerUnitId: ctx.fixture.units.x1.id,
    ownerPersonId: owner,
    dueInWorkingDays: 5,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const transition = async (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`${base}/${id}/transitions`, { version: (await fresh(client, id)).version, ...body });

describe('nonconformities: from record to verified effectiveness', () => {
  it('walks draft → analysed → in progress → awaiting verification → closed, each step by its role', async () => {
    const auditor = await ctx.as('x.unit_internal_auditor');
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const staff = await ctx.as('x.unit_staff');
    const secretariat = await ctx.as('x.secretariat_all');
    const nc = await record(auditor);
    expect(nc.code).toMatch(new RegExp(`^KPH-${today.slice(0, 4)}-\\d{3}$`));
    expect(nc.state).toBe('draft');

    // The plan cannot be approved before the analysis.
    expect((await transition(head, nc.id, { action: 'approve_plan' })).status).toBe(409);
    await analysed(officer, nc.id);
    const empty = await transition(head, nc.id, { action: 'approve_plan' });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('nonconformity.empty_plan');
    const planned = await withAction(officer, nc.id);
    expect(planned.actions[0]).toMatchObject({
      state: 'open',
      ownerName: expect.any(String),
      overdue: false,
    });
    expect(planned.actions[0].dueDate > today).toBe(true);
    const work = async (client: Client) => (await client.get('/api/v1/my-work/nonconformities')).body;
    expect((await work(head)).toApprove.map((n: { id: string }) => n.id)).toContain(nc.id);
    expect((await work(officer)).toApprove.map((n: { id: string }) => n.id)).not.toContain(nc.id);
    // Only the unit head approves; the action cannot be completed before.
    expect((await transition(officer, nc.id, { action: 'approve_plan' })).status).toBe(403);
    const action = planned.actions[0];
    const early = await staff.post(`${base}/${nc.id}/actions/${action.id}/complete`, {
      version: action.version,
      evidence: 'x',
    });
    expect(early.status).toBe(409);
    const approved = await transition(head, nc.id, { action: 'approve_plan' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'in_progress', planApprovedByName: expect.any(String) });

    expect((await work(staff)).actions.map((a: { actionId: string }) => a.actionId)).toContain(action.id);
    // The owner sees the record (and only as owner), completes the action with evidence.
    const asOwner = await staff.get(`${base}/${nc.id}`);
    expect(asOwner.status).toBe(200);
    expect(asOwner.body.actions[0].canComplete).toBe(true);
    const done = await staff.post(`${base}/${nc.id}/actions/${action.id}/complete`, {
      version: action.version,
      evidence: 'Quy trình QT-01 lần ban hành 2 đã có bước lập hồ sơ.',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.state).toBe('awaiting_verification');
    expect(done.body.verifiableFrom > today).toBe(true);

    // Verification waits for the grade's period, and is not the implementer's to give.
    const tooEarly = await transition(secretariat, nc.id, { action: 'verify', effective: true });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.code).toBe('nonconformity.too_early');
    // …and the record page offers no "verify" before then (it says from which day).
    expect((await fresh(secretariat, nc.id)).abilities.verify).toBe(false);
    await ctx.database.db
      .update(nonconformities)
      .set({ verifiableFrom: today })
      .where(eq(nonconformities.id, nc.id));
    expect((await work(secretariat)).toVerify.map((n: { id: string }) => n.id)).toContain(nc.id);
    expect((await fresh(secretariat, nc.id)).abilities.verify).toBe(true);
    expect((await work(staff)).toVerify).toEqual([]);
    const closed = await transition(secretariat, nc.id, {
      action: 'verify',
      effective: true,
      note: 'Không tái diễn.',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      verification: { effective: true, note: 'Không tái diễn.' },
    });
    // Closed is final: no cancel, no second verification.
    expect((await transition(secretariat, nc.id, { action: 'cancel', reason: 'x' })).status).toBe(409);
    expect((await transition(secretariat, nc.id, { action: 'verify', effective: true })).status).toBe(409);

    // The phiếu, in Word and PDF: the record, the cause, the action with its evidence, the verification.
    const { text } = await docxParts((await secretariat.bytes(`${base}/${nc.id}/form.docx`)).body);
    const pdf = await secretariat.bytes(`${base}/${nc.id}/form.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pdfBody = folded(await pdfText(pdf.body));
    for (const part of [
      'PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC',
      nc.code,
      'Tại sao 2: Quy trình không nêu bước lập hồ sơ',
      'Lập bổ sung ba hồ sơ',
      'Quy trình QT-01 lần ban hành 2 đã có bước lập hồ sơ.',
      'Có hiệu quả: Không tái diễn.',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]) {
      expect(text).toContain(part);
      expect(pdfBody).toContain(part);
    }

    const events = await ctx.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'nonconformity'), eq(auditEvents.entityId, nc.id)));
    expect(events.map((e) => e.action)).toEqual([
      'create',
      'analyse',
      'add_action',
      'approve_plan',
      'complete_action',
      'await_verification',
      'verify',
    ]);
  });

  it('keeps duties apart: the analyst does not approve the plan, an implementer does not verify', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const auditor = await ctx.as('x.unit_internal_auditor');
    const nc = await record(auditor);
    await analysed(head, nc.id);
    await withAction(head, nc.id, ctx.fixture.roleHolders.internal_auditor);
    const own = await transition(head, nc.id, { action: 'approve_plan' });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('nonconformity.self_approval');
    expect((await fresh(head, nc.id)).abilities).toMatchObject({
      approvePlan: false,
      blocked: { approvePlan: { vi: expect.stringContaining('phân tách nhiệm vụ') } },
    });
    // Another analysis by the ISO officer: the head may approve now.
    await analysed(await ctx.as('x.unit_iso_officer'), nc.id);
    expect((await transition(head, nc.id, { action: 'approve_plan' })).status).toBe(200);
    const { actions } = await fresh(auditor, nc.id);
    await auditor.post(`${base}/${nc.id}/actions/${actions[0].id}/complete`, {
      version: actions[0].version,
      evidence: 'Đã làm.',
    });
    await ctx.database.db
      .update(nonconformities)
      .set({ verifiableFrom: today })
      .where(eq(nonconformities.id, nc.id));
    const self = await transition(auditor, nc.id, { action: 'verify', effective: true });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('nonconformity.self_approval');
    // Not effective: back to analysis for a new plan.
    const secretariat = await ctx.as('x.secretariat_all');
    const again = await transition(secretariat, nc.id, {
      action: 'verify',
      effective: false,
      note: 'Còn tái diễn.',
    });
    expect(again.body).toMatchObject({ state: 'analysed', verification: { effective: false } });
  });

  it('opens a change request for "revise a document" and completes the action when the revision is in force', async () => {
    const auditor = await ctx.as('x.unit_internal_auditor');
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const procedure = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      state: 'in_force',
    });
    const nc = await record(auditor, { procedureDocumentId: procedure.documentId });
    await analysed(officer, nc.id);
    const plan = {
      kind: 'revise_document',
      description: 'Bổ sung bước lập hồ sơ vào quy trình',
      ownerUnitId: ctx.fixture.units.x1.id,
      ownerPersonId: ctx.fixture.roleHolders.iso_officer,
      dueInWorkingDays: 15,
    };
    const noDocument = await officer.post(`${base}/${nc.id}/actions`, {
      ...plan,
      version: (await fresh(officer, nc.id)).version,
    });
    expect(noDocument.status).toBe(400);
    expect(noDocument.body.error.details[0].path).toBe('documentId');
    const added = await officer.post(`${base}/${nc.id}/actions`, {
      ...plan,
      documentId: procedure.documentId,
      version: (await fresh(officer, nc.id)).version,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect((await transition(head, nc.id, { action: 'approve_plan' })).status).toBe(200);
    const [action] = await ctx.database.db
      .select()
      .from(nonconformityActions)
      .where(eq(nonconformityActions.nonconformityId, nc.id));
    expect(action.changeVersionId).not.toBeNull();
    const [draft] = await ctx.database.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.id, action.changeVersionId as string));
    expect(draft).toMatchObject({ documentId: procedure.documentId, changeKind: 'revise', state: 'draft' });
    expect(draft.changeReason).toContain(nc.code);
    // Done by the revision, not by hand; nothing to do while the draft is not in force.
    const byHand = await officer.post(`${base}/${nc.id}/actions/${action.id}/complete`, {
      version: action.version,
      evidence: 'Đã sửa',
    });
    expect(byHand.status).toBe(409);
    expect(byHand.body.error.code).toBe('nonconformity.action_by_revision');
    expect(await completeRevisedDocuments(ctx.database.db, today)).toMatchObject({ completed: 0 });
    await ctx.database.db
      .update(documentVersions)
      .set({ state: 'in_force', effectiveDate: today, issueNo: 2 })
      .where(eq(documentVersions.id, draft.id));
    expect(await completeRevisedDocuments(ctx.database.db, today)).toMatchObject({ completed: 1 });
    expect(await completeRevisedDocuments(ctx.database.db, today)).toMatchObject({ completed: 0 });
    const after = await fresh(officer, nc.id);
    expect(after.state).toBe('awaiting_verification');
    expect(after.actions[0]).toMatchObject({
      state: 'done',
      evidence: expect.stringContaining('lần ban hành 2'),
    });
  });

  it('tells the head of a plan to approve, the owner of the action, due and overdue, the head when late, the secretariat to verify', async () => {
    const auditor = await ctx.as('x.unit_internal_auditor');
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const nc = await record(auditor);
    const kindsOf = async (personId: string) =>
      (
        await ctx.database.db
          .select({ kind: notifications.kind, key: notifications.dedupeKey })
          .from(notifications)
          .where(and(eq(notifications.recipientId, personId), eq(notifications.subjectId, nc.id)))
      ).map((n) => n.kind);
    await analysed(officer, nc.id);
    expect(await kindsOf(ctx.fixture.roleHolders.unit_head)).toEqual(['nonconformities.plan_to_approve']);
    await withAction(officer, nc.id);
    await transition(head, nc.id, { action: 'approve_plan' });
    const owner = ctx.fixture.roleHolders.staff;
    expect(await kindsOf(owner)).toEqual(['nonconformities.action_assigned']);
    // Long overdue: the owner once, and the head (escalation) once, however often the job runs.
    await ctx.database.db
      .update(nonconformityActions)
      .set({ dueDate: '2020-01-06' })
      .where(eq(nonconformityActions.nonconformityId, nc.id));
    await remindNonconformities(ctx.database.db, today);
    await remindNonconformities(ctx.database.db, today);
    expect((await kindsOf(owner)).sort()).toEqual([
      'nonconformities.action_assigned',
      'nonconformities.action_due',
    ]);
    expect((await kindsOf(ctx.fixture.roleHolders.unit_head)).sort()).toEqual([
      'nonconformities.action_due',
      'nonconformities.plan_to_approve',
    ]);
    // Waiting period over: the secretariat is asked to verify.
    await ctx.database.db
      .update(nonconformities)
      .set({ state: 'awaiting_verification', verifiableFrom: today })
      .where(eq(nonconformities.id, nc.id));
    await remindNonconformities(ctx.database.db, today);
    expect(await kindsOf(ctx.fixture.xSecretariat)).toEqual(['nonconformities.to_verify']);
    expect(await kindsOf(owner)).not.toContain('nonconformities.to_verify');
  });

  it('links a recurrence to the earlier record and reopens its verification', async () => {
    const auditor = await ctx.as('x.unit_internal_auditor');
    const secretariat = await ctx.as('x.secretariat_all');
    const requirement = 'Hồ sơ phải được lập khi bắt đầu công việc';
    const first = await record(auditor, { requirement });
    await ctx.database.db
      .update(nonconformities)
      .set({ state: 'closed', closedOn: today, effective: true })
      .where(eq(nonconformities.id, first.id));
    const second = await record(auditor, { requirement: `  ${requirement.toUpperCase()} ` });
    const view = await fresh(secretariat, second.id);
    expect(view.recurrenceOfId).toBe(first.id);
    expect(view.recurrenceOf).toEqual({ id: first.id, code: first.code });
    const earlier = await fresh(secretariat, first.id);
    expect(earlier).toMatchObject({ state: 'awaiting_verification', verification: null });
    expect(earlier.recurrences).toEqual([{ id: second.id, code: second.code }]);
    // Another unit's same requirement is not a recurrence.
    const elsewhere = await record(secretariat, { requirement, unitId: ctx.fixture.units.x2.id });
    expect((await fresh(secretariat, elsewhere.id)).recurrenceOfId).toBeNull();
  });

  it('shows a unit its own, the secretariat all, other units and agencies nothing', async () => {
    const auditor = await ctx.as('x.unit_internal_auditor');
    const nc = await record(auditor);
    expect((await (await ctx.as('x2.staff')).get(`${base}/${nc.id}`)).status).toBe(404);
    expect((await (await ctx.as('y.staff')).get(`${base}/${nc.id}`)).status).toBe(404);
    expect((await (await ctx.as('y.admin')).get(`${base}/${nc.id}`)).status).toBe(404);
    const otherList = await (await ctx.as('x2.staff')).get(base);
    expect(otherList.body.items.map((i: { id: string }) => i.id)).not.toContain(nc.id);
    expect(otherList.body.canCreate).toBe(false);
    const headList = await (await ctx.as('x.unit_unit_head')).get(`${base}?state=draft`);
    expect(headList.body.items.map((i: { id: string }) => i.id)).toContain(nc.id);
    const all = await (await ctx.as('x.secretariat_all')).get(`${base}?unitId=${ctx.fixture.units.x1.id}`);
    expect(all.body.items.map((i: { id: string }) => i.id)).toContain(nc.id);
    // Staff of the unit who neither detected it nor own an action: not theirs to read.
    expect((await (await ctx.as('x.unit_staff')).get(`${base}/${nc.id}`)).status).toBe(404);
    // Staff may not record one.
    const refused = await (await ctx.as('x.unit_staff')).post(base, {
      source: 'self_detected',
      title: 't',
      description: 'd',
      requirement: 'r',
      unitId: ctx.fixture.units.x1.id,
      detectedOn: today,
      grade: 'minor',
    });
    expect(refused.status).toBe(403);
  });

  it('answers bad input with the field named and changes nothing', async () => {
    const auditor = await ctx.as('x.unit_internal_auditor');
    const count = async () =>
      (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(nonconformities))[0].n;
    const before = await count();
    const bad = await auditor.post(base, {
      source: 'rumour',
      title: '',
      description: 'd',
      requirement: 'r',
      unitId: ctx.fixture.units.x1.id,
      detectedOn: '2017-13-01',
      grade: 'huge',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'detectedOn',
      'grade',
      'source',
      'title',
    ]);
    const future = await auditor.post(base, {
      source: 'self_detected',
      title: 't',
      description: 'd',
      requirement: 'r',
      unitId: ctx.fixture.units.x1.id,
      detectedOn: '2999-01-01',
      grade: 'minor',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('detectedOn');
    const unknownUnit = await auditor.post(base, {
      source: 'self_detected',
      title: 't',
      description: 'd',
      requirement: 'r',
      unitId: ctx.fixture.units.y1.id,
      detectedOn: today,
      grade: 'minor',
    });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.error.details[0].path).toBe('unitId');
    const nc = await record(auditor);
    const officer = await ctx.as('x.unit_iso_officer');
    const noWhy = await officer.post(`${base}/${nc.id}/analysis`, {
      ...analysis,
      whys: [],
      version: nc.version,
    });
    expect(noWhy.status).toBe(400);
    expect(noWhy.body.error.details[0].path).toBe('whys');
    const cancelled = await transition(officer, nc.id, { action: 'cancel' });
    expect(cancelled.status).toBe(403);
    const noReason = await transition(await ctx.as('x.secretariat_all'), nc.id, { action: 'cancel' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('reason');
    expect(await count()).toBe(before + 1);
  });

  it('hands out ten numbers to ten records made at once, and approves a plan once from ten connections', async () => {
    const auditor = await wide.as('x.unit_internal_auditor');
    const made = await together((i) =>
      auditor.post(base, {
        source: 'feedback',
        title: `Phản ánh ${i}`,
        description: 'Người dân phản ánh chậm trả kết quả.',
        requirement: `Thời hạn giải quyết ${i}`,
        unitId: ctx.fixture.units.x1.id,
        detectedOn: today,
        grade: 'minor',
      }),
    );
    expect(made.map((r) => r.status)).toEqual(Array(TOGETHER).fill(201));
    expect(new Set(made.map((r) => r.body.code)).size).toBe(TOGETHER);

    const officer = await ctx.as('x.unit_iso_officer');
    const nc = made[0].body;
    await analysed(officer, nc.id);
    await withAction(officer, nc.id);
    const head = await wide.as('x.unit_unit_head');
    const { version } = (await head.get(`${base}/${nc.id}`)).body;
    const answers = await together(() =>
      head.post(`${base}/${nc.id}/transitions`, { action: 'approve_plan', version }),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
  });

  it('measures a hand-made set figure by figure', async () => {
    const x2 = ctx.fixture.units.x2.id;
    const person = ctx.fixture.x2Staff;
    const seq = 9000;
    const make = async (
      name: string,
      values: {
        detectedOn: string;
        state: string;
        closedOn?: string;
        clause?: string | null;
        source?: string;
        recurrenceOfId?: string;
      },
      actions: Array<{ dueDate: string; doneOn: string }> = [],
    ) => {
      const id = newId();
      const n = seq + name.charCodeAt(0);
      await ctx.database.db.insert(nonconformities).values({
        id,
        agencyId: ctx.fixture.agencyX,
        year: 1999,
        seq: n,
        code: `KPH-1999-${n}`,
        source: values.source ?? 'internal_audit',
        title: name,
        description: name,
        requirement: `Yêu cầu ${name}`,
        clause: values.clause === undefined ? '8.5.1' : values.clause,
        unitId: x2,
        detectedBy: person,
        detectedOn: values.detectedOn,
        grade: 'minor',
        state: values.state,
        closedOn: values.closedOn ?? null,
        recurrenceOfId: values.recurrenceOfId ?? null,
        createdBy: person,
      });
      for (const a of actions)
        await ctx.database.db.insert(nonconformityActions).values({
          id: newId(),
          agencyId: ctx.fixture.agencyX,
          nonconformityId: id,
          kind: 'corrective',
          description: 'Hành động',
          ownerUnitId: x2,
          ownerPersonId: person,
          state: 'done',
          ...a,
          createdBy: person,
        });
      return id;
    };
    const a = await make('A', { detectedOn: '2020-02-03', state: 'closed', closedOn: '2020-03-02' }, [
      { dueDate: '2020-02-25', doneOn: '2020-02-20' },
    ]);
    await make('B', { detectedOn: '2020-05-04', state: 'closed', closedOn: '2020-06-01' }, [
      { dueDate: '2020-05-20', doneOn: '2020-05-29' },
    ]);
    await make('C', { detectedOn: '2020-11-02', state: 'in_progress', clause: '7.5.3' });
    await make('D', {
      detectedOn: '2020-12-15',
      state: 'draft',
      clause: null,
      source: 'feedback',
      recurrenceOfId: a,
    });
    await make('E', { detectedOn: '2019-06-03', state: 'analysed' });
    await make('F', { detectedOn: '2020-04-01', state: 'cancelled' });
    const secretariat = await ctx.as('x.secretariat_all');
    const res = await secretariat.get(`${base}/measures?from=2020-01-01&to=2020-12-31&unitId=${x2}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = {
      opened: 4,
      closed: 2,
      closedOnTime: 1,
      onTimeRate: 50,
      // 03/02 → 02/03/2020 and 04/05 → 01/06/2020: 20 working days each.
      avgWorkingDaysToClose: 20,
      open: 3,
      openByAge: { upTo30: 1, upTo90: 1, over90: 1 },
      recurrences: 1,
    };
    expect(res.body.total).toEqual(expected);
    expect(res.body.units).toEqual([{ unitId: x2, unitName: ctx.fixture.units.x2.name, ...expected }]);
    expect(res.body.bySource).toEqual([
      { source: 'internal_audit', opened: 3 },
      { source: 'feedback', opened: 1 },
    ]);
    expect(res.body.byClause).toEqual([
      { clause: '8.5.1', opened: 2 },
      { clause: '7.5.3', opened: 1 },
    ]);
    // The register holds the same records, and staff of another unit see none of them in it.
    const xlsx = await secretariat.bytes(`${base}/register.xlsx?unitId=${x2}`);
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as never);
    const codes = book.worksheets[0].getColumn(1).values.slice(2) as string[];
    expect(codes.filter((c) => c.startsWith('KPH-1999-'))).toHaveLength(6);
    const bad = await secretariat.get(`${base}/measures?from=2020-12-31&to=2020-01-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('from');
  });
});
