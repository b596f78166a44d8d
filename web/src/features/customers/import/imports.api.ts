import { useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../../api/client.js';
import type { ImportEntity } from './column-mapping.js';

export interface ImportView {
  id: string;
  entity: string;
  /** The file's name on the user's side (null for older imports). */
  fileName: string | null;
  /** Who started it; null: the command line. */
  ownerId: string | null;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | string;
  progress: { done: number; total: number | null };
  counts: { created: number; updated: number; unchanged: number; failed: number };
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

/** The server's reading of a file's header: a field per column (null: ignored) and the fields on offer. */
export interface MappingSuggestion {
  targets: (string | null)[];
  fields: string[];
}

export const importsApi = {
  suggest: (entity: ImportEntity, header: string[]) =>
    api.post<MappingSuggestion>('/imports/mapping', { entity, header }),
  start: (entity: ImportEntity, mapping: string, file: File) =>
    api.upload<ImportView>('/imports', { entity, mapping, fileName: file.name }, file, 'text/csv'),
  list: () => api.get<{ data: ImportView[]; nextCursor: string | null }>('/imports', { limit: 20 }),
  get: (id: string) => api.get<ImportView>(`/imports/${encodeURIComponent(id)}`),
  cancel: (id: string) => api.post<ImportView>(`/imports/${encodeURIComponent(id)}/cancel`),
  errorsUrl: (id: string) => buildUrl(`/imports/${encodeURIComponent(id)}/errors.csv`),
};

export const importsKey = ['imports'] as const;
export const finished = (s?: string) => s === 'done' || s === 'failed' || s === 'cancelled';

/** The latest imports the user may see; polled while one of them is still working. */
export function useImportHistory(enabled: boolean) {
  return useQuery({
    queryKey: importsKey,
    queryFn: importsApi.list,
    select: (page) => page.data,
    enabled,
    refetchInterval: (q) => (q.state.data?.data.some((i) => !finished(i.status)) ? 2000 : false),
  });
}

/** Polls an import every second until it is done or failed. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: [...importsKey, id],
    queryFn: () => importsApi.get(id!),
    enabled: Boolean(id),
    refetchInterval: (q) => (finished(q.state.data?.status) ? false : 1000),
  });
}
