import { z } from 'zod';
import { listQuery, page } from './common.ts';
import { documentType, versionState } from './documents.ts';

export const documentSearchQuery = listQuery.extend({
  q: z.string().trim().min(1).max(200),
  type: documentType.optional(),
  ownerUnitId: z.uuid().optional(),
  /** Also list the older versions (superseded, withdrawn) of each document. */
  includeSuperseded: z.enum(['true', 'false']).default('false'),
});
export type DocumentSearchQuery = z.infer<typeof documentSearchQuery>;

export const documentSearchHit = z.object({
  documentId: z.uuid(),
  versionId: z.uuid(),
  code: z.string(),
  title: z.string(),
  type: documentType,
  state: versionState,
  ownerUnitName: z.string(),
  issueNo: z.number().int(),
  rank: z.number(),
  /** The title as HTML: escaped, with the matched words in `<mark>…</mark>`. */
  titleHighlight: z.string(),
  /** About 200 characters of the content around the first match, HTML like the title. */
  snippet: z.string(),
});
export type DocumentSearchHit = z.infer<typeof documentSearchHit>;

/** An XLSX file (the master list export). */
export const xlsxFile = z.instanceof(Buffer).meta({
  description: 'Tệp Excel (.xlsx)',
  contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

export const documentSearchPage = page(documentSearchHit).extend({
  /** True when few words matched exactly and near matches of the title (typos) were added. */
  approximate: z.boolean(),
});
