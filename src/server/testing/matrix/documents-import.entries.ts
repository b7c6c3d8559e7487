import { importForm, importList, importRow, tinyPdf } from '../documents-import-upload.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome } from './kit.ts';

/** Bringing an existing QMS in: the agency-wide secretariat and administrator only, no record. */
export const documentImportEntries = (k: MatrixKit): Entries => {
  const importers = (a: MatrixActor): Outcome =>
    a.username === 'x.secretariat_all' || a.agencyAdmin ? 'ok' : 403;
  /** A fresh code each time: a list whose code was imported before would be refused (422). */
  const upload = async () => {
    const code = k.unique('QT-MT-');
    return importForm(await importList([importRow(code)]), [[`${code}.pdf`, tinyPdf()]]);
  };
  return {
    'GET /api/v1/documents/import/template.xlsx': {
      send: (c) => c.get('/api/v1/documents/import/template.xlsx'),
      expect: importers,
    },
    'POST /api/v1/documents/import/check': {
      send: async (c) => {
        const { payload, headers } = await upload();
        return c.post('/api/v1/documents/import/check', payload, headers);
      },
      expect: importers,
    },
    'POST /api/v1/documents/import': {
      send: async (c) => {
        const { payload, headers } = await upload();
        return c.post('/api/v1/documents/import', payload, headers);
      },
      expect: importers,
    },
  };
};
