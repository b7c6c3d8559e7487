import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

/**
 * Measures of work cases, asked for the target's unit: everyone in agency X sees their own
 * unit's figures (every matrix actor works in X1); another unit of X needs an agency-wide
 * secretariat, leadership or steering grant; another agency's unit does not exist.
 */
export const caseMeasuresEntries = (k: MatrixKit): Entries => {
  const expect = (a: MatrixActor, t: Target): Outcome =>
    t === 'foreign' ? 404 : t === 'own' || a.username === 'x.secretariat_all' ? 'ok' : 403;
  const query = (t: Target) => `?from=2017-01-01&to=2017-12-31&unitId=${k.unitOf(t).id}`;
  return {
    'GET /api/v1/reports/case-measures': {
      send: (c, t) => c.get(`/api/v1/reports/case-measures${query(t)}`),
      expect,
    },
    'GET /api/v1/reports/case-measures.xlsx': {
      send: (c, t) => c.get(`/api/v1/reports/case-measures.xlsx${query(t)}`),
      expect,
    },
    'GET /api/v1/reports/case-measures.docx': {
      send: (c, t) => c.get(`/api/v1/reports/case-measures.docx${query(t)}`),
      expect,
    },
    'GET /api/v1/reports/case-measures.pdf': {
      send: (c, t) => c.get(`/api/v1/reports/case-measures.pdf${query(t)}`),
      expect,
    },
  };
};
