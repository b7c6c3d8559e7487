import { paths } from '../../app/paths.ts';

/** Addresses of the documents' pages (the record's version and tab live in the query). */
export const docPaths = {
  document: (id: string, versionId?: string) =>
    `${paths.documents}/${id}${versionId ? `?version=${versionId}` : ''}`,
  edit: (id: string, versionId: string) => `${paths.documents}/${id}/versions/${versionId}/edit`,
  import: `${paths.documents}/import`,
  search: (q?: string) => `${paths.documents}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
};
