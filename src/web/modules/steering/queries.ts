import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  CommitteeView,
  DirectiveList,
  DirectiveWork,
  MeetingDetail,
  OverdueByUnit,
  SteeringSettingsView,
} from '../../../contract/steering.ts';
import { api } from '../../app/api.ts';

export const steeringKeys = {
  all: ['steering'] as const,
  committee: ['steering', 'committee'] as const,
  meeting: (id: string) => ['steering', 'meeting', id] as const,
  directives: (unitId?: string, status?: string) => ['steering', 'directives', unitId, status] as const,
  work: ['steering', 'work'] as const,
  home: ['steering', 'home'] as const,
  settings: ['steering', 'settings'] as const,
};

export const steeringPaths = {
  committee: '/steering',
  meeting: (id: string) => `/steering/meetings/${id}`,
  directives: (unitId?: string) => `/steering/directives${unitId ? `?unitId=${unitId}` : ''}`,
};

export const useCommittee = () =>
  useQuery({
    queryKey: steeringKeys.committee,
    queryFn: () => api.get<CommitteeView>('/steering'),
    retry: false,
  });

export const useMeeting = (id: string) =>
  useQuery({
    queryKey: steeringKeys.meeting(id),
    queryFn: () => api.get<MeetingDetail>(`/steering/meetings/${id}`),
    retry: false,
  });

export const useDirectives = (unitId?: string, status?: string) =>
  useQuery({
    queryKey: steeringKeys.directives(unitId, status),
    queryFn: () =>
      api.get<DirectiveList>('/steering/directives', {
        unitId: unitId || undefined,
        status: status || undefined,
      }),
  });

export const useDirectiveWork = () =>
  useQuery({ queryKey: steeringKeys.work, queryFn: () => api.get<DirectiveWork>('/my-work/steering') });

export const useOverdueByUnit = () =>
  useQuery({
    queryKey: steeringKeys.home,
    queryFn: () => api.get<OverdueByUnit>('/home/steering-directives'),
  });

export const useSteeringSettings = (enabled: boolean) =>
  useQuery({
    queryKey: steeringKeys.settings,
    queryFn: () => api.get<SteeringSettingsView>('/steering/settings'),
    enabled,
  });

/** After a change of a meeting: keep its answer, refresh the rest of the area. */
export function storeMeeting(queryClient: QueryClient, detail: MeetingDetail) {
  queryClient.setQueryData(steeringKeys.meeting(detail.id), detail);
  void queryClient.invalidateQueries({
    queryKey: steeringKeys.all,
    predicate: (q) => !(q.queryKey[1] === 'meeting' && q.queryKey[2] === detail.id),
  });
}
