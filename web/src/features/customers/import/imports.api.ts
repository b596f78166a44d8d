import { useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../../api/client.js';
import type { ImportEntity } from './column-mapping.js';

export interface ImportView {
  id: string;
  entity: string;
  status: 'queued' | 'running' | 'done' | 'failed' | string;
  progress: { done: number; total: number | null };
  counts: { created: number; updated: number; unchanged: number; failed: number };
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

export const importsApi = {
  start: (entity: ImportEntity, mapping: string, file: Blob) =>
    api.upload<ImportView>('/imports', { entity, mapping }, file, 'text/csv'),
  get: (id: string) => api.get<ImportView>(`/imports/${encodeURIComponent(id)}`),
  errorsUrl: (id: string) => buildUrl(`/imports/${encodeURIComponent(id)}/errors.csv`),
};

const finished = (s?: string) => s === 'done' || s === 'failed';

/** Polls an import every second until it is done or failed. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: () => importsApi.get(id!),
    enabled: Boolean(id),
    refetchInterval: (q) => (finished(q.state.data?.status) ? false : 1000),
  });
}
