import { newId } from '../../db/ids.ts';
import { documentSignedFiles } from '../../modules/documents/documents.table.ts';
import { storeFile } from '../../platform/files/files.ts';
import { makeTestSigner, signPdf } from '../../platform/signatures/pades.testing.ts';
import { seedDocument } from '../fixture-documents.ts';
import { multipartFile } from '../xlsx-upload.ts';
import {
  agencyRecord,
  anyone,
  type Entries,
  type MatrixActor,
  type MatrixKit,
  type Outcome,
  type Target,
} from './kit.ts';

/** One signed PDF for the whole matrix: generating keys is the slow part. */
let signed: Promise<Buffer> | undefined;
const signedPdf = () => {
  signed ??= makeTestSigner().then((signer) => signPdf(signer));
  return signed;
};

/** Document control. */
export const documentEntries = (k: MatrixKit): Entries => {
  const documentIn = (t: Target, state: 'draft' | 'in_force') =>
    seedDocument(k.db(), {
      agencyId: k.agencyOf(t),
      unitId: k.unitOf(t).id,
      personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
      state,
    });
  /** Drafts: X1 people see their unit's; of X2's, only the agency-wide secretariat. */
  const readsDraft = (a: MatrixActor, t: Target) =>
    t === 'own' || (t === 'other' && a.username === 'x.secretariat_all');
  const officerOnly = (a: MatrixActor, t: Target): Outcome =>
    !readsDraft(a, t) ? 404 : a.username === 'x.unit_iso_officer' && t === 'own' ? 'ok' : 403;
  return {
    'GET /api/v1/documents': { send: (c) => c.get('/api/v1/documents'), expect: anyone },
    'GET /api/v1/documents/:id': {
      send: async (c, t) => c.get(`/api/v1/documents/${(await documentIn(t, 'in_force')).documentId}`),
      expect: agencyRecord,
    },
    'POST /api/v1/documents/change-requests': {
      send: (c, t) =>
        c.post('/api/v1/documents/change-requests', {
          kind: 'new',
          reason: 'Thử quyền',
          type: 'business_procedure',
          title: k.unique('Quy trình '),
          ownerUnitId: k.unitOf(t).id,
        }),
      expect: (a, t) => {
        if (t === 'foreign') return 400;
        const x1Roles = ['x.unit_iso_officer', 'x.unit_unit_head', 'x.unit_secretariat'];
        return a.username === 'x.secretariat_all' || (t === 'own' && x1Roles.includes(a.username))
          ? 'ok'
          : 403;
      },
    },
    'GET /api/v1/document-versions/:id': {
      send: async (c, t) => c.get(`/api/v1/document-versions/${(await documentIn(t, 'draft')).versionId}`),
      expect: (a, t) => (readsDraft(a, t) ? 'ok' : 404),
    },
    'PATCH /api/v1/document-versions/:id': {
      send: async (c, t) => {
        const { versionId, version } = await documentIn(t, 'draft');
        return c.patch(`/api/v1/document-versions/${versionId}`, {
          version: version.version,
          title: k.unique('Tên mới '),
        });
      },
      expect: officerOnly,
    },
    'POST /api/v1/document-versions/:id/transitions': {
      send: async (c, t) => {
        const { versionId, version } = await documentIn(t, 'draft');
        return c.post(`/api/v1/document-versions/${versionId}/transitions`, {
          action: 'submit_review',
          version: version.version,
        });
      },
      expect: officerOnly,
    },
    'GET /api/v1/documents/decision-number': {
      send: (c) => c.get('/api/v1/documents/decision-number'),
      expect: anyone,
    },
    'POST /api/v1/document-versions/:id/decision-number': {
      // Only the văn thư numbers a decision; the seeded version in force has no number yet.
      send: async (c, t) => {
        const { versionId, version } = await documentIn(t, 'in_force');
        return c.post(`/api/v1/document-versions/${versionId}/decision-number`, {
          version: version.version,
          fromRegister: true,
        });
      },
      expect: (a, t) => (t === 'foreign' ? 404 : a.username === 'x.unit_clerk' && t === 'own' ? 'ok' : 403),
    },
    'GET /api/v1/document-versions/:id/signed-decisions': {
      send: async (c, t) =>
        c.get(`/api/v1/document-versions/${(await documentIn(t, 'in_force')).versionId}/signed-decisions`),
      expect: agencyRecord,
    },
    'POST /api/v1/document-versions/:id/signed-decisions': {
      send: async (c, t) => {
        const { payload, headers } = multipartFile('quyet-dinh.pdf', await signedPdf());
        const { versionId } = await documentIn(t, 'in_force');
        return c.post(`/api/v1/document-versions/${versionId}/signed-decisions`, payload, headers);
      },
      // The approver (leadership), the văn thư and the secretariat of the unit (or agency-wide).
      expect: (a, t) => {
        if (t === 'foreign') return 404;
        if (a.username === 'x.secretariat_all') return 'ok';
        const x1 = ['x.unit_leadership', 'x.unit_clerk', 'x.unit_secretariat'];
        return t === 'own' && x1.includes(a.username) ? 'ok' : 403;
      },
    },
    'GET /api/v1/document-versions/:id/signed-decisions/:fileId': {
      send: async (c, t) => {
        const { versionId } = await documentIn(t, 'in_force');
        const content = await signedPdf();
        const { hash, size } = await storeFile(k.files(), content);
        const id = newId();
        await k
          .db()
          .insert(documentSignedFiles)
          .values({
            id,
            agencyId: k.agencyOf(t),
            versionId,
            fileHash: hash,
            fileName: 'quyet-dinh.pdf',
            size,
            intact: true,
            verification: {},
            uploadedBy: k.personOf(t),
          });
        return c.get(`/api/v1/document-versions/${versionId}/signed-decisions/${id}`);
      },
      expect: agencyRecord,
    },
    'POST /api/v1/document-versions/:id/acknowledge': {
      // Nobody was asked to read these: reaching "nothing to acknowledge" (409) shows access.
      send: async (c, t) =>
        c.post(`/api/v1/document-versions/${(await documentIn(t, 'in_force')).versionId}/acknowledge`),
      expect: (_a, t) => (t === 'foreign' ? 404 : 409),
    },
  };
};

/** My document work and the read-acknowledgement report. */
export const documentWorkEntries = (k: MatrixKit): Entries => ({
  'GET /api/v1/documents/my-work': { send: (c) => c.get('/api/v1/documents/my-work'), expect: anyone },
  'GET /api/v1/document-versions/:id/acknowledgements': {
    send: async (c, t) => {
      const { versionId } = await seedDocument(k.db(), {
        agencyId: k.agencyOf(t),
        unitId: k.unitOf(t).id,
        personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
        state: 'in_force',
      });
      return c.get(`/api/v1/document-versions/${versionId}/acknowledgements`);
    },
    // Secretariat (any unit), unit heads and leadership of the owner unit.
    expect: (a, t): Outcome => {
      if (t === 'foreign') return 404;
      if (a.username === 'x.secretariat_all') return 'ok';
      const x1Readers = ['x.unit_secretariat', 'x.unit_unit_head', 'x.unit_leadership'];
      return t === 'own' && x1Readers.includes(a.username) ? 'ok' : 403;
    },
  },
});

/** Type settings and external document particulars. */
export const documentSettingsEntries = (k: MatrixKit): Entries => ({
  'GET /api/v1/document-type-settings': {
    send: (c) => c.get('/api/v1/document-type-settings'),
    expect: anyone,
  },
  'PUT /api/v1/document-type-settings/:type': {
    send: (c) =>
      c.put('/api/v1/document-type-settings/guideline', { approverRole: 'leadership', codePrefix: 'HD' }),
    // Agency-wide administrators and the agency-wide secretariat.
    expect: (a): Outcome => (a.agencyAdmin || a.username === 'x.secretariat_all' ? 'ok' : 403),
  },
  'GET /api/v1/document-duty-settings': {
    send: (c) => c.get('/api/v1/document-duty-settings'),
    expect: anyone,
  },
  'PUT /api/v1/document-duty-settings': {
    send: async (c) => {
      const current = (await c.get('/api/v1/document-duty-settings')).body;
      return c.put('/api/v1/document-duty-settings', { reviewerMayCheck: true, version: current.version });
    },
    // Agency-wide administrators and the agency-wide secretariat.
    expect: (a): Outcome => (a.agencyAdmin || a.username === 'x.secretariat_all' ? 'ok' : 403),
  },
  'PATCH /api/v1/documents/:id/external': {
    send: async (c, t) => {
      const { documentId } = await seedDocument(k.db(), {
        agencyId: k.agencyOf(t),
        unitId: k.unitOf(t).id,
        personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
        state: 'in_force',
      });
      return c.patch(`/api/v1/documents/${documentId}/external`, { version: 1, issuer: 'Bộ' });
    },
    // The seeded document is a procedure: who may edit reaches "not external" (409).
    expect: (a, t): Outcome => {
      if (t === 'foreign') return 404;
      const x1Editors = ['x.unit_iso_officer', 'x.unit_secretariat'];
      return a.username === 'x.secretariat_all' || (t === 'own' && x1Editors.includes(a.username))
        ? 409
        : 403;
    },
  },
});
