import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Page } from '../../../contract/common.ts';
import type { NcDetail, NcSummary } from '../../../contract/nonconformities.ts';
import { api } from '../../app/api.ts';

export const ncKeys = {
  all: ['nonconformities'] as const,
  list: (query: object) => ['nonconformities', 'list', query] as const,
  one: (id: string) => ['nonconformities', 'one', id] as const,
};

export const ncPaths = {
  list: '/nonconformities',
  one: (id: string) => `/nonconformities/${id}`,
};

export type NcFilter = {
  state?: string;
  source?: string;
  unitId?: string;
  actions?: 'open' | 'overdue';
  originId?: string;
  q?: string;
  page: number;
  pageSize: number;
};

export function useNcs(filter: NcFilter) {
  return useQuery({
    queryKey: ncKeys.list(filter),
    queryFn: () => api.get<Page<NcSummary> & { canCreate: boolean }>('/nonconformities', filter),
  });
}

export function useNc(id: string) {
  return useQuery({
    queryKey: ncKeys.one(id),
    queryFn: () => api.get<NcDetail>(`/nonconformities/${id}`),
    retry: false,
  });
}

/** After a change: the record as answered, and the lists refresh. */
export function storeNc(queryClient: QueryClient, detail: NcDetail) {
  queryClient.setQueryData(ncKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: ncKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
}
