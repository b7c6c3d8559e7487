import { newId } from '../../db/ids.ts';
import { steeringDeclarations, steeringReviewPacks } from '../../modules/steering/reports/reports.table.ts';
import { FIXTURE_PASSWORD } from '../fixture.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/steering/reports';

/**
 * The steering committee's reports are the agency's: the agency-wide secretariat prepares
 * and reads them, agency-wide leadership reads and signs (no matrix actor holds leadership
 * agency-wide: tested in reports.test.ts); everyone else, unit grants included, gets 404.
 * Records of another agency: 404.
 */
export const steeringReportEntries = (k: MatrixKit): Entries => {
  const secretariat = (a: MatrixActor) => a.username === 'x.secretariat_all';
  const read = (a: MatrixActor, t: Target): Outcome => (t === 'foreign' || !secretariat(a) ? 404 : 'ok');
  const agencyRead = (a: MatrixActor): Outcome => (secretariat(a) ? 'ok' : 404);
  const pack = async (t: Target) => {
    const id = newId();
    const year = 3000 + k.next();
    await k
      .db()
      .insert(steeringReviewPacks)
      .values({
        id,
        agencyId: k.agencyOf(t),
        title: `Báo cáo ${year}`,
        periodFrom: `${year}-01-01`,
        periodTo: `${year}-12-31`,
        createdBy: k.personOf(t),
      });
    return id;
  };
  const declaration = async (t: Target) => {
    const id = newId();
    await k
      .db()
      .insert(steeringDeclarations)
      .values({ id, agencyId: k.agencyOf(t), createdBy: k.personOf(t) });
    return id;
  };
  return {
    [`GET ${base}/packs`]: { send: (c) => c.get(`${base}/packs`), expect: agencyRead },
    [`POST ${base}/packs`]: {
      send: (c) => {
        const year = 3000 + k.next();
        return c.post(`${base}/packs`, { title: 'Báo cáo', from: `${year}-01-01`, to: `${year}-06-30` });
      },
      expect: agencyRead,
    },
    [`GET ${base}/packs/:id`]: {
      send: async (c, t) => c.get(`${base}/packs/${await pack(t)}`),
      expect: read,
    },
    [`PUT ${base}/packs/:id/narratives`]: {
      send: async (c, t) =>
        c.put(`${base}/packs/${await pack(t)}/narratives`, { version: 1, narratives: { resources: 'Đủ.' } }),
      expect: read,
    },
    [`GET ${base}/packs/:id.docx`]: {
      send: async (c, t) => c.get(`${base}/packs/${await pack(t)}.docx`),
      expect: read,
    },
    [`GET ${base}/packs/:id.pdf`]: {
      send: async (c, t) => c.get(`${base}/packs/${await pack(t)}.pdf`),
      expect: read,
    },
    [`GET ${base}/annual/:year.docx`]: {
      send: (c) => c.get(`${base}/annual/2017.docx`),
      expect: agencyRead,
    },
    [`GET ${base}/declarations`]: { send: (c) => c.get(`${base}/declarations`), expect: agencyRead },
    [`POST ${base}/declarations`]: { send: (c) => c.post(`${base}/declarations`, {}), expect: agencyRead },
    [`POST ${base}/declarations/:id/sign`]: {
      send: async (c, t) =>
        c.post(`${base}/declarations/${await declaration(t)}/sign`, {
          version: 1,
          password: FIXTURE_PASSWORD,
        }),
      // The secretariat reads it but only leadership signs.
      expect: (a, t) => (read(a, t) === 'ok' ? 403 : 404),
    },
    [`GET ${base}/declarations/:id.docx`]: {
      send: async (c, t) => c.get(`${base}/declarations/${await declaration(t)}.docx`),
      expect: read,
    },
    [`GET ${base}/evidence/:year.zip`]: {
      // Only the answer's status: the pack renders a PDF of every document in force (hundreds
      // here by now); what it holds is tested in reports.test.ts.
      send: (c) => c.status(`${base}/evidence/2017.zip`),
      expect: agencyRead,
    },
    [`GET ${base}/clock`]: { send: (c) => c.get(`${base}/clock`), expect: agencyRead },
  };
};
