import { eq } from 'drizzle-orm';
import { documents } from '../../modules/documents/documents.table.ts';
import { FIXTURE_PASSWORD } from '../fixture.ts';
import { seedDocument } from '../fixture-documents.ts';
import {
  agencyRecord,
  type Entries,
  type MatrixActor,
  type MatrixKit,
  type Outcome,
  type Target,
} from './kit.ts';

/** Revision history and diff, periodic review, the documents status report. */
export const documentReportEntries = (k: MatrixKit): Entries => {
  const inForce = (t: Target) =>
    seedDocument(k.db(), {
      agencyId: k.agencyOf(t),
      unitId: k.unitOf(t).id,
      personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
      state: 'in_force',
    });
  const documentVersion = async (id: string) =>
    (await k.db().select({ version: documents.version }).from(documents).where(eq(documents.id, id)))[0]
      .version;
  /** Holds `roles` over X1 (own) only, or agency-wide over X. */
  const over =
    (roles: string[], agencyWide: string[]) =>
    (a: MatrixActor, t: Target): Outcome => {
      if (t === 'foreign') return 404;
      const x1 = roles.some((r) => a.username === `x.unit_${r}`);
      return agencyWide.includes(a.username) || (x1 && t === 'own') ? 'ok' : 403;
    };
  /** Asked without a record: anyone holding one of `roles` anywhere. */
  const holdsAny =
    (roles: string[]) =>
    (a: MatrixActor): Outcome =>
      a.username === 'x.secretariat_all' || roles.some((r) => a.username === `x.unit_${r}`) ? 'ok' : 403;
  const reportReaders = holdsAny(['secretariat', 'leadership', 'steering_member', 'unit_head']);
  const period = '?from=2017-01-01&to=2017-12-31';
  return {
    'GET /api/v1/documents/:id/history': {
      send: async (c, t) => c.get(`/api/v1/documents/${(await inForce(t)).documentId}/history`),
      expect: agencyRecord,
    },
    'GET /api/v1/document-versions/:id/diff': {
      send: async (c, t) => {
        const { versionId } = await inForce(t);
        return c.get(`/api/v1/document-versions/${versionId}/diff?against=${versionId}`);
      },
      expect: agencyRecord,
    },
    'GET /api/v1/documents/reviews/due': {
      send: (c) => c.get('/api/v1/documents/reviews/due'),
      expect: holdsAny(['secretariat', 'unit_head', 'iso_officer', 'leadership']),
    },
    'GET /api/v1/documents/:id/reviews': {
      send: async (c, t) => c.get(`/api/v1/documents/${(await inForce(t)).documentId}/reviews`),
      expect: agencyRecord,
    },
    'POST /api/v1/documents/:id/reviews': {
      send: async (c, t) => {
        const { documentId } = await inForce(t);
        return c.post(`/api/v1/documents/${documentId}/reviews`, {
          outcome: 'no_change',
          version: await documentVersion(documentId),
          password: FIXTURE_PASSWORD,
        });
      },
      expect: over(['unit_head', 'secretariat'], ['x.secretariat_all']),
    },
    'PATCH /api/v1/documents/:id/review-interval': {
      send: async (c, t) => {
        const { documentId } = await inForce(t);
        return c.patch(`/api/v1/documents/${documentId}/review-interval`, {
          version: await documentVersion(documentId),
          reviewIntervalMonths: 24,
        });
      },
      expect: over(['secretariat'], ['x.secretariat_all']),
    },
    'GET /api/v1/reports/documents-status': {
      send: (c) => c.get(`/api/v1/reports/documents-status${period}`),
      expect: reportReaders,
    },
    'GET /api/v1/reports/documents-status.xlsx': {
      send: (c) => c.get(`/api/v1/reports/documents-status.xlsx${period}`),
      expect: reportReaders,
    },
    'GET /api/v1/reports/documents-status.docx': {
      send: (c) => c.get(`/api/v1/reports/documents-status.docx${period}`),
      expect: reportReaders,
    },
    'GET /api/v1/reports/documents-status.pdf': {
      send: (c) => c.get(`/api/v1/reports/documents-status.pdf${period}`),
      expect: reportReaders,
    },
  };
};
