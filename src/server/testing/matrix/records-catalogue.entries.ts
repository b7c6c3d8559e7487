import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { catalogueColumns } from '../../../contract/records-catalogue.ts';
import { newId } from '../../db/ids.ts';
import {
  catalogueEntries,
  catalogueHeadings,
  recordsCatalogues,
} from '../../modules/records/records.table.ts';
import { FIXTURE_PASSWORD } from '../fixture.ts';
import { multipartFile } from '../xlsx-upload.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/records-catalogues';

/**
 * Records catalogues: read by everyone in the unit once approved, drafts only by their
 * keepers (ISO officer, unit head, secretariat); approved by the unit head, issued by the
 * unit head or ISO officer. Every X1 actor sits in X1; of X2 only the agency-wide
 * secretariat sees anything.
 */
export const recordsCatalogueEntries = (k: MatrixKit): Entries => {
  const seed = async (t: Target, state: 'draft' | 'submitted' | 'approved' | 'issued') => {
    const agencyId = k.agencyOf(t);
    const id = newId();
    const headingId = newId();
    const entryId = newId();
    const unit = k.unitOf(t);
    await k
      .db()
      .insert(recordsCatalogues)
      .values({ id, agencyId, unitId: unit.id, year: 3000 + 2 * k.next(), state });
    await k
      .db()
      .insert(catalogueHeadings)
      .values({ id: headingId, agencyId, catalogueId: id, position: 1, title: 'Hồ sơ chung' });
    await k
      .db()
      .insert(catalogueEntries)
      .values({
        id: entryId,
        agencyId,
        catalogueId: id,
        headingId,
        position: 1,
        code: `01.${unit.code}`,
        title: 'Kế hoạch công tác',
        ownerUnitId: unit.id,
      });
    return { url: `${base}/${id}`, headingId, entryId };
  };
  const keeperRoles = ['x.unit_iso_officer', 'x.unit_unit_head', 'x.unit_secretariat'];
  const keeps = (a: MatrixActor, t: Target) =>
    a.username === 'x.secretariat_all' || (t === 'own' && keeperRoles.includes(a.username));
  const readsIssued = (a: MatrixActor, t: Target) => t === 'own' || keeps(a, t);
  /** On a draft: its keepers act, everybody else finds nothing. */
  const editDraft = (a: MatrixActor, t: Target): Outcome => (t !== 'foreign' && keeps(a, t) ? 'ok' : 404);
  const readIssued = (a: MatrixActor, t: Target): Outcome =>
    t !== 'foreign' && readsIssued(a, t) ? 'ok' : 404;
  /** On a catalogue the actor reads: `may` decides between ok and 403. */
  const actOn =
    (reads: (a: MatrixActor, t: Target) => boolean, may: (a: MatrixActor) => boolean) =>
    (a: MatrixActor, t: Target): Outcome =>
      t === 'foreign' || !reads(a, t) ? 404 : t === 'own' && may(a) ? 'ok' : 403;
  const isHead = (a: MatrixActor) => a.username === 'x.unit_unit_head';
  const draftItem = (
    path: (s: Awaited<ReturnType<typeof seed>>) => string,
    method: 'post' | 'patch' | 'delete',
    body?: object,
  ) => ({
    send: async (c: Parameters<Entries[string]['send']>[0], t: Target) => {
      const url = path(await seed(t, 'draft'));
      return method === 'delete' ? c.delete(url) : c[method](url, body);
    },
    expect: editDraft,
  });
  const importFile = async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh mục');
    sheet.addRow([...catalogueColumns]);
    sheet.addRow(['I', 'Hồ sơ chung']);
    sheet.addRow(['01.X1', 'Kế hoạch công tác', 'Vĩnh viễn', '', '']);
    return multipartFile('danh-muc.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
  };
  const entries: Entries = {
    [`GET ${base}`]: { send: (c, t) => c.get(`${base}?unitId=${k.unitOf(t).id}`), expect: () => 'ok' },
    [`POST ${base}`]: {
      send: async (c, t) => {
        const unitId = k.unitOf(t).id;
        await k
          .db()
          .delete(recordsCatalogues)
          .where(and(eq(recordsCatalogues.unitId, unitId), eq(recordsCatalogues.year, 2095)));
        return c.post(base, { unitId, year: 2095 });
      },
      expect: (a, t) => (t === 'foreign' ? 404 : keeps(a, t) ? 'ok' : 403),
    },
    [`GET ${base}/:id`]: { send: async (c, t) => c.get((await seed(t, 'issued')).url), expect: readIssued },
    [`POST ${base}/:id/transitions`]: {
      // Approving a submitted catalogue (seeded with no preparer): the unit head, password re-entered.
      send: async (c, t) =>
        c.post(`${(await seed(t, 'submitted')).url}/transitions`, {
          action: 'approve',
          version: 1,
          password: FIXTURE_PASSWORD,
        }),
      expect: actOn(keeps, isHead),
    },
    'GET /api/v1/my-work/records-catalogues': {
      send: (c) => c.get('/api/v1/my-work/records-catalogues'),
      expect: () => 'ok',
    },
    [`POST ${base}/:id/copy-forward`]: {
      send: async (c, t) => c.post(`${(await seed(t, 'issued')).url}/copy-forward`),
      expect: (a, t) => (t === 'foreign' || !readsIssued(a, t) ? 404 : keeps(a, t) ? 'ok' : 403),
    },
    [`POST ${base}/:id/generate`]: draftItem((s) => `${s.url}/generate`, 'post', {}),
    [`POST ${base}/:id/import`]: {
      send: async (c, t) => {
        const { payload, headers } = await importFile();
        return c.post(`${(await seed(t, 'draft')).url}/import`, payload, headers);
      },
      expect: editDraft,
    },
    [`POST ${base}/:id/headings`]: draftItem((s) => `${s.url}/headings`, 'post', { title: 'Đề mục mới' }),
    [`PATCH ${base}/:id/headings/:itemId`]: draftItem((s) => `${s.url}/headings/${s.headingId}`, 'patch', {
      title: 'Đổi tên',
      version: 1,
    }),
    [`DELETE ${base}/:id/headings/:itemId`]: {
      send: async (c, t) => {
        const s = await seed(t, 'draft');
        await k.db().delete(catalogueEntries).where(eq(catalogueEntries.id, s.entryId));
        return c.delete(`${s.url}/headings/${s.headingId}`);
      },
      expect: editDraft,
    },
    [`POST ${base}/:id/headings/:itemId/move`]: draftItem(
      (s) => `${s.url}/headings/${s.headingId}/move`,
      'post',
      {
        direction: 'down',
        version: 1,
      },
    ),
    [`POST ${base}/:id/entries`]: draftItem((s) => `${s.url}/entries`, 'post', {
      title: 'Hồ sơ mới',
      retentionYears: 5,
    }),
    [`PATCH ${base}/:id/entries/:itemId`]: draftItem((s) => `${s.url}/entries/${s.entryId}`, 'patch', {
      title: 'Đổi tên',
      retentionYears: 10,
      version: 1,
    }),
    [`DELETE ${base}/:id/entries/:itemId`]: draftItem((s) => `${s.url}/entries/${s.entryId}`, 'delete'),
    [`POST ${base}/:id/entries/:itemId/move`]: draftItem(
      (s) => `${s.url}/entries/${s.entryId}/move`,
      'post',
      {
        direction: 'up',
        version: 1,
      },
    ),
  };
  for (const extension of ['docx', 'pdf', 'xlsx'])
    entries[`GET ${base}/:id/export.${extension}`] = {
      send: async (c, t) => c.get(`${(await seed(t, 'issued')).url}/export.${extension}`),
      expect: readIssued,
    };
  // Issue and return are the same route with another action: checked in the lifecycle test.
  return entries;
};
