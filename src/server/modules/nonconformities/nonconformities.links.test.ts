import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { loadActor } from '../../platform/auth/actor-loader.ts';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { addDays, todayInVietnam } from '../../platform/time.ts';
import { tinyPdf } from '../../testing/documents-import-upload.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { multipartFile } from '../../testing/xlsx-upload.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { seedCase, seedEntries, seedProcedure } from '../cases/cases.fixture.ts';
import { docxParts } from '../documents/export/export.testing.ts';
import { catalogueEntries } from '../records/records.table.ts';
import { createFromAuditFinding, remindNonconformities } from './index.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/nonconformities';
const settingsUrl = '/api/v1/nonconformity-settings';
const today = todayInVietnam();
let n = 0;

async function record(client: Client, overrides: Record<string, unknown> = {}) {
  const created = await client.post(base, {
    source: 'self_detected',
    title: `Biên bản không được đưa vào hồ sơ ${++n}`,
    description: 'Biên bản họp chưa được đưa vào hồ sơ công việc.',
    requirement: `Yêu cầu liên kết ${n}: lập hồ sơ công việc`,
    clause: '7.5.3',
    unitId: ctx.fixture.units.x1.id,
    detectedOn: today,
    grade: 'minor',
    ...overrides,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; code: string; version: number; state: string; origin: unknown };
}
const fresh = async (client: Client, id: string) => (await client.get(`${base}/${id}`)).body;

/** A record in progress with one action owned by the unit's staff member. */
async function inProgress(grade: 'minor' | 'major' = 'minor') {
  const officer = await ctx.as('x.unit_iso_officer');
  const head = await ctx.as('x.unit_unit_head');
  const nc = await record(officer, { grade });
  const analysed = await officer.post(`${base}/${nc.id}/analysis`, {
    version: nc.version,
    whys: ['Không có hướng dẫn'],
    causeCategories: ['method'],
    decision: 'corrective_action',
  });
  expect(analysed.status, JSON.stringify(analysed.body)).toBe(200);
  const planned = await officer.post(`${base}/${nc.id}/actions`, {
    version: analysed.body.version,
    kind: 'corrective',
    description: 'Ghi mã hồ sơ vào mẫu biên bản',
    ownerUnitId: ctx.fixture.units.x1.id,
    ownerPersonId: ctx.fixture.roleHolders.staff,
    dueInWorkingDays: 5,
  });
  expect(planned.status, JSON.stringify(planned.body)).toBe(200);
  const approved = await head.post(`${base}/${nc.id}/transitions`, {
    action: 'approve_plan',
    version: planned.body.version,
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return approved.body as {
    id: string;
    code: string;
    version: number;
    actions: Array<{ id: string; version: number }>;
  };
}

const upload = (
  client: Client,
  id: string,
  actionId: string,
  name = 'Biên bản họp.pdf',
  content = tinyPdf('biên bản'),
) => {
  const { payload, headers } = multipartFile(name, content);
  return client.post(`${base}/${id}/actions/${actionId}/evidence`, payload, headers);
};

const eventsOf = async (id: string, action: string) =>
  (
    await ctx.database.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'nonconformity'),
          eq(auditEvents.entityId, id),
          eq(auditEvents.action, action),
        ),
      )
  ).length;

describe('nonconformities: evidence files land in the unit’s records file', () => {
  it('files the evidence outside the catalogue when it has no entry for corrective action, and says so', async () => {
    const staff = await ctx.as('x.unit_staff');
    const nc = await inProgress();
    const action = nc.actions[0];
    const first = await upload(staff, nc.id, action.id);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const [file] = first.body.actions[0].files;
    expect(file).toMatchObject({
      fileName: 'Biên bản họp.pdf',
      mimeType: 'application/pdf',
      recordFile: { inCatalogue: false, fileCode: expect.stringMatching(/\.PS\d\d$/) },
    });
    // A second file goes to the same records file.
    const second = await upload(staff, nc.id, action.id, 'Mẫu biên bản.pdf', tinyPdf('mẫu mới'));
    expect(second.status).toBe(201);
    expect(second.body.actions[0].files[1].recordFile.id).toBe(file.recordFile.id);

    // The records file holds both documents; its note says why it was opened.
    const officer = await ctx.as('x.unit_iso_officer');
    const recordFile = await officer.get(`/api/v1/record-files/${file.recordFile.id}`);
    expect(recordFile.status, JSON.stringify(recordFile.body)).toBe(200);
    expect(recordFile.body.items.map((i: { fileName: string }) => i.fileName)).toEqual([
      'Biên bản họp.pdf',
      'Mẫu biên bản.pdf',
    ]);
    expect(recordFile.body.notes).toContain(nc.code);

    // Downloadable by whoever reads the record; another unit's staff gets 404.
    const got = await officer.bytes(`${base}/${nc.id}/evidence/${file.id}`);
    expect(got.status).toBe(200);
    expect(got.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await (await ctx.as('x2.staff')).get(`${base}/${nc.id}/evidence/${file.id}`)).status).toBe(404);
    expect(await eventsOf(nc.id, 'add_evidence')).toBe(2);

    // Completing the action keeps the files with it.
    const done = await staff.post(`${base}/${nc.id}/actions/${action.id}/complete`, {
      version: action.version,
      evidence: 'Mẫu biên bản mới có ô mã hồ sơ.',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.actions[0].files).toHaveLength(2);
    // The phiếu names the files and the records file that keeps them.
    const { text } = await docxParts((await officer.bytes(`${base}/${nc.id}/form.docx`)).body);
    expect(text).toContain(`Biên bản họp.pdf (lưu tại hồ sơ ${file.recordFile.fileCode})`);
    // No more files once done; a file of the wrong kind is refused, naming the field.
    expect((await upload(staff, nc.id, action.id)).status).toBe(409);
  });

  it('files it in the year’s file under the catalogue’s entry for corrective action, opening it when needed', async () => {
    const { agencyX, units, roleHolders } = ctx.fixture;
    const procedure = await seedProcedure(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x1.id,
      personId: roleHolders.iso_officer,
    });
    const [entryId] = await seedEntries(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x1.id,
      year: Number(today.slice(0, 4)),
      documentId: procedure.documentId,
      count: 1,
    });
    await ctx.database.db
      .update(catalogueEntries)
      .set({
        title: `Hồ sơ đánh giá nội bộ, xử lý sự không phù hợp và hành động khắc phục năm ${today.slice(0, 4)}`,
      })
      .where(eq(catalogueEntries.id, entryId));
    const staff = await ctx.as('x.unit_staff');
    const a = await inProgress();
    const b = await inProgress('major');
    const bad = await upload(staff, a.id, a.actions[0].id, 'ghi-chu.txt', Buffer.from('chỉ là chữ'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('file');
    const first = await upload(staff, a.id, a.actions[0].id);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const filed = first.body.actions[0].files[0].recordFile;
    expect(filed).toMatchObject({ inCatalogue: true, title: expect.stringContaining('hành động khắc phục') });
    // Another record of the unit: the same year's file under that entry.
    const second = await upload(staff, b.id, b.actions[0].id);
    expect(second.body.actions[0].files[0].recordFile.id).toBe(filed.id);
  });
});

describe('nonconformities: sources keep the link to their origin', () => {
  it('records one from a work case the person may read, and the case lists it', async () => {
    const { agencyX, units, roleHolders } = ctx.fixture;
    const procedure = await seedProcedure(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x1.id,
      personId: roleHolders.iso_officer,
    });
    const workCase = await seedCase(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x1.id,
      startedBy: roleHolders.iso_officer,
      procedure,
      assigneeId: roleHolders.iso_officer,
    });
    const officer = await ctx.as('x.unit_iso_officer');
    const nc = await record(officer, {
      source: 'work_case',
      origin: { type: 'work_case', id: workCase.id, label: 'bất kỳ' },
    });
    expect(nc.origin).toMatchObject({
      type: 'work_case',
      id: workCase.id,
      label: expect.stringContaining(workCase.code),
    });
    const listed = await officer.get(`${base}?originId=${workCase.id}`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([nc.id]);

    // A case the person cannot see, or none: 400 on the origin's id, nothing recorded.
    const before = (await officer.get(base)).body.total;
    const x2Case = await seedCase(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x2.id,
      startedBy: ctx.fixture.x2Staff,
      procedure,
      assigneeId: ctx.fixture.x2Staff,
    });
    const hidden = await officer.post(base, {
      source: 'work_case',
      origin: { type: 'work_case', id: x2Case.id, label: 'x' },
      title: 'Trễ hạn',
      description: 'Trễ hạn',
      requirement: 'Thời hạn',
      unitId: units.x1.id,
      detectedOn: today,
      grade: 'minor',
    });
    expect(hidden.status).toBe(400);
    expect(hidden.body.error.details[0].path).toBe('origin.id');
    // An audit finding is linked by the audit module only.
    const finding = await officer.post(base, {
      source: 'internal_audit',
      origin: { type: 'audit_finding', id: workCase.id, label: 'x' },
      title: 'x',
      description: 'x',
      requirement: 'x',
      unitId: units.x1.id,
      detectedOn: today,
      grade: 'minor',
    });
    expect(finding.status).toBe(400);
    expect((await officer.get(base)).body.total).toBe(before);
  });

  it('keeps a directive’s or an inspection’s reference in words', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const directive = await record(officer, {
      source: 'steering_directive',
      origin: { type: 'directive', label: 'Kết luận cuộc họp Ban chỉ đạo ISO, mục 3' },
    });
    expect(directive.origin).toMatchObject({
      type: 'directive',
      id: null,
      label: 'Kết luận cuộc họp Ban chỉ đạo ISO, mục 3',
    });
    const inspection = await record(officer, {
      source: 'external_inspection',
      origin: { type: 'inspection', label: 'Kết luận kiểm tra số 12/KL-TTr' },
    });
    expect(inspection.origin).toMatchObject({ type: 'inspection', label: 'Kết luận kiểm tra số 12/KL-TTr' });
  });

  it('lets the internal-audit module record one from a finding, linked to it', async () => {
    const { agencyX, units, roleHolders } = ctx.fixture;
    const findingId = '0190a0a0-0000-7000-8000-000000000001';
    const roundId = '0190a0a0-0000-7000-8000-000000000002';
    const auditor = await ctx.as('x.unit_internal_auditor');
    const loaded = await loadActor(ctx.database.db, roleHolders.internal_auditor);
    const actor = { ...loaded, via: 'session' } as Actor;
    expect(actor.agencyId).toBe(agencyX);
    const id = await createFromAuditFinding(
      ctx.database.db,
      { actor, audit: { actor } },
      {
        findingId,
        roundId,
        findingLabel: 'ĐG-01/03',
        unitId: units.x1.id,
        grade: 'major',
        clause: '7.5.3',
        description: 'Hồ sơ không được lập khi bắt đầu công việc.',
      },
    );
    const nc = (await auditor.get(`${base}/${id}`)).body;
    expect(nc).toMatchObject({
      source: 'internal_audit',
      grade: 'major',
      clause: '7.5.3',
      origin: { type: 'audit_finding', id: findingId, roundId, label: 'Phát hiện ĐG-01/03' },
    });
    expect((await auditor.get(`${base}?originId=${findingId}`)).body.items).toHaveLength(1);
    // A finding naming no unit of the agency, or without its description: refused, nothing recorded.
    for (const bad of [{ unitId: ctx.fixture.units.y1.id }, { description: '' }])
      await expect(
        createFromAuditFinding(ctx.database.db, actor, {
          findingId,
          roundId,
          unitId: units.x1.id,
          grade: 'minor',
          description: 'Mô tả',
          ...bad,
        }),
      ).rejects.toMatchObject({ status: 400 });
    expect((await auditor.get(`${base}?originId=${findingId}`)).body.items).toHaveLength(1);
  });
});

describe('nonconformities: follow-up settings', () => {
  it('starts from the defaults; the secretariat changes them, checked and audited; verification waits accordingly', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const staff = await ctx.as('x.unit_staff');
    const defaults = await staff.get(settingsUrl);
    expect(defaults.body).toMatchObject({
      escalateAfterWorkingDays: 5,
      waitMajorWorkingDays: 20,
      waitMinorWorkingDays: 10,
      canEdit: false,
    });
    const body = { escalateAfterWorkingDays: 3, waitMajorWorkingDays: 15, waitMinorWorkingDays: 7 };
    expect((await staff.put(settingsUrl, { ...body, version: 0 })).status).toBe(403);
    const mixed = await secretariat.put(settingsUrl, { ...body, waitMajorWorkingDays: 5, version: 0 });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details[0].path).toBe('waitMajorWorkingDays');
    const zero = await secretariat.put(settingsUrl, { ...body, escalateAfterWorkingDays: 0, version: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.error.details[0].path).toBe('escalateAfterWorkingDays');
    const saved = await secretariat.put(settingsUrl, { ...body, version: 0 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ ...body, version: 1, canEdit: true });
    expect((await secretariat.put(settingsUrl, { ...body, version: 0 })).status).toBe(409);
    const [event] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'nonconformity_settings'), eq(auditEvents.action, 'update')));
    expect(event.changes).toMatchObject({ waitMinorWorkingDays: { from: 10, to: 7 } });

    const nc = await inProgress();
    const done = await staff.post(`${base}/${nc.id}/actions/${nc.actions[0].id}/complete`, {
      version: nc.actions[0].version,
      evidence: 'Đã làm.',
    });
    const calendar = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      today,
      `${Number(today.slice(0, 4)) + 1}-12-31`,
    );
    expect(done.body.verifiableFrom).toBe(calendar.addWorkingDays(today, 7));

    // Escalation after 3 working days overdue, not 5: the head hears of the action late by 3, not of the one late by 2.
    const wide = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      `${Number(today.slice(0, 4)) - 1}-01-01`,
      today,
    );
    const lateBy = (days: number) => {
      let day = today;
      while (wide.countWorkingDays(day, today) < days) day = addDays(day, -1);
      return day;
    };
    const three = await inProgress();
    const two = await inProgress();
    for (const [record, days] of [
      [three, 3],
      [two, 2],
    ] as const)
      await ctx.database.db
        .update(nonconformityActions)
        .set({ dueDate: lateBy(days) })
        .where(eq(nonconformityActions.id, record.actions[0].id));
    await remindNonconformities(ctx.database.db, today);
    const escalated = (
      await ctx.database.db
        .select({ subject: notifications.subjectId, key: notifications.dedupeKey })
        .from(notifications)
        .where(eq(notifications.recipientId, ctx.fixture.roleHolders.unit_head))
    ).filter((r) => r.key.includes(':escalated:'));
    expect(escalated.map((r) => r.subject)).toContain(three.id);
    expect(escalated.map((r) => r.subject)).not.toContain(two.id);
    // Back to the defaults for the other tests.
    await secretariat.put(settingsUrl, {
      escalateAfterWorkingDays: 5,
      waitMajorWorkingDays: 20,
      waitMinorWorkingDays: 10,
      version: 1,
    });
  });
});

describe('nonconformities: home figures', () => {
  it('counts open and overdue corrective actions for the secretariat and the unit head, not for staff', async () => {
    const nc = await inProgress();
    await ctx.database.db
      .update(nonconformityActions)
      .set({ dueDate: '2000-01-03' })
      .where(eq(nonconformityActions.id, nc.actions[0].id));
    const home = async (username: string) => (await (await ctx.as(username)).get('/api/v1/home')).body;
    const secretariat = await home('x.secretariat_all');
    expect(secretariat.correctiveActions.openActions).toBeGreaterThanOrEqual(1);
    expect(secretariat.correctiveActions.overdueActions).toBeGreaterThanOrEqual(1);
    const head = await home('x.unit_unit_head');
    expect(head.correctiveActions.overdueActions).toBeGreaterThanOrEqual(1);
    expect((await home('x.unit_staff')).correctiveActions).toBeNull();
    const reader = await ctx.as('x.secretariat_all');
    const overdue = await reader.get(`${base}?actions=overdue`);
    // The register's XLSX holds exactly what the filtered list shows.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reader.bytes(`${base}/register.xlsx?actions=overdue`)).body as never);
    expect(book.worksheets[0].rowCount - 1).toBe(overdue.body.total);
    expect(overdue.body.total).toBeLessThan((await reader.get(base)).body.total);
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toContain(nc.id);
  });
});

describe('nonconformities: each transition once from ten connections', () => {
  const expectOne = async (answers: Array<{ status: number; body: any }>, id: string, action: string) => {
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = answers.filter((r) => r.status !== 200);
    expect(refused.map((r) => r.status)).toEqual(Array(TOGETHER - 1).fill(409));
    for (const r of refused) {
      expect(r.body.error).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
    }
    expect(await eventsOf(id, action)).toBe(1);
  };

  it('completes an action once', async () => {
    const nc = await inProgress();
    const staff = await wide.as('x.unit_staff');
    const answers = await together(() =>
      staff.post(`${base}/${nc.id}/actions/${nc.actions[0].id}/complete`, {
        version: nc.actions[0].version,
        evidence: 'Đã làm.',
      }),
    );
    await expectOne(answers, nc.id, 'complete_action');
    expect(await eventsOf(nc.id, 'await_verification')).toBe(1);
  });

  const awaiting = async () => {
    const nc = await inProgress();
    const staff = await ctx.as('x.unit_staff');
    const done = await staff.post(`${base}/${nc.id}/actions/${nc.actions[0].id}/complete`, {
      version: nc.actions[0].version,
      evidence: 'Đã làm.',
    });
    expect(done.status).toBe(200);
    await ctx.database.db
      .update(nonconformities)
      .set({ verifiableFrom: today })
      .where(eq(nonconformities.id, nc.id));
    return (await fresh(staff, nc.id)) as { id: string; version: number };
  };

  it('verifies (and closes) once', async () => {
    const nc = await awaiting();
    const secretariat = await wide.as('x.secretariat_all');
    const answers = await together(() =>
      secretariat.post(`${base}/${nc.id}/transitions`, {
        action: 'verify',
        effective: true,
        version: nc.version,
      }),
    );
    await expectOne(answers, nc.id, 'verify');
    expect((await fresh(await ctx.as('x.secretariat_all'), nc.id)).state).toBe('closed');
  });

  it('finds it not effective once: back to analysed', async () => {
    const nc = await awaiting();
    const secretariat = await wide.as('x.secretariat_all');
    const answers = await together(() =>
      secretariat.post(`${base}/${nc.id}/transitions`, {
        action: 'verify',
        effective: false,
        note: 'Còn tái diễn.',
        version: nc.version,
      }),
    );
    await expectOne(answers, nc.id, 'verify');
    expect((await fresh(await ctx.as('x.secretariat_all'), nc.id)).state).toBe('analysed');
  });

  it('cancels once', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const nc = await record(officer);
    const head = await wide.as('x.unit_unit_head');
    const answers = await together(() =>
      head.post(`${base}/${nc.id}/transitions`, {
        action: 'cancel',
        reason: 'Trùng bản ghi khác',
        version: nc.version,
      }),
    );
    await expectOne(answers, nc.id, 'cancel');
  });
});
