import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  ChecklistView,
  FindingList,
  MyAuditsView,
  ReportView,
  SampleList,
} from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';

/** Addresses of the audit work pages and API, and the queries they share. */
export const auditWorkPaths = {
  roundAudit: (id: string) => `/internal-audits/round-audits/${id}`,
  finding: (id: string) => `/internal-audits/findings/${id}`,
  unitFindings: '/internal-audits/unit-findings',
};
export const ia = (path: string) => `/internal-audits${path}`;
const key = (...parts: string[]) => ['internal-audits', 'work', ...parts];
export const auditWorkKeys = { all: key() };

export const useChecklist = (id: string) =>
  useQuery({
    queryKey: key('checklist', id),
    queryFn: () => api.get<ChecklistView>(ia(`/round-audits/${id}/checklist`)),
  });
export const useSamples = (id: string) =>
  useQuery({
    queryKey: key('samples', id),
    queryFn: () => api.get<SampleList>(ia(`/round-audits/${id}/samples`)),
  });
export const useFindings = (id: string) =>
  useQuery({
    queryKey: key('findings', id),
    queryFn: () => api.get<FindingList>(ia(`/round-audits/${id}/findings`)),
  });
export const useUnitFindings = () =>
  useQuery({ queryKey: key('unit-findings'), queryFn: () => api.get<FindingList>(ia('/unit-findings')) });
export const useReport = (roundId: string) =>
  useQuery({
    queryKey: key('report', roundId),
    queryFn: () => api.get<ReportView>(ia(`/rounds/${roundId}/report`)),
  });
export const useMyAudits = () =>
  useQuery({ queryKey: key('mine'), queryFn: () => api.get<MyAuditsView>(ia('/my-audits')) });

/** Everything of audit work is read again after a change (one unit's audit is small). */
export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: auditWorkKeys.all });
}

/** A { vi, en } name from the contract in the page's language. */
export function useName() {
  const { i18n } = useTranslation();
  return (n: { vi: string; en: string }) => (i18n.language.startsWith('en') ? n.en : n.vi);
}
