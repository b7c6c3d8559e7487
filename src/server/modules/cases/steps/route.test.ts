import { describe, expect, it } from 'vitest';
import type { ProcedureStep } from '../../../../contract/documents.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { seedProcedure } from '../cases.fixture.ts';

const ctx = setupTestApp();

const myWork = async (client: Client) =>
  ((await client.get('/api/v1/my-work/case-steps')).body.items as { caseId: string; action: string }[]).map(
    (i) => `${i.caseId} ${i.action}`,
  );
const act = async (client: Client, id: string, action: string, body: object = {}) => {
  const { version } = (await ctx.as('x.secretariat_all').then((s) => s.get(`/api/v1/cases/${id}`))).body;
  return client.post(`/api/v1/cases/${id}/${action}`, { version, ...body });
};

/** A procedure of Vụ Một whose middle steps Vụ Hai performs: structured with a role, then named in words. */
const steps = (): ProcedureStep[] => [
  { id: 'B1', action: 'Tiếp nhận', who: 'Chuyên viên', durationDays: 1, output: '' },
  {
    id: 'B2',
    action: 'Thẩm định tại Vụ Hai',
    who: 'Chuyên viên thẩm định',
    performer: { unitId: ctx.fixture.units.x2.id, role: 'staff' },
    durationDays: 2,
    output: '',
  },
  { id: 'B3', action: 'Cho ý kiến', who: 'Vụ Hai', durationDays: 1, output: '' },
  { id: 'B4', action: 'Trình ký', who: '', performer: { role: 'unit_head' }, durationDays: 1, output: '' },
];

describe('routing steps by their performer', () => {
  it('gives a step of another unit to that unit’s people (the role it asks for), not to the case’s unit', async () => {
    const p = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      steps: steps(),
    });
    const starter = await ctx.as('x.unit_staff');
    const x2Staff = await ctx.as('x2.staff');
    const x2Admin = await ctx.as('x2.admin');
    const x1Officer = await ctx.as('x.unit_iso_officer');
    const started = await starter.post('/api/v1/cases', {
      procedureDocumentId: p.documentId,
      title: 'Liên đơn vị',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = started.body.id;
    // The starter holds step one without claiming it.
    expect(started.body.steps[0]).toMatchObject({ stepId: 'B1', assigneeId: ctx.fixture.roleHolders.staff });
    expect(started.body.abilities).toMatchObject({ complete: true, claim: false });

    const b1 = await act(starter, id, 'complete', { output: 'Đã tiếp nhận' });
    expect(b1.status, JSON.stringify(b1.body)).toBe(200);
    expect(b1.body.steps[1]).toMatchObject({
      stepId: 'B2',
      assigneeId: null,
      candidateUnitId: ctx.fixture.units.x2.id,
      candidateUnitName: 'Vụ Hai',
      candidateRole: 'staff',
      performer: { unitName: 'Vụ Hai', role: 'staff', note: 'Chuyên viên thẩm định' },
    });

    // In Vụ Hai's my work (its staff), not in Vụ Một's.
    const waiting = `${id} Thẩm định tại Vụ Hai`;
    expect(await myWork(x2Staff)).toContain(waiting);
    expect(await myWork(x2Admin)).not.toContain(waiting);
    expect(await myWork(starter)).not.toContain(waiting);
    expect(await myWork(x1Officer)).not.toContain(waiting);

    // Only Vụ Hai's staff may take it: the unit's admin lacks the role (403), the case's
    // own people are not the performer (403), someone taking no part does not see it (404).
    expect((await act(x2Admin, id, 'claim')).status).toBe(403);
    expect((await act(starter, id, 'claim')).status).toBe(403);
    expect((await act(await ctx.as('x1a.staff'), id, 'claim')).status).toBe(404);
    expect((await act(x2Staff, id, 'complete', { output: 'x' })).status).toBe(403);
    const claimed = await act(x2Staff, id, 'claim');
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect((await act(starter, id, 'complete', { output: 'x' })).status).toBe(403);
    const b2 = await act(x2Staff, id, 'complete', { output: 'Đã thẩm định' });
    expect(b2.status, JSON.stringify(b2.body)).toBe(200);

    // B3's performer was written as words naming a unit: it goes to that unit, anyone there.
    expect(b2.body.steps[2]).toMatchObject({
      stepId: 'B3',
      candidateUnitId: ctx.fixture.units.x2.id,
      candidateRole: null,
      performer: { unitName: 'Vụ Hai', role: null, note: 'Vụ Hai' },
    });
    expect(await myWork(x2Admin)).toContain(`${id} Cho ý kiến`);
    expect((await act(x2Admin, id, 'claim')).status).toBe(200);
    const b3 = await act(x2Admin, id, 'complete', { output: 'Nhất trí' });
    expect(b3.status, JSON.stringify(b3.body)).toBe(200);

    // B4: the case's own unit, its head only.
    expect(b3.body.steps[3]).toMatchObject({
      candidateUnitId: ctx.fixture.units.x1.id,
      candidateRole: 'unit_head',
      performer: { unitName: null, role: 'unit_head' },
    });
    expect(await myWork(starter)).not.toContain(`${id} Trình ký`);
    const head = await ctx.as('x.unit_unit_head');
    expect(await myWork(head)).toContain(`${id} Trình ký`);
    expect((await act(starter, id, 'claim')).status).toBe(403);
    expect((await act(head, id, 'claim')).status).toBe(200);
  });

  it('leaves step one to claim when the starter may not perform it', async () => {
    const p = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      steps: [steps()[1], steps()[0]],
    });
    const starter = await ctx.as('x.unit_staff');
    const started = await starter.post('/api/v1/cases', {
      procedureDocumentId: p.documentId,
      title: 'Từ Vụ Hai',
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body.steps[0]).toMatchObject({
      assigneeId: null,
      candidateUnitId: ctx.fixture.units.x2.id,
    });
    expect(started.body.abilities.claim).toBe(false);
    expect(await myWork(await ctx.as('x2.staff'))).toContain(`${started.body.id} Thẩm định tại Vụ Hai`);
  });
});
