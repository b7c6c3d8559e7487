import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { FileView } from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';

/** Query keys of files and transfers; a change invalidates everything under `all`. */
export const fileKeys = {
  all: ['record-files'] as const,
  list: (query: object) => ['record-files', 'list', query] as const,
  file: (id: string) => ['record-files', 'one', id] as const,
  entries: (unitId: string, year: number) => ['record-files', 'entries', unitId, year] as const,
  transfers: (query: object) => ['record-files', 'transfers', query] as const,
};

export const filePaths = {
  list: '/records/files',
  file: (id: string) => `/records/files/${id}`,
  transfers: '/records/transfers',
};

export const fileApi = {
  item: (fileId: string, itemId: string) => `/api/v1/record-files/${fileId}/items/${itemId}`,
  transferPaper: (id: string, document: 'list' | 'minutes', format: 'xlsx' | 'docx' | 'pdf') =>
    `/api/v1/archive-transfers/${id}/${document}.${format}`,
};

export function useFile(id: string) {
  return useQuery({ queryKey: fileKeys.file(id), queryFn: () => api.get<FileView>(`/record-files/${id}`) });
}

/** After a change answered with the file: show it, and let lists refresh. */
export function storeFile(queryClient: QueryClient, file: FileView) {
  queryClient.setQueryData(fileKeys.file(file.id), file);
  void queryClient.invalidateQueries({
    queryKey: fileKeys.all,
    predicate: (q) => !(q.queryKey[1] === 'one' && q.queryKey[2] === file.id),
  });
}
