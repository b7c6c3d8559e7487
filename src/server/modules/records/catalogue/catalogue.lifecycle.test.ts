import { describe, expect, it } from 'vitest';
import { loadActor } from '../../../platform/auth/actor-loader.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
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

const act = async (client: Client, id: string, action: string, extra: Record<string, unknown> = {}) => {
  const { version } = (await client.get(`${base}/${id}`)).body;
  const defaults =
    action === 'approve'
      ? { password: FIXTURE_PASSWORD }
      : action === 'return'
        ? { comment: 'Bổ sung hồ sơ' }
        : {};
  return client.post(`${base}/${id}/transitions`, { action, version, ...defaults, ...extra });
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

  it('goes draft → submitted → approved by the unit head (password) → issued; returns carry a comment', async () => {
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
    // From draft only "submit": approve, return and issue are 409 for the head.
    for (const action of ['approve', 'return', 'issue']) {
      const refused = await act(head, id, action);
      expect(refused.status, action).toBe(409);
      expect(refused.body.error.code).toBe('catalogue.transition_forbidden');
    }
    expect((await act(officer, id, 'approve')).status).toBe(403);
    const { version: current } = (await officer.get(`${base}/${id}`)).body;
    expect(
      (await staff.post(`${base}/${id}/transitions`, { action: 'submit', version: current })).status,
    ).toBe(404);
    // Not in the head's work before it is submitted.
    const work = async () =>
      (await head.get('/api/v1/my-work/records-catalogues')).body.items.map((c: { id: string }) => c.id);
    expect(await work()).not.toContain(id);

    const submitted = await act(officer, id, 'submit');
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      submittedByName: 'Người thử x.unit_iso_officer',
    });
    expect(submitted.body.abilities).toMatchObject({ edit: false, submit: false, approve: false });
    // Submitted: nothing changes; it is in the head's my work (not the officer's, nor the secretariat's).
    const locked = await officer.post(`${base}/${id}/entries`, { title: 'Muộn', retentionYears: 5 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('catalogue.not_draft');
    expect(await work()).toContain(id);
    expect((await officer.get('/api/v1/my-work/records-catalogues')).body.items).toEqual([]);
    expect((await secretariat.get('/api/v1/my-work/records-catalogues')).body.items).toEqual([]);
    expect((await act(officer, id, 'submit')).status).toBe(409);
    expect((await act(officer, id, 'issue')).status).toBe(409);

    // Approval is the shared e-approval: the password re-entered, else 400 and nothing changes.
    const noPassword = await act(head, id, 'approve', { password: undefined });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error.details[0].path).toBe('password');
    const wrong = await act(head, id, 'approve', { password: 'sai-mat-khau' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('password');
    expect((await head.get(`${base}/${id}`)).body.state).toBe('submitted');
    // A return needs its comment.
    const silent = await act(head, id, 'return', { comment: undefined });
    expect(silent.status).toBe(400);
    expect(silent.body.error.details[0].path).toBe('comment');
    expect((await act(officer, id, 'return')).status).toBe(403);

    const returned = await act(head, id, 'return', { comment: 'Thiếu hồ sơ thi đua' });
    expect(returned.body.state).toBe('draft');
    expect(returned.body.events.at(-1)).toMatchObject({
      action: 'return',
      fromState: 'submitted',
      toState: 'draft',
      comment: 'Thiếu hồ sơ thi đua',
    });
    expect(await work()).not.toContain(id);
    expect(
      (await officer.post(`${base}/${id}/entries`, { title: 'Hồ sơ thi đua', retentionYears: 10 })).status,
    ).toBe(201);
    await act(officer, id, 'submit');

    const approved = await act(head, id, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      approvedByName: 'Người thử x.unit_unit_head',
      approvalValid: true,
    });
    expect(approved.body.abilities).toMatchObject({ edit: false, issue: true, returnToDraft: true });
    expect(await work()).not.toContain(id);
    // Approved: nothing changes, and everyone in the unit reads it.
    expect((await staff.get(`${base}/${id}`)).status).toBe(200);
    expect((await act(head, id, 'approve')).status).toBe(409);
    expect((await act(officer, id, 'return')).status).toBe(403);
    const back = await act(head, id, 'return');
    expect(back.body).toMatchObject({ state: 'draft', approvedByName: null, approvalValid: null });
    await act(officer, id, 'submit');
    await act(head, id, 'approve');

    expect((await act(staff, id, 'issue')).status).toBe(403);
    const issued = await act(officer, id, 'issue');
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ state: 'issued', issuedByName: 'Người thử x.unit_iso_officer' });
    expect(issued.body.issuedAt).toBeTruthy();
    for (const action of ['approve', 'return', 'issue']) {
      expect((await act(head, id, action)).status, action).toBe(409);
    }
    // Submitting is the ISO officer's: the head is refused whatever the state.
    expect((await act(head, id, 'submit')).status).toBe(403);
    expect((await act(officer, id, 'submit')).status).toBe(409);
    // A stale version changes nothing.
    const stale = await head.post(`${base}/${id}/transitions`, { action: 'issue', version: 1 });
    expect(stale.status).toBe(409);

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
      'return',
      'submit',
      'submit',
      'submit',
    ]);
  });

  it('lets the ISO officer submit and the head approve, never the head submit nor approve what they drafted', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const officer = await ctx.as('x.unit_iso_officer');
    const { id } = await draft(officer);
    // The head approves: no "submit" for them, and the server refuses it, changing nothing.
    const view = (await head.get(`${base}/${id}`)).body;
    expect(view.abilities).toMatchObject({ submit: false });
    const refused = await act(head, id, 'submit');
    expect(refused.status).toBe(403);
    expect((await head.get(`${base}/${id}`)).body).toMatchObject({ state: 'draft', version: view.version });
    expect((await officer.get(`${base}/${id}`)).body.abilities).toMatchObject({ submit: true });
    // A catalogue the head drafted: the officer submits it, the head may not approve it.
    const own = await draft(head);
    expect((await act(officer, own.id, 'submit')).status).toBe(200);
    expect((await head.get(`${base}/${own.id}`)).body.abilities).toMatchObject({
      approve: false,
      approveBlocked: 'self_approval',
    });
    const selfApproval = await act(head, own.id, 'approve');
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.error.code).toBe('catalogue.self_approval');
    const work = (await head.get('/api/v1/my-work/records-catalogues')).body.items;
    expect(work.map((c: { id: string }) => c.id)).not.toContain(own.id);
  });

  it('notifies the unit head of a submitted catalogue, and the submitter of its approval or return', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const officer = await ctx.as('x.unit_iso_officer');
    const about = async (client: Client, id: string) =>
      (await client.get('/api/v1/notifications?pageSize=100')).body.items.filter(
        (n: { link: string | null }) => n.link === `/records/catalogues/${id}`,
      ) as Array<{ kind: string; title: string }>;
    const { id, year: y } = await draft(officer);
    expect(await about(head, id)).toEqual([]);
    await act(officer, id, 'submit');
    expect(await about(head, id)).toMatchObject([
      { kind: 'records.catalogue_to_approve', title: `Chờ phê duyệt: Danh mục hồ sơ năm ${y} – Vụ Một` },
    ]);
    // Not the submitter, who does not approve it.
    expect(await about(officer, id)).toEqual([]);
    await act(head, id, 'return');
    expect(await about(officer, id)).toMatchObject([
      {
        kind: 'records.catalogue_decided',
        title: expect.stringMatching(/^Bị trả lại để chỉnh sửa: .*Bổ sung hồ sơ/),
      },
    ]);
    // Submitted again: the head is told again; approved: the officer is told.
    await act(officer, id, 'submit');
    expect(await about(head, id)).toHaveLength(2);
    await act(head, id, 'approve');
    const told = await about(officer, id);
    expect(told.map((n) => n.title)).toContain(`Đã phê duyệt: Danh mục hồ sơ năm ${y} – Vụ Một`);
    // A person who turned the kind off gets nothing.
    const off = await head.put('/api/v1/notifications/preferences', {
      items: [{ kind: 'records.catalogue_to_approve', channel: 'off' }],
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const next = await draft(officer);
    await act(officer, next.id, 'submit');
    expect(await about(head, next.id)).toEqual([]);
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
    await act(officer, id, 'submit');
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
