import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../testing/test-app.ts';
import { recordFiles } from '../../records/records.table.ts';
import { seedEntries, seedProcedure } from '../cases.fixture.ts';
import { caseSteps, workCases } from '../cases.table.ts';
import { parseRetention } from '../steps/plan.ts';

const ctx = setupTestApp();
const db = () => ctx.database.db;
const x1 = () => ctx.fixture.units.x1.id;
const procedureInX1 = (
  o: { retention?: string; steps?: Parameters<typeof seedProcedure>[1]['steps'] } = {},
) =>
  seedProcedure(db(), {
    agencyId: ctx.fixture.agencyX,
    unitId: x1(),
    personId: ctx.fixture.roleHolders.iso_officer,
    ...o,
  });
const counts = async () => {
  const [c] = await db().select({ n: sql<number>`count(*)::int` }).from(workCases);
  const [f] = await db().select({ n: sql<number>`count(*)::int` }).from(recordFiles);
  const [s] = await db().select({ n: sql<number>`count(*)::int` }).from(caseSteps);
  return { cases: c.n, files: f.n, steps: s.n };
};

describe('starting a case', () => {
  it('opens its file in the one catalogue entry of the procedure, in the same transaction', async () => {
    const staff = await ctx.as('x.unit_staff');
    const procedure = await procedureInX1();
    const [entryId] = await seedEntries(db(), {
      agencyId: ctx.fixture.agencyX,
      unitId: x1(),
      year: 2018,
      documentId: procedure.documentId,
      count: 1,
      // The entry names its usual keeper; the file goes to whoever starts the work.
      ownerPersonId: ctx.fixture.roleHolders.iso_officer,
    });
    const started = await staff.post('/api/v1/cases', {
      procedureDocumentId: procedure.documentId,
      title: 'Cấp phép cho Công ty A',
      startDate: '2018-03-05',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({
      code: '2018-000001',
      state: 'open',
      unitId: x1(),
      procedureVersionId: procedure.versionId,
      fileOpenedAtStart: true,
      startDate: '2018-03-05',
    });
    const [file] = await db().select().from(recordFiles).where(eq(recordFiles.id, started.body.fileId));
    expect(file).toMatchObject({
      catalogueEntryId: entryId,
      unitId: x1(),
      startDate: '2018-03-05',
      year: 2018,
      ownerPersonId: ctx.fixture.roleHolders.staff,
    });
    expect(started.body.fileCode).toBe(file.fileCode);
    // B1 takes half a day: a whole working day, Monday → Tuesday; the starter, who may
    // perform it (a person of the case's unit), holds it without claiming.
    expect(started.body.steps).toMatchObject([
      { stepId: 'B1', state: 'active', durationDays: 1, startDate: '2018-03-05', dueDate: '2018-03-06' },
    ]);
    expect(started.body.steps[0]).toMatchObject({
      assigneeId: ctx.fixture.roleHolders.staff,
      candidateUnitId: null,
    });
    expect(started.body.abilities).toMatchObject({ claim: false, complete: true });
    const second = await staff.post('/api/v1/cases', {
      procedureDocumentId: procedure.documentId,
      title: 'Cấp phép cho Công ty B',
      startDate: '2018-03-06',
    });
    expect(second.body.code).toBe('2018-000002');
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${started.body.id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toContain('start');
  });

  it('asks which entry when there are several, and creates nothing until one is named', async () => {
    const staff = await ctx.as('x.unit_staff');
    const procedure = await procedureInX1();
    const ids = await seedEntries(db(), {
      agencyId: ctx.fixture.agencyX,
      unitId: x1(),
      year: 2018,
      documentId: procedure.documentId,
      count: 2,
    });
    const options = await staff.get(
      `/api/v1/cases/start-options?procedureDocumentId=${procedure.documentId}&startDate=2018-04-02`,
    );
    expect(options.status).toBe(200);
    expect(options.body.catalogueEntries.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(options.body.people.length).toBeGreaterThan(3);
    const before = await counts();
    const body = { procedureDocumentId: procedure.documentId, title: 'Hồ sơ A', startDate: '2018-04-02' };
    const unnamed = await staff.post('/api/v1/cases', body);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.details[0].path).toBe('catalogueEntryId');
    expect(unnamed.body.error.message).toContain('Hồ sơ mục');
    const wrong = await staff.post('/api/v1/cases', {
      ...body,
      catalogueEntryId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('catalogueEntryId');
    expect(await counts()).toEqual(before);
    const named = await staff.post('/api/v1/cases', { ...body, catalogueEntryId: ids[1] });
    expect(named.status).toBe(201);
    const [file] = await db().select().from(recordFiles).where(eq(recordFiles.id, named.body.fileId));
    expect(file.catalogueEntryId).toBe(ids[1]);
  });

  it('rolls back the opened file when a later part of the start fails', async () => {
    const staff = await ctx.as('x.unit_staff');
    const procedure = await procedureInX1();
    const before = await counts();
    const response = await staff.post('/api/v1/cases', {
      procedureDocumentId: procedure.documentId,
      title: 'Hồ sơ B',
      assigneeId: ctx.fixture.targets.foreign,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('assigneeId');
    expect(await counts()).toEqual(before);
  });

  it('opens the file ad hoc, not in the catalogue, with the record’s name and retention', async () => {
    const staff = await ctx.as('x.unit_staff');
    const tenYears = await procedureInX1({ retention: '10 năm' });
    const started = await staff.post('/api/v1/cases', {
      procedureDocumentId: tenYears.documentId,
      title: 'Hồ sơ C',
      startDate: '2018-05-02',
    });
    expect(started.status).toBe(201);
    const [file] = await db().select().from(recordFiles).where(eq(recordFiles.id, started.body.fileId));
    expect(file).toMatchObject({
      catalogueEntryId: null,
      title: 'Hồ sơ giải quyết công việc',
      retentionYears: 10,
    });
    const permanent = await procedureInX1({ retention: 'Vĩnh viễn' });
    const again = await staff.post('/api/v1/cases', {
      procedureDocumentId: permanent.documentId,
      title: 'D',
    });
    const [file2] = await db().select().from(recordFiles).where(eq(recordFiles.id, again.body.fileId));
    expect(file2.retentionYears).toBeNull();
    expect(again.body.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parseRetention('Đến khi thay thế')).toBeUndefined();
  });

  it('counts due dates in working days across Tết and a swapped working Saturday', async () => {
    const staff = await ctx.as('x.unit_staff');
    const threeDays = await procedureInX1({
      steps: [{ id: 'B1', action: 'Xử lý', who: 'Chuyên viên', durationDays: 3, output: '' }],
    });
    // Tết 2018: 15–21/02 are days off; three working days after Wed 14/02 are 22, 23 and 26/02.
    const tet = await staff.post('/api/v1/cases', {
      procedureDocumentId: threeDays.documentId,
      title: 'Qua Tết',
      startDate: '2018-02-14',
    });
    expect(tet.body.steps[0].dueDate).toBe('2018-02-26');
    const admin = await ctx.as('x.admin');
    const swap = await admin.put('/api/v1/calendar/days/2018-06-09', {
      kind: 'working_day',
      nameVi: 'Làm bù',
    });
    expect(swap.status, JSON.stringify(swap.body)).toBe(200);
    // Fri 08/06 + 3 working days: Sat 09/06 (swapped), Mon 11, Tue 12.
    const swapped = await staff.post('/api/v1/cases', {
      procedureDocumentId: threeDays.documentId,
      title: 'Qua ngày làm bù',
      startDate: '2018-06-08',
    });
    expect(swapped.body.steps[0].dueDate).toBe('2018-06-12');
    const zero = await procedureInX1({
      steps: [{ id: 'B1', action: 'Ký', who: 'Lãnh đạo', durationDays: 0, output: '' }],
    });
    const sameDay = await staff.post('/api/v1/cases', {
      procedureDocumentId: zero.documentId,
      title: 'Trong ngày',
      startDate: '2018-02-14',
    });
    expect(sameDay.body.steps[0]).toMatchObject({ durationDays: 0, dueDate: '2018-02-14' });
  });

  it('mails the assignee, or every person of the unit who may claim the step', async () => {
    const staff = await ctx.as('x.unit_staff');
    const procedure = await procedureInX1();
    ctx.mails.length = 0;
    await staff.post('/api/v1/cases', {
      procedureDocumentId: procedure.documentId,
      title: 'Giao cho chuyên viên 1A',
      assigneeId: ctx.fixture.x1aStaff,
    });
    expect(ctx.mails.map((m) => m.to)).toEqual(['x1a.staff@example.test']);
    expect(ctx.mails[0].subject).toContain('Bước công việc được giao');
    // The starter takes step one themselves: nobody is mailed.
    ctx.mails.length = 0;
    await staff.post('/api/v1/cases', { procedureDocumentId: procedure.documentId, title: 'Tự xử lý' });
    expect(ctx.mails).toEqual([]);
    // Started for a sub-unit by X1's head, who does not work there: its people may claim it.
    const x1a = await seedProcedure(db(), {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1a.id,
      personId: ctx.fixture.roleHolders.iso_officer,
    });
    await (await ctx.as('x.unit_unit_head')).post('/api/v1/cases', {
      procedureDocumentId: x1a.documentId,
      title: 'Chờ nhận',
      unitId: ctx.fixture.units.x1a.id,
    });
    expect(ctx.mails.map((m) => m.to)).toContain('x1a.staff@example.test');
    expect(ctx.mails.map((m) => m.to)).not.toContain('x.unit_unit_head@example.test');
  });

  it('refuses a procedure not in force, a unit the actor has no role in, and another agency’s unit', async () => {
    const staff = await ctx.as('x.unit_staff');
    const procedure = await procedureInX1();
    const draft = await staff.post('/api/v1/cases', {
      procedureDocumentId: ctx.fixture.units.x2.id,
      title: 'Sai',
    });
    expect(draft.status).toBe(400);
    expect(draft.body.error.details[0].path).toBe('procedureDocumentId');
    const body = { procedureDocumentId: procedure.documentId, title: 'Không được' };
    expect((await (await ctx.as('x2.staff')).post('/api/v1/cases', { ...body, unitId: x1() })).status).toBe(
      403,
    );
    expect((await (await ctx.as('x.unit_leadership')).post('/api/v1/cases', body)).status).toBe(403);
    expect((await staff.post('/api/v1/cases', { ...body, unitId: ctx.fixture.units.y1.id })).status).toBe(
      404,
    );
  });
});
