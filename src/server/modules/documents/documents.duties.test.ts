import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contract/roles.ts';
import { newId } from '../../db/ids.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { people, roleGrants } from '../org/org.table.ts';

const ctx = setupTestApp();
const sign = { password: FIXTURE_PASSWORD };
const approval = { ...sign, decisionNo: '7/QĐ', issueDate: '2018-01-02', effectiveDate: '2018-01-02' };

/** A person of X1 holding several roles over X1 at once (a small office). */
async function personWith(username: string, roles: Role[]) {
  const db = ctx.database.db;
  const [template] = await db.select().from(people).limit(1);
  const id = newId();
  await db.insert(people).values({
    id,
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units.x1.id,
    fullName: `Người thử ${username}`,
    username,
    email: `${username}@example.test`,
    passwordHash: template.passwordHash,
  });
  for (const role of roles) {
    await db.insert(roleGrants).values({
      id: newId(),
      agencyId: ctx.fixture.agencyX,
      personId: id,
      role,
      unitId: ctx.fixture.units.x1.id,
    });
  }
  return ctx.as(username);
}

const view = async (c: Client, id: string) => (await c.get(`/api/v1/document-versions/${id}`)).body;

async function act(
  c: Client,
  id: string,
  action: string,
  extra: Record<string, unknown> = {},
  lang?: string,
) {
  const { version } = await view(c, id);
  return c.request(
    'POST',
    `/api/v1/document-versions/${id}/transitions`,
    { action, version, ...extra },
    lang ? { 'accept-language': lang } : {},
  );
}

async function draftBy(c: Client, title: string) {
  const created = await c.post('/api/v1/documents/change-requests', {
    kind: 'new',
    reason: 'Xây dựng mới',
    type: 'business_procedure',
    title,
    ownerUnitId: ctx.fixture.units.x1.id,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.versionId as string;
}

describe('segregation of duties on a document revision', () => {
  it('never lets the drafter sign their own draft, whatever roles they hold', async () => {
    const all = await personWith('x.all_roles', ['iso_officer', 'unit_head', 'secretariat', 'leadership']);
    const id = await draftBy(all, 'Quy trình tự phê duyệt');
    expect((await act(all, id, 'submit_review')).status).toBe(200);

    const seen = await view(all, id);
    expect(seen.abilities.actions).toEqual(['review_return']);
    expect(seen.abilities.blocked).toEqual([{ action: 'review_approve', reason: 'self_approval' }]);

    // Nor is their own draft's review listed as their work.
    const work = (await all.get('/api/v1/documents/my-work')).body.toAct;
    expect(work.map((w: { versionId: string }) => w.versionId)).not.toContain(id);
    const headWork = (await (await ctx.as('x.unit_unit_head')).get('/api/v1/documents/my-work')).body.toAct;
    expect(headWork.map((w: { versionId: string }) => w.versionId)).toContain(id);

    const refused = await act(all, id, 'review_approve', sign);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('document.self_approval');
    expect(refused.body.error.message).toContain('soạn thảo');
    const english = await act(all, id, 'review_approve', sign, 'en');
    expect(english.body.error.message).toContain('segregation of duties');
    expect((await view(all, id)).signatures).toEqual([]);

    // Someone else reviews; the drafter still may neither check nor approve.
    expect((await act(await ctx.as('x.unit_unit_head'), id, 'review_approve', sign)).status).toBe(200);
    expect((await act(all, id, 'check_approve', sign)).body.error.code).toBe('document.self_approval');
    expect((await act(await ctx.as('x.secretariat_all'), id, 'check_approve', sign)).status).toBe(200);
    expect((await view(all, id)).abilities.blocked).toEqual([{ action: 'approve', reason: 'self_approval' }]);
    expect((await act(all, id, 'approve', approval)).body.error.code).toBe('document.self_approval');
    const approved = await act(await ctx.as('x.leadership_all'), id, 'approve', approval);
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('in_force');
  });

  it('lets one person sign one meaning only, unless the agency lets review and check be one person', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const several = await personWith('x.head_secretary', ['unit_head', 'secretariat', 'leadership']);
    const id = await draftBy(officer, 'Quy trình một người ký');
    await act(officer, id, 'submit_review');
    expect((await act(several, id, 'review_approve', sign)).status).toBe(200);
    expect((await view(several, id)).abilities.blocked).toEqual([
      { action: 'check_approve', reason: 'same_signer' },
    ]);
    const twice = await act(several, id, 'check_approve', sign);
    expect(twice.status).toBe(403);
    expect(twice.body.error.code).toBe('document.same_signer');

    const secretariat = await ctx.as('x.secretariat_all');
    const settings = (await secretariat.get('/api/v1/document-duty-settings')).body;
    expect(settings).toEqual({ reviewerMayCheck: false, version: 0 });
    const saved = await secretariat.put('/api/v1/document-duty-settings', {
      reviewerMayCheck: true,
      version: 0,
    });
    expect(saved.body).toEqual({ reviewerMayCheck: true, version: 1 });
    const stale = await secretariat.put('/api/v1/document-duty-settings', {
      reviewerMayCheck: false,
      version: 0,
    });
    expect(stale.status).toBe(409);

    expect((await view(several, id)).abilities.actions).toContain('check_approve');
    expect((await act(several, id, 'check_approve', sign)).status).toBe(200);
    // Approval is never combined with another signature.
    expect((await act(several, id, 'approve', approval)).body.error.code).toBe('document.same_signer');
    expect((await act(await ctx.as('x.leadership_all'), id, 'approve', approval)).status).toBe(200);
  });

  it('keeps counting a signature voided by a later edit', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const several = await personWith('x.head_leader', ['unit_head', 'leadership']);
    const id = await draftBy(officer, 'Quy trình sửa sau xem xét');
    await act(officer, id, 'submit_review');
    await act(several, id, 'review_approve', sign);
    await act(await ctx.as('x.secretariat_all'), id, 'check_return', { comment: 'Sửa phạm vi' });
    const draft = await view(officer, id);
    await officer.patch(`/api/v1/document-versions/${id}`, {
      version: draft.version,
      content: { ...draft.content, scope: 'Phạm vi mới' },
    });
    await act(officer, id, 'submit_review');
    await act(await ctx.as('x.unit_unit_head'), id, 'review_approve', sign);
    await act(await ctx.as('x.secretariat_all'), id, 'check_approve', sign);
    expect((await act(several, id, 'approve', approval)).body.error.code).toBe('document.same_signer');
  });
});

describe('segregation of duties on a records catalogue', () => {
  const base = '/api/v1/records-catalogues';
  const step = async (c: Client, id: string, action: string) => {
    const { version } = (await c.get(`${base}/${id}`)).body;
    return c.post(`${base}/${id}/transitions`, { action, version, ...sign });
  };
  const approve = (c: Client, id: string) => step(c, id, 'approve');

  it('does not let the unit head who prepared a catalogue approve it', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const own = (await head.post(base, { unitId: ctx.fixture.units.x1.id, year: 2040 })).body;
    // The head does not submit (the ISO officer does); what the head drafted they do not approve.
    expect((await step(head, own.id, 'submit')).status).toBe(403);
    expect((await step(await ctx.as('x.unit_iso_officer'), own.id, 'submit')).status).toBe(200);
    const shown = (await head.get(`${base}/${own.id}`)).body.abilities;
    expect(shown).toMatchObject({ approve: false, approveBlocked: 'self_approval' });
    const refused = await approve(head, own.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('catalogue.self_approval');
    expect((await head.get(`${base}/${own.id}`)).body.state).toBe('submitted');

    const officer = await ctx.as('x.unit_iso_officer');
    const prepared = (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: 2041 })).body;
    await step(officer, prepared.id, 'submit');
    expect((await head.get(`${base}/${prepared.id}`)).body.abilities).toMatchObject({
      approve: true,
      approveBlocked: null,
    });
    expect((await approve(head, prepared.id)).status).toBe(200);
  });
});
