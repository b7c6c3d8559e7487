import { eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import { seedFile, tinyPdf } from '../../modules/records/files/files.testing.ts';
import { archiveTransfers, recordFileItems, recordFiles } from '../../modules/records/records.table.ts';
import { storeFile } from '../../platform/files/files.ts';
import { seedDocument } from '../fixture-documents.ts';
import { multipartFile } from '../xlsx-upload.ts';
import { anyone, type Entries, type MatrixActor, type MatrixKit, type Outcome, type Target } from './kit.ts';

/**
 * Files (hồ sơ) and transfers to the archive. The seeded files have no owner, opener or
 * case: they are seen by the unit's head, ISO officer and secretariat (X1's own, or
 * agency-wide), changed by the head and ISO officer; everyone else gets 404.
 */
export const recordFilesEntries = (k: MatrixKit): Entries => {
  const fileIn = (t: Target, state = 'open') =>
    seedFile(k.db(), {
      agencyId: k.agencyOf(t),
      unitId: k.unitOf(t).id,
      state,
      endDate: state === 'open' ? null : '2017-06-30',
    });
  const itemIn = async (t: Target) => {
    const fileId = await fileIn(t);
    const { hash, size } = await storeFile(k.files(), tinyPdf);
    const id = newId();
    await k
      .db()
      .insert(recordFileItems)
      .values({
        id,
        agencyId: k.agencyOf(t),
        fileId,
        position: 1,
        title: 'Tờ trình',
        kind: 'upload',
        fileHash: hash,
        fileName: 'to-trinh.pdf',
        mimeType: 'application/pdf',
        size,
      });
    return `/api/v1/record-files/${fileId}/items/${id}`;
  };
  const transferIn = async (t: Target) => {
    const fileId = await fileIn(t, 'closed');
    const id = newId();
    await k
      .db()
      .insert(archiveTransfers)
      .values({
        id,
        agencyId: k.agencyOf(t),
        unitId: k.unitOf(t).id,
        transferDate: '2017-12-01',
        handedOverBy: k.personOf(t),
        receivedByName: 'Lưu trữ',
      });
    await k
      .db()
      .update(recordFiles)
      .set({ state: 'transferred', transferId: id })
      .where(eq(recordFiles.id, fileId));
    return id;
  };

  const wide = (a: MatrixActor) => a.username === 'x.secretariat_all';
  const managesOwn = (a: MatrixActor, t: Target) =>
    t === 'own' && ['x.unit_unit_head', 'x.unit_iso_officer'].includes(a.username);
  const reads = (a: MatrixActor, t: Target) =>
    t !== 'foreign' && (wide(a) || managesOwn(a, t) || (t === 'own' && a.username === 'x.unit_secretariat'));
  const read = (a: MatrixActor, t: Target): Outcome => (reads(a, t) ? 'ok' : 404);
  const change = (a: MatrixActor, t: Target): Outcome => (!reads(a, t) ? 404 : managesOwn(a, t) ? 'ok' : 403);
  const reopen = (a: MatrixActor, t: Target): Outcome =>
    !reads(a, t) ? 404 : t === 'own' && a.username === 'x.unit_unit_head' ? 'ok' : 403;
  /** Opening a file: anyone working in X1 (all matrix actors do) for X1; nobody for X2. */
  const opens = (_a: MatrixActor, t: Target): Outcome => (t === 'foreign' ? 404 : t === 'own' ? 'ok' : 403);
  const transfers = (a: MatrixActor, t: Target): Outcome =>
    t === 'foreign' ? 404 : managesOwn(a, t) ? 'ok' : 403;

  return {
    'GET /api/v1/record-files': {
      send: (c, t) => c.get(`/api/v1/record-files?unitId=${k.unitOf(t).id}`),
      expect: anyone,
    },
    'POST /api/v1/record-files': {
      send: (c, t) =>
        c.post('/api/v1/record-files', {
          unitId: k.unitOf(t).id,
          startDate: '2017-04-01',
          title: 'Hồ sơ ngoài danh mục',
          retentionYears: 5,
          ownerPersonId: k.personOf(t),
        }),
      expect: opens,
    },
    'GET /api/v1/record-files/catalogue-entries': {
      send: (c, t) => c.get(`/api/v1/record-files/catalogue-entries?unitId=${k.unitOf(t).id}&year=2017`),
      expect: opens,
    },
    'GET /api/v1/record-files/:id': {
      send: async (c, t) => c.get(`/api/v1/record-files/${await fileIn(t)}`),
      expect: read,
    },
    'PATCH /api/v1/record-files/:id': {
      send: async (c, t) =>
        c.patch(`/api/v1/record-files/${await fileIn(t)}`, { version: 1, notes: 'Ghi chú' }),
      expect: change,
    },
    'POST /api/v1/record-files/:id/close': {
      send: async (c, t) => c.post(`/api/v1/record-files/${await fileIn(t)}/close`, { version: 1 }),
      expect: change,
    },
    'POST /api/v1/record-files/:id/reopen': {
      send: async (c, t) =>
        c.post(`/api/v1/record-files/${await fileIn(t, 'closed')}/reopen`, { version: 1, reason: 'Bổ sung' }),
      expect: reopen,
    },
    'POST /api/v1/record-files/:id/items': {
      send: async (c, t) => {
        const { payload, headers } = multipartFile('Tờ trình.pdf', tinyPdf);
        return c.post(`/api/v1/record-files/${await fileIn(t)}/items`, payload, headers);
      },
      expect: change,
    },
    'POST /api/v1/record-files/:id/links': {
      send: async (c, t) => {
        const { versionId } = await seedDocument(k.db(), {
          agencyId: k.fixture().agencyX,
          unitId: k.fixture().units.x1.id,
          personId: k.fixture().x2Staff,
          state: 'in_force',
        });
        return c.post(`/api/v1/record-files/${await fileIn(t)}/links`, { documentVersionId: versionId });
      },
      expect: change,
    },
    'GET /api/v1/record-files/:id/items/:itemId': {
      send: async (c, t) => c.get(await itemIn(t)),
      expect: read,
    },
    'DELETE /api/v1/record-files/:id/items/:itemId': {
      send: async (c, t) => c.delete(await itemIn(t)),
      expect: change,
    },
    'GET /api/v1/archive-transfers': {
      send: (c, t) => c.get(`/api/v1/archive-transfers?unitId=${k.unitOf(t).id}`),
      expect: anyone,
    },
    'POST /api/v1/archive-transfers': {
      send: async (c, t) =>
        c.post('/api/v1/archive-transfers', {
          unitId: k.unitOf(t).id,
          transferDate: '2017-12-01',
          receivedByName: 'Lưu trữ cơ quan',
          fileIds: [await fileIn(t, 'closed')],
        }),
      expect: transfers,
    },
    'GET /api/v1/archive-transfers/:id': {
      send: async (c, t) => c.get(`/api/v1/archive-transfers/${await transferIn(t)}`),
      expect: read,
    },
    'GET /api/v1/archive-transfers/:id/:document.:format': {
      send: async (c, t) => c.get(`/api/v1/archive-transfers/${await transferIn(t)}/minutes.docx`),
      expect: read,
    },
  };
};
