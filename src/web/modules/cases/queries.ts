import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { CaseDetail, CaseSummary, InboxItem } from '../../../contract/cases.ts';
import type { Page } from '../../../contract/common.ts';
import type { MasterListItem } from '../../../contract/documents.ts';
import { api } from '../../app/api.ts';
import { homeKey } from '../../app/query.ts';

export const caseKeys = {
  all: ['cases'] as const,
  list: (query: object) => ['cases', 'list', query] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  inbox: (page: number) => ['cases', 'inbox', page] as const,
};

export const casePaths = {
  list: '/cases',
  case: (id: string) => `/cases/${id}`,
  file: (fileId: string) => `/records/files/${fileId}`,
};

export type CaseListFilter = {
  scope: 'mine' | 'unit';
  state?: string;
  procedureDocumentId?: string;
  /** A unit and the units below it (home's figures link here with ?unitId=), or alone (subunits false). */
  unitId?: string;
  subunits?: boolean;
  overdue?: boolean;
  startedFrom?: string;
  startedTo?: string;
  fileOpenedAtStart?: boolean;
  q?: string;
  page: number;
  pageSize: number;
};

export function useCases(filter: CaseListFilter) {
  return useQuery({
    queryKey: caseKeys.list(filter),
    queryFn: () =>
      api.get<Page<CaseSummary>>('/cases', {
        ...filter,
        overdue: filter.overdue ? 'true' : undefined,
        subunits: filter.subunits === false ? 'false' : undefined,
        fileOpenedAtStart:
          filter.fileOpenedAtStart === undefined ? undefined : String(filter.fileOpenedAtStart),
      }),
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: () => api.get<CaseDetail>(`/cases/${id}`),
    retry: false,
  });
}

export function useCaseInbox(page: number, pageSize = 10) {
  return useQuery({
    queryKey: [...caseKeys.inbox(page), pageSize],
    queryFn: () => api.get<Page<InboxItem>>('/my-work/case-steps', { page, pageSize }),
  });
}

/** After a change: the case as answered, and every list, inbox and the home page refresh. */
export function storeCase(queryClient: QueryClient, detail: CaseDetail | null, id: string) {
  if (detail) queryClient.setQueryData(caseKeys.one(id), detail);
  void queryClient.invalidateQueries({
    queryKey: caseKeys.all,
    predicate: (q) => !(detail && q.queryKey[1] === 'one' && q.queryKey[2] === id),
  });
  void queryClient.invalidateQueries({ queryKey: homeKey });
}

/** Procedures in force, business and system: what a case can be started from. */
export function useProceduresInForce(enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'procedures-in-force'],
    enabled,
    queryFn: async () => {
      const get = (type: string) =>
        api.get<Page<MasterListItem>>('/documents', { status: 'in_force', type, pageSize: 100 });
      const [business, system] = await Promise.all([get('business_procedure'), get('system_procedure')]);
      return [...business.items, ...system.items];
    },
  });
}
