import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { DocumentWork } from '../../../contract/document-work.ts';
import type { DecisionNumberProposal, DocumentView, VersionView } from '../../../contract/documents.ts';
import { api } from '../../app/api.ts';
import { homeKey } from '../../app/query.ts';

/** Query keys of documents; a change invalidates everything under `all` (lists, work, reports). */
export const docKeys = {
  all: ['documents'] as const,
  list: (query: object) => ['documents', 'list', query] as const,
  document: (id: string) => ['documents', 'one', id] as const,
  version: (id: string) => ['documents', 'version', id] as const,
  history: (id: string) => ['documents', 'history', id] as const,
  attachments: (versionId: string) => ['documents', 'attachments', versionId] as const,
  myWork: ['documents', 'my-work'] as const,
};

export const apiPath = {
  version: (id: string) => `/document-versions/${id}`,
  /** Links the browser follows itself (downloads, the flowchart image). */
  file: (versionId: string, name: 'flowchart.svg' | 'export.docx' | 'export.pdf') =>
    `/api/v1/document-versions/${versionId}/${name}`,
};

export function useDocument(id: string) {
  return useQuery({
    queryKey: docKeys.document(id),
    queryFn: () => api.get<DocumentView>(`/documents/${id}`),
  });
}

export function useVersion(id: string | undefined) {
  return useQuery({
    queryKey: docKeys.version(id ?? ''),
    queryFn: () => api.get<VersionView>(apiPath.version(id ?? '')),
    enabled: Boolean(id),
  });
}

/** The register's next decision number, asked when the approval dialog opens. */
export function useDecisionProposal(enabled: boolean) {
  return useQuery({
    queryKey: [...docKeys.all, 'decision-number'],
    queryFn: () => api.get<DecisionNumberProposal>('/documents/decision-number'),
    enabled,
    staleTime: 0,
  });
}

export function useMyWork() {
  return useQuery({ queryKey: docKeys.myWork, queryFn: () => api.get<DocumentWork>('/documents/my-work') });
}

/** After a change answered with the version: show it, and let lists, work and home refresh. */
export function storeVersion(queryClient: QueryClient, version: VersionView) {
  queryClient.setQueryData(docKeys.version(version.id), version);
  void queryClient.invalidateQueries({
    queryKey: docKeys.all,
    predicate: (q) => !(q.queryKey[1] === 'version' && q.queryKey[2] === version.id),
  });
  void queryClient.invalidateQueries({ queryKey: homeKey });
}
