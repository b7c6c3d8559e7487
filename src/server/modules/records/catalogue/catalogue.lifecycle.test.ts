import { describe, expect, it } from 'vitest';
import { loadActor } from '../../../platform/auth/actor-loader.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { openFile } from '../files/files.open.ts';

const ctx = setupTestApp();
const base = '/api/v1/records-catalogues';
let year = 2030;

async function draft(client?: Client) {
  const officer = client ?? (await ctx.as('x.unit_iso_officer'));
  const created = await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: ++year });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; version: number; year: number };
}

const act = async (client: Client, id: string, action: string) => {
  const { version } = (await client.get(`${base}/${id}`)).body;
  return client.post(`${base}/${id}/transitions`, { action, version });
};

describe('records catalogue lifecycle', () => {
  it('numbers headings I, II and sub-headings 1, 2 by position and proposes the next file code', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { id } = await draft(officer);
    const first = await officer.post(`${base}/${id}/headings`, { title: 'Hồ sơ tổng hợp' });
    expect(first.status).toBe(201);
    const second = await officer.post(`${base}/${id}/headings`, { title: 'Hồ sơ tổ chức cán bộ' });
    const [h1, h2] = second.body.headings;
    await officer.post(`${base}/${id}/headings`, { title: 'Tuyển dụng', parentId: h2.id });
    const withSub = await officer.post(`${base}/${id}/headings`, { title: 'Đào tạo', parentId: h2.id });
    expect(
      withSub.body.headings.map((h: { number: string; title: string }) => `${h.number} ${h.title}`),
    ).toEqual(['I Hồ sơ tổng hợp', 'II Hồ sơ tổ chức cán bộ', '1 Tuyển dụng', '2 Đào tạo']);
    expect(withSub.body.nextCode).toBe('01.X1');
    const added = await officer.post(`${base}/${id}/entries`, {
      headingId: h1.id,
      title: 'Kế hoạch công tác năm',
      retentionYears: null,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const entry = added.body.entries[0];
    expect(entry).toMatchObject({ code: '01.X1', retentionYears: null, ownerUnitName: 'Vụ Một', files: [] });
    expect(added.body.nextCode).toBe('02.X1');
    // A sub-heading only under a heading; a duplicate code; a bad retention: 4xx naming the field.
    const deep = await officer.post(`${base}/${id}/headings`, {
      title: 'Quá sâu',
      parentId: withSub.body.headings[2].id,
    });
    expect(deep.status).toBe(400);
    expect(deep.body.error.details[0].path).toBe('parentId');
    const dup = await officer.post(`${base}/${id}/entries`, {
      code: '01.x1',
      title: 'Trùng',
      retentionYears: 5,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details[0].path).toBe('code');
    const bad = await officer.post(`${base}/${id}/entries`, { title: '', retentionYears: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'retentionYears',
      'title',
    ]);
    const english = await officer.request(
      'POST',
      `${base}/${id}/entries`,
      { title: 'x', retentionYears: 'mười' },
      {
        'accept-language': 'en',
      },
    );
    expect(english.status).toBe(400);
    expect(english.body.error.details[0]).toMatchObject({ path: 'retentionYears' });

    // Moving II up makes it I; the entry stays with its heading.
    const moved = await officer.post(`${base}/${id}/headings/${h2.id}/move`, {
      direction: 'up',
      version: h2.version,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.headings.find((h: { id: string }) => h.id === h2.id).number).toBe('I');
    expect(moved.body.headings.find((h: { id: string }) => h.id === h1.id).number).toBe('II');
    // Optimistic locking: a stale version changes nothing.
    const stale = await officer.patch(`${base}/${id}/entries/${entry.id}`, {
      title: 'Kế hoạch',
      retentionYears: 10,
      version: entry.version + 5,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');
    const edited = await officer.patch(`${base}/${id}/entries/${entry.id}`, {
      title: 'Kế hoạch, báo cáo công tác năm',
      retentionYears: 10,
      notes: 'Bản chính',
      version: entry.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.entries[0]).toMatchObject({
      title: 'Kế hoạch, báo cáo công tác năm',
      retentionYears: 10,
    });
    expect(edited.body.counts).toEqual({ total: 1, permanent: 0, limited: 1 });

    // A heading with entries or sub-headings stays; an empty one and an entry without files go.
    const full = await officer.delete(`${base}/${id}/headings/${h2.id}`);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('catalogue.heading_not_empty');
    const extra = (await officer.post(`${base}/${id}/headings`, { title: 'Tạm' })).body.headings.at(-1);
    expect((await officer.delete(`${base}/${id}/headings/${extra.id}`)).status).toBe(200);
    expect((await officer.delete(`${base}/${id}/entries/${entry.id}`)).status).toBe(200);
    const emptied = (await officer.get(`${base}/${id}`)).body;
    expect(emptied.entries).toEqual([]);
    expect(emptied.headings.map((h: { title: string }) => h.title)).not.toContain('Tạm');
  });

  it('goes draft → approved by the unit head → issued; only drafts change; approved can return to draft', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const staff = await ctx.as('x.unit_staff');
    const secretariat = await ctx.as('x.secretariat_all');
    const { id } = await draft(officer);
    await officer.post(`${base}/${id}/entries`, { title: 'Hồ sơ hội nghị', retentionYears: null });

    // Staff of the unit do not see the draft; the secretariat may edit it but not approve.
    expect((await staff.get(`${base}/${id}`)).status).toBe(404);
    expect((await staff.get(base)).body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await secretariat.post(`${base}/${id}/headings`, { title: 'Đề mục của thư ký' })).status).toBe(
      201,
    );
    expect((await act(officer, id, 'approve')).status).toBe(403);
    expect((await act(secretariat, id, 'approve')).status).toBe(403);
    expect((await act(head, id, 'issue')).status).toBe(409);

    const approved = await act(head, id, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approvedByName: 'Người thử x.unit_unit_head' });
    expect(approved.body.abilities).toMatchObject({ edit: false, issue: true, returnToDraft: true });
    // Approved: nothing changes, and everyone in the unit reads it.
    const locked = await officer.post(`${base}/${id}/entries`, { title: 'Muộn', retentionYears: 5 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('catalogue.not_draft');
    expect((await staff.get(`${base}/${id}`)).status).toBe(200);
    expect((await act(officer, id, 'return')).status).toBe(403);
    expect((await act(head, id, 'return')).body.state).toBe('draft');
    expect(
      (await officer.post(`${base}/${id}/entries`, { title: 'Bổ sung', retentionYears: 5 })).status,
    ).toBe(201);
    await act(head, id, 'approve');

    expect((await act(staff, id, 'issue')).status).toBe(403);
    const issued = await act(officer, id, 'issue');
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ state: 'issued', issuedByName: 'Người thử x.unit_iso_officer' });
    expect(issued.body.issuedAt).toBeTruthy();
    expect((await act(head, id, 'return')).status).toBe(409);

    // Another unit's staff and another agency see nothing; the agency-wide secretariat sees it.
    expect((await (await ctx.as('x2.staff')).get(`${base}/${id}`)).status).toBe(404);
    expect((await (await ctx.as('y.admin')).get(`${base}/${id}`)).status).toBe(404);
    expect((await secretariat.get(base)).body.items.map((c: { id: string }) => c.id)).toContain(id);

    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'approve',
      'approve',
      'create',
      'issue',
      'return',
    ]);
  });

  it('refuses a second catalogue for the same unit and year, naming the year', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const { year: taken } = await draft(officer);
    const again = await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: taken });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].path).toBe('year');
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.post(base, { unitId: ctx.fixture.units.x1.id, year: 2099 })).status).toBe(403);
    expect(
      (await officer.post(base, { unitId: ctx.fixture.units.x1.id, year: 1800 })).body.error.details[0].path,
    ).toBe('year');
  });

  it('copies forward into next year’s draft with new ids, and shows files opened against an entry', async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const head = await ctx.as('x.unit_unit_head');
    const { id, year: y } = await draft(officer);
    const h = (await officer.post(`${base}/${id}/headings`, { title: 'Văn bản đi' })).body.headings[0];
    const sub = (await officer.post(`${base}/${id}/headings`, { title: 'Công văn', parentId: h.id })).body
      .headings[1];
    const source = (
      await officer.post(`${base}/${id}/entries`, {
        headingId: sub.id,
        title: 'Tập công văn đi',
        retentionYears: 20,
        ownerPersonId: ctx.fixture.roleHolders.staff,
      })
    ).body.entries[0];
    await act(head, id, 'approve');
    await act(head, id, 'issue');

    const copied = await officer.post(`${base}/${id}/copy-forward`);
    expect(copied.status, JSON.stringify(copied.body)).toBe(201);
    expect(copied.body).toMatchObject({ year: y + 1, state: 'draft', copiedFromId: id });
    expect(
      copied.body.headings.map((x: { number: string; title: string }) => `${x.number} ${x.title}`),
    ).toEqual(['I Văn bản đi', '1 Công văn']);
    const [entry] = copied.body.entries;
    expect(entry).toMatchObject({
      code: source.code,
      title: 'Tập công văn đi',
      retentionYears: 20,
      ownerPersonName: 'Người thử x.unit_staff',
    });
    expect(entry.id).not.toBe(source.id);
    expect(entry.headingId).toBe(copied.body.headings[1].id);
    expect(copied.body.headings[1].parentId).toBe(copied.body.headings[0].id);
    expect((await officer.post(`${base}/${id}/copy-forward`)).status).toBe(409);
    expect((await officer.get(`${base}/${id}`)).body.abilities.copyForward).toBe(false);

    // A file opened against the entry shows at once in the catalogue.
    const loaded = await loadActor(ctx.database.db, ctx.fixture.roleHolders.staff);
    const actor = { ...loaded!, via: 'session' as const };
    const opened = await ctx.database.db.transaction((tx) =>
      openFile(
        tx,
        { actor, audit: { actor } },
        { unitId: ctx.fixture.units.x1.id, startDate: `${y}-03-02`, catalogueEntryId: source.id },
      ),
    );
    const shown = (await (await ctx.as('x.unit_staff')).get(`${base}/${id}`)).body.entries[0];
    expect(shown.files).toEqual([
      { id: opened.id, fileCode: `X.${y}.${source.code}`, title: 'Tập công văn đi', state: 'open' },
    ]);
  });
});
