import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { RiskDetail, RiskList } from '../../../contract/risks.ts';
import { api } from '../../app/api.ts';

export const riskKeys = {
  all: ['risks'] as const,
  list: (query: object) => ['risks', 'list', query] as const,
  one: (id: string) => ['risks', 'one', id] as const,
  /** Việc của tôi: the treatments I own. */
  work: ['risks', 'work'] as const,
};

export const riskPaths = {
  list: '/risks',
  one: (id: string) => `/risks/${id}`,
};

export type RiskFilter = {
  unitId?: string;
  kind?: string;
  level?: string;
  state?: string;
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
};

export function useRisks(filter: RiskFilter) {
  return useQuery({ queryKey: riskKeys.list(filter), queryFn: () => api.get<RiskList>('/risks', filter) });
}

export function useRisk(id: string) {
  return useQuery({
    queryKey: riskKeys.one(id),
    queryFn: () => api.get<RiskDetail>(`/risks/${id}`),
    retry: false,
  });
}

/** After a change: the risk as answered, and the lists (the register, my treatments) refresh. */
export function storeRisk(queryClient: QueryClient, detail: RiskDetail) {
  queryClient.setQueryData(riskKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({
    queryKey: riskKeys.all,
    predicate: (q) => q.queryKey[1] === 'list' || q.queryKey[1] === 'work',
  });
}
