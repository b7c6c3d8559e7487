import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { ObjectiveDetail, ObjectiveListItem } from '../../../contract/objectives.ts';
import { api } from '../../app/api.ts';

export const objectiveKeys = {
  all: ['objectives'] as const,
  list: (year: number) => ['objectives', 'list', year] as const,
  one: (id: string) => ['objectives', 'one', id] as const,
};

export const objectivePaths = {
  list: '/objectives',
  one: (id: string) => `/objectives/${id}`,
};

export function useObjectives(year: number) {
  return useQuery({
    queryKey: objectiveKeys.list(year),
    queryFn: () =>
      api.get<{ year: number; items: ObjectiveListItem[]; canDraft: boolean }>('/objectives', { year }),
  });
}

export function useObjective(id: string) {
  return useQuery({
    queryKey: objectiveKeys.one(id),
    queryFn: () => api.get<ObjectiveDetail>(`/objectives/${id}`),
    retry: false,
  });
}

/** After a change: the objective as answered, and the lists refresh. */
export function storeObjective(queryClient: QueryClient, detail: ObjectiveDetail) {
  queryClient.setQueryData(objectiveKeys.one(detail.id), detail);
  void queryClient.invalidateQueries({
    queryKey: objectiveKeys.all,
    predicate: (q) => q.queryKey[1] === 'list',
  });
}
