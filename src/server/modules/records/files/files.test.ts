import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { multipartItem, seedCatalogue, tinyPdf } from './files.testing.ts';

const ctx = setupTestApp();
const FILES = '/api/v1/record-files';

const catalogue = (year: number, state = 'issued', code = `0${year % 10}.TCCB`) =>
  seedCatalogue(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId: ctx.fixture.units.x1.id,
    year,
    state,
    code,
  });

const upload = (
  c: Client,
  fileId: string,
  fields: Record<string, string>,
  name: string,
  content: Buffer | string,
) => {
  const { payload, headers } = multipartItem(fields, name, content);
  return c.post(`${FILES}/${fileId}/items`, payload, headers);
};

async function openAdHoc(c: Client, extra: Record<string, unknown> = {}) {
  const r = await c.post(FILES, {
    unitId: ctx.fixture.units.x1.id,
    startDate: '2016-05-10',
    title: 'Hồ sơ xử lý sự cố mạng tháng 5',
    retentionYears: 5,
    ownerPersonId: ctx.fixture.roleHolders.staff,
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; fileCode: string };
}

describe('opening a file', () => {
  it('opens against an entry of the unit’s catalogue, with its code, title and retention', async () => {
    const { entryId } = await catalogue(2017);
    const staff = await ctx.as('x.unit_staff');
    const options = await staff.get(`${FILES}/catalogue-entries?unitId=${ctx.fixture.units.x1.id}&year=2017`);
    expect(options.body.items).toEqual([
      expect.objectContaining({ id: entryId, code: '07.TCCB', fileCount: 0 }),
    ]);
    const body = { unitId: ctx.fixture.units.x1.id, startDate: '2017-03-02', catalogueEntryId: entryId };
    const first = await staff.post(FILES, body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.fileCode).toBe('X.2017.07.TCCB');
    expect((await staff.post(FILES, body)).body.fileCode).toBe('X.2017.07.TCCB-2');
    const view = (await staff.get(`${FILES}/${first.body.id}`)).body;
    expect(view).toMatchObject({
      title: 'Hồ sơ tuyển dụng công chức',
      retentionYears: 10,
      state: 'open',
      catalogueEntry: { id: entryId, code: '07.TCCB' },
      ownerPersonId: ctx.fixture.roleHolders.staff,
      accessRegime: 'internal',
      abilities: { edit: true, close: true, reopen: false },
    });
    const list = (await staff.get(`${FILES}?notInCatalogue=false&year=2017`)).body;
    expect(list.items.map((f: { fileCode: string }) => f.fileCode).sort()).toEqual([
      'X.2017.07.TCCB',
      'X.2017.07.TCCB-2',
    ]);
  });

  it('refuses an entry of a draft catalogue or of another year, naming the field', async () => {
    const draft = await catalogue(2018, 'draft');
    const staff = await ctx.as('x.unit_staff');
    const r = await staff.post(FILES, {
      unitId: ctx.fixture.units.x1.id,
      startDate: '2018-01-05',
      catalogueEntryId: draft.entryId,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('catalogueEntryId');
    const issued = await catalogue(2019);
    const wrongYear = await staff.post(FILES, {
      unitId: ctx.fixture.units.x1.id,
      startDate: '2020-01-05',
      catalogueEntryId: issued.entryId,
    });
    expect(wrongYear.status).toBe(400);
  });

  it('opens ad hoc with title, retention and owner, flagged not in the catalogue', async () => {
    const staff = await ctx.as('x.unit_staff');
    const base = { unitId: ctx.fixture.units.x1.id, startDate: '2016-05-10' };
    const noTitle = await staff.post(FILES, {
      ...base,
      retentionYears: 5,
      ownerPersonId: ctx.fixture.roleHolders.staff,
    });
    expect(noTitle.body.error.details[0].path).toBe('title');
    const noRetention = await staff.post(FILES, {
      ...base,
      title: 'A',
      ownerPersonId: ctx.fixture.roleHolders.staff,
    });
    expect(noRetention.body.error.details[0].path).toBe('retentionYears');
    const noOwner = await staff.post(FILES, { ...base, title: 'A', retentionYears: null });
    expect(noOwner.body.error.details[0].path).toBe('ownerPersonId');
    const foreignOwner = await staff.post(FILES, {
      ...base,
      title: 'A',
      retentionYears: null,
      ownerPersonId: ctx.fixture.yStaff,
    });
    expect(foreignOwner.body.error.details[0].path).toBe('ownerPersonId');

    const opened = await openAdHoc(staff);
    expect(opened.fileCode).toBe('X.2016.X1.PS01');
    expect((await openAdHoc(staff, { retentionYears: null })).fileCode).toBe('X.2016.X1.PS02');
    const view = (await staff.get(`${FILES}/${opened.id}`)).body;
    expect(view).toMatchObject({ catalogueEntry: null, retentionYears: 5, startDate: '2016-05-10' });
    const list = (await staff.get(`${FILES}?notInCatalogue=true&year=2016`)).body;
    expect(list.items).toHaveLength(2);
    expect(list.items[0].notInCatalogue).toBe(true);
    expect(list.counts.notInCatalogue).toBe(2);
  });

  it('lets people of the unit open its files; another unit 403, another agency 404', async () => {
    const body = {
      unitId: ctx.fixture.units.x1.id,
      startDate: '2016-06-01',
      title: 'A',
      retentionYears: 5,
      ownerPersonId: ctx.fixture.x2Staff,
    };
    expect((await (await ctx.as('x2.staff')).post(FILES, body)).status).toBe(403);
    expect((await (await ctx.as('y.staff')).post(FILES, body)).status).toBe(404);
    // A sub-unit's people work in the unit too (memberOf).
    expect((await (await ctx.as('x1a.staff')).post(FILES, body)).status).toBe(201);
  });
});

describe('documents in a file', () => {
  it('adds uploads and links, downloads, and removes softly while open', async () => {
    const staff = await ctx.as('x.unit_staff');
    const { id } = await openAdHoc(staff);
    const added = await upload(
      staff,
      id,
      { title: 'Tờ trình tuyển dụng', documentDate: '2016-05-12', pageCount: '3' },
      'to-trinh.bin',
      tinyPdf,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(20),
    ]);
    expect((await upload(staff, id, { pageCount: '1' }, 'Ảnh chụp.png', png)).status).toBe(201);
    const bad = await upload(staff, id, {}, 'virus.pdf', 'MZ not a pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('file');
    expect((await upload(staff, id, { pageCount: 'ba' }, 'a.pdf', tinyPdf)).body.error.details[0].path).toBe(
      'pageCount',
    );

    const { documentId, versionId } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      state: 'in_force',
    });
    const linked = await staff.post(`${FILES}/${id}/links`, { documentVersionId: versionId, pageCount: 2 });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);

    let view = (await staff.get(`${FILES}/${id}`)).body;
    expect(view.items.map((i: { title: string }) => i.title)).toEqual([
      'Tờ trình tuyển dụng',
      'Ảnh chụp',
      expect.stringMatching(/^QT-TEST-\d+ – Quy trình thử/),
    ]);
    expect(view.items[0]).toMatchObject({
      kind: 'upload',
      fileName: 'to-trinh.pdf',
      documentDate: '2016-05-12',
    });
    expect(view.items[1].mimeType).toBe('image/png');
    expect(view.items[2]).toMatchObject({
      kind: 'link',
      linkType: 'document_version',
      linkPath: `/documents/${documentId}`,
    });
    expect(view.pageCount).toBe(6);
    expect(view.itemCount).toBe(3);

    const download = await staff.bytes(`${FILES}/${id}/items/${added.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body.equals(tinyPdf)).toBe(true);

    expect((await staff.delete(`${FILES}/${id}/items/${added.body.id}`)).status).toBe(200);
    view = (await staff.get(`${FILES}/${id}`)).body;
    expect(view.items).toHaveLength(2);
    expect(view.pageCount).toBe(3);
    expect((await staff.bytes(`${FILES}/${id}/items/${added.body.id}`)).status).toBe(404);
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${added.body.id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete']);
  });

  it('keeps a closed file as it is: no uploads, links, removals or edits', async () => {
    const staff = await ctx.as('x.unit_staff');
    const { id } = await openAdHoc(staff);
    const item = await upload(staff, id, { documentDate: '2016-05-20' }, 'a.pdf', tinyPdf);
    const { version } = (await staff.get(`${FILES}/${id}`)).body;
    expect((await staff.post(`${FILES}/${id}/close`, { version })).status).toBe(200);
    expect((await upload(staff, id, {}, 'b.pdf', tinyPdf)).status).toBe(409);
    expect((await staff.delete(`${FILES}/${id}/items/${item.body.id}`)).status).toBe(409);
    expect((await staff.patch(`${FILES}/${id}`, { version: version + 1, title: 'B' })).status).toBe(409);
  });
});

describe('metadata, closing and reopening', () => {
  it('edits the metadata with optimistic locking, audited', async () => {
    const staff = await ctx.as('x.unit_staff');
    const { id } = await openAdHoc(staff);
    const { version } = (await staff.get(`${FILES}/${id}`)).body;
    const saved = await staff.patch(`${FILES}/${id}`, {
      version,
      accessRegime: 'public',
      language: 'Tiếng Việt, Tiếng Anh',
      notes: 'Bản gốc',
      retentionYears: null,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      accessRegime: 'public',
      language: 'Tiếng Việt, Tiếng Anh',
      retentionYears: null,
    });
    expect((await staff.patch(`${FILES}/${id}`, { version, title: 'Cũ' })).status).toBe(409);
    const wrongYear = await staff.patch(`${FILES}/${id}`, { version: version + 1, startDate: '2015-01-01' });
    expect(wrongYear.body.error.details[0].path).toBe('startDate');
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['open', 'update']);
  });

  it('closes at the last document’s date; only the unit head reopens, with a reason', async () => {
    const staff = await ctx.as('x.unit_staff');
    const head = await ctx.as('x.unit_unit_head');
    const officer = await ctx.as('x.unit_iso_officer');
    const { id } = await openAdHoc(staff);
    await upload(staff, id, { documentDate: '2016-07-01' }, 'a.pdf', tinyPdf);
    await upload(staff, id, { documentDate: '2016-06-15' }, 'b.pdf', tinyPdf);
    const leader = await ctx.as('x.unit_leadership');
    expect((await leader.get(`${FILES}/${id}`)).status).toBe(404);
    const { version } = (await staff.get(`${FILES}/${id}`)).body;
    const early = await staff.post(`${FILES}/${id}/close`, { version, endDate: '2016-01-01' });
    expect(early.body.error.details[0].path).toBe('endDate');
    const closed = await staff.post(`${FILES}/${id}/close`, { version });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      endDate: '2016-07-01',
      closedByName: 'Người thử x.unit_staff',
    });
    expect(closed.body.abilities).toEqual({ edit: false, close: false, reopen: false });
    expect((await staff.post(`${FILES}/${id}/close`, { version: closed.body.version })).status).toBe(409);

    const reason = { version: closed.body.version, reason: 'Bổ sung quyết định tuyển dụng' };
    expect((await officer.post(`${FILES}/${id}/reopen`, reason)).status).toBe(403);
    expect((await staff.post(`${FILES}/${id}/reopen`, reason)).status).toBe(403);
    expect((await head.post(`${FILES}/${id}/reopen`, { version: closed.body.version })).status).toBe(400);
    const reopened = await head.post(`${FILES}/${id}/reopen`, reason);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ state: 'open', endDate: null, closedByName: null });
    expect(
      (await head.post(`${FILES}/${id}/reopen`, { ...reason, version: reopened.body.version })).status,
    ).toBe(409);

    const byOfficer = await officer.post(`${FILES}/${id}/close`, {
      version: reopened.body.version,
      endDate: '2016-08-31',
    });
    expect(byOfficer.body.endDate).toBe('2016-08-31');
    const trail = await (await ctx.as('x.admin')).get(`/api/v1/audit-events?entityId=${id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'close',
      'close',
      'open',
      'reopen',
    ]);
  });

  it('closes on today when the file holds no dated document', async () => {
    const staff = await ctx.as('x.unit_staff');
    const { id } = await openAdHoc(staff);
    const { version } = (await staff.get(`${FILES}/${id}`)).body;
    const closed = await staff.post(`${FILES}/${id}/close`, { version });
    expect(closed.body.endDate).toBe(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
    );
  });
});
