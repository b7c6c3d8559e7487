import { seedWrittenDocument } from '../../modules/documents/search/search.fixture.ts';
import { anyone, type Entries, type MatrixActor, type MatrixKit, type Target } from './kit.ts';

/** Document search and the master list export. */
export const documentSearchEntries = (k: MatrixKit): Entries => {
  /** Drafts: X1 people find their unit's; of X2's, only the agency-wide secretariat. */
  const readsDraft = (a: MatrixActor, t: Target) =>
    t === 'own' || (t === 'other' && a.username === 'x.secretariat_all');
  return {
    'GET /api/v1/documents/search': {
      // Search answers 200 either way: a draft not among the hits counts as 404 here.
      send: async (c, t) => {
        const word = `mtx${k.next()}`;
        const { documentId } = await seedWrittenDocument(
          k.db(),
          {
            agencyId: k.agencyOf(t),
            unitId: k.unitOf(t).id,
            personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
          },
          { title: `Quy trình mẫu ${word}`, state: 'draft' },
        );
        const response = await c.get(`/api/v1/documents/search?q=${word}`);
        const found =
          response.status === 200 &&
          response.body.items.some((h: { documentId: string }) => h.documentId === documentId);
        return response.status === 200 ? { ...response, status: found ? 200 : 404 } : response;
      },
      expect: (a, t) => (readsDraft(a, t) ? 'ok' : 404),
    },
    'GET /api/v1/documents/export.xlsx': {
      send: (c) => c.get('/api/v1/documents/export.xlsx'),
      expect: anyone,
    },
  };
};
