import { type QueryClient, useQuery } from '@tanstack/react-query';
import type {
  CoverageView,
  ProgrammeSummary,
  ProgrammeView,
  RiskView,
  RoundView,
  ScheduleItem,
} from '../../../contract/internal-audits.ts';
import { api } from '../../app/api.ts';

export const iaKeys = {
  all: ['internal-audits'] as const,
  programmes: ['internal-audits', 'programmes'] as const,
  programme: (id: string) => ['internal-audits', 'programme', id] as const,
  round: (id: string) => ['internal-audits', 'round', id] as const,
  schedule: ['internal-audits', 'schedule'] as const,
};

export const iaPaths = {
  home: '/internal-audits',
  programme: (id: string) => `/internal-audits/programmes/${id}`,
  round: (id: string) => `/internal-audits/rounds/${id}`,
};

const base = '/internal-audits';

export const useProgrammes = () =>
  useQuery({
    queryKey: iaKeys.programmes,
    queryFn: () => api.get<{ items: ProgrammeSummary[]; canCreate: boolean }>(`${base}/programmes`),
  });

export const useSchedule = () =>
  useQuery({
    queryKey: iaKeys.schedule,
    queryFn: () => api.get<{ items: ScheduleItem[] }>(`${base}/schedule`),
  });

export const useProgramme = (id: string) =>
  useQuery({
    queryKey: iaKeys.programme(id),
    queryFn: () => api.get<ProgrammeView>(`${base}/programmes/${id}`),
    retry: false,
  });

export const useCoverage = (id: string, version: number | undefined) =>
  useQuery({
    queryKey: [...iaKeys.programme(id), 'coverage', version],
    queryFn: () => api.get<CoverageView>(`${base}/programmes/${id}/coverage`),
    enabled: version !== undefined,
  });

export const useRisk = (id: string) =>
  useQuery({
    queryKey: [...iaKeys.programme(id), 'risk'],
    queryFn: () => api.get<RiskView>(`${base}/programmes/${id}/risk`),
  });

export const useRound = (id: string) =>
  useQuery({
    queryKey: iaKeys.round(id),
    queryFn: () => api.get<RoundView>(`${base}/rounds/${id}`),
    retry: false,
  });

export const useAuditors = (enabled: boolean) =>
  useQuery({
    queryKey: ['internal-audits', 'auditors'],
    queryFn: () =>
      api.get<{ items: Array<{ person: { id: string; name: string }; unitName: string }> }>(
        `${base}/auditors`,
      ),
    enabled,
  });

export const settingsKey = ['internal-audits', 'settings'] as const;
export const useSettings = (enabled: boolean) =>
  useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<{ noticeWorkingDays: number; version: number }>(`${base}/settings`),
    enabled,
  });

/** After a change: everything of the module is read again. */
export const refreshAll = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: iaKeys.all });

export const iaApi = {
  get: <T>(path: string) => api.get<T>(`${base}${path}`),
  post: <T>(path: string, body?: unknown) => api.post<T>(`${base}${path}`, body),
  patch: <T>(path: string, body: unknown) => api.patch<T>(`${base}${path}`, body),
  put: <T>(path: string, body: unknown) => api.put<T>(`${base}${path}`, body),
  delete: <T>(path: string) => api.delete<T>(`${base}${path}`),
};
