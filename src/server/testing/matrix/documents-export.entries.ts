import { seedDocument } from '../fixture-documents.ts';
import { agencyRecord, type Entries, type MatrixActor, type MatrixKit, type Target } from './kit.ts';

/** The flowchart and the DOCX/PDF exports of a version: readable exactly where the version is. */
export const documentExportEntries = (k: MatrixKit): Entries => {
  const versionIn = async (t: Target, state: 'draft' | 'in_force') =>
    (
      await seedDocument(k.db(), {
        agencyId: k.agencyOf(t),
        unitId: k.unitOf(t).id,
        personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
        state,
      })
    ).versionId;
  /** Drafts: X1 people see their unit's; of X2's, only the agency-wide secretariat. */
  const readsDraft = (a: MatrixActor, t: Target) =>
    t === 'own' || (t === 'other' && a.username === 'x.secretariat_all') ? 'ok' : 404;
  return {
    'GET /api/v1/document-versions/:id/flowchart.svg': {
      send: async (c, t) => c.get(`/api/v1/document-versions/${await versionIn(t, 'draft')}/flowchart.svg`),
      expect: readsDraft,
    },
    'GET /api/v1/document-versions/:id/export.docx': {
      send: async (c, t) => c.get(`/api/v1/document-versions/${await versionIn(t, 'in_force')}/export.docx`),
      expect: agencyRecord,
    },
    'GET /api/v1/document-versions/:id/export.pdf': {
      send: async (c, t) => c.get(`/api/v1/document-versions/${await versionIn(t, 'draft')}/export.pdf`),
      expect: readsDraft,
    },
  };
};
