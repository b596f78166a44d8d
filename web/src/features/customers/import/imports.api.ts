import type {
  ImportErrorViewT as ImportErrorView,
  ImportViewT as ImportView,
  MappingSuggestionT as MappingSuggestion,
} from '@server/modules/imports/imports.schemas.js';
import { useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../../api/client.js';
import type { ImportEntity } from './column-mapping.js';

// The server's own answer types (docs/architecture.md, "Types the web shares").
export type {
  ImportErrorViewT as ImportErrorView,
  ImportViewT as ImportView,
  MappingSuggestionT as MappingSuggestion,
} from '@server/modules/imports/imports.schemas.js';

export const importsApi = {
  suggest: (entity: ImportEntity, header: string[]) =>
    api.post<MappingSuggestion>('/imports/mapping', { entity, header }),
  start: (entity: ImportEntity, mapping: string, file: File) =>
    api.upload<ImportView>('/imports', { entity, mapping, fileName: file.name }, file, 'text/csv'),
  list: () => api.get<{ data: ImportView[]; nextCursor: string | null }>('/imports', { limit: 20 }),
  get: (id: string) => api.get<ImportView>(`/imports/${encodeURIComponent(id)}`),
  cancel: (id: string) => api.post<ImportView>(`/imports/${encodeURIComponent(id)}/cancel`),
  /** The first rejected cells with their kind (the wizard words them). */
  errors: (id: string, limit: number) =>
    api.get<{ data: ImportErrorView[] }>(`/imports/${encodeURIComponent(id)}/errors`, { limit }),
  /** The report in the language the user sees the app in (the server words the reasons). */
  errorsUrl: (id: string, lang: string) =>
    buildUrl(`/imports/${encodeURIComponent(id)}/errors.csv`, { lang }),
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

/** The first rejected cells of a finished import, for the wizard's preview of bad rows. */
export function useImportErrors(id: string, enabled: boolean, limit = 10) {
  return useQuery({
    queryKey: [...importsKey, id, 'errors', limit],
    queryFn: () => importsApi.errors(id, limit),
    select: (page) => page.data,
    enabled,
  });
}
