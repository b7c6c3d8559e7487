import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { CatalogueList, CatalogueView, CatalogueWork } from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { paths } from '../../../app/paths.ts';
import { homeKey } from '../../../app/query.ts';

export const catalogueKeys = {
  all: ['records-catalogues'] as const,
  list: (query: object) => ['records-catalogues', 'list', query] as const,
  one: (id: string) => ['records-catalogues', 'one', id] as const,
};

export const cataloguePath = (id: string) => `${paths.catalogues}/${id}`;
export const catalogueApi = (id: string) => `/records-catalogues/${id}`;
/** Links the browser follows itself (downloads). */
export const exportUrl = (id: string, extension: 'docx' | 'pdf' | 'xlsx') =>
  `/api/v1/records-catalogues/${id}/export.${extension}`;
/** The files page belongs to another area: a plain link. */
export const filePath = (id: string) => `${paths.recordFiles}/${id}`;

export function useCatalogues(query: { unitId?: string; year?: number }) {
  return useQuery({
    queryKey: catalogueKeys.list(query),
    queryFn: () => api.get<CatalogueList>('/records-catalogues', query),
  });
}

export function useCatalogue(id: string) {
  return useQuery({
    queryKey: catalogueKeys.one(id),
    queryFn: () => api.get<CatalogueView>(catalogueApi(id)),
  });
}

/** After a change answered with the catalogue: show it, and let the lists refresh. */
export function storeCatalogue(queryClient: QueryClient, view: CatalogueView) {
  queryClient.setQueryData(catalogueKeys.one(view.id), view);
  void queryClient.invalidateQueries({ queryKey: [...catalogueKeys.all, 'list'] });
  void queryClient.invalidateQueries({ queryKey: [...catalogueKeys.all, 'my-work'] });
  void queryClient.invalidateQueries({ queryKey: homeKey });
}

/** "My work": catalogues submitted to this unit head for approval. */
export const catalogueWorkKey = [...catalogueKeys.all, 'my-work'] as const;
export function useCatalogueWork() {
  return useQuery({
    queryKey: catalogueWorkKey,
    queryFn: () => api.get<CatalogueWork>('/my-work/records-catalogues'),
  });
}
