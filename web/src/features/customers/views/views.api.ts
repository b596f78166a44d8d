import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../../api/client.js';
import type { SavedView } from '../customers.types.js';

/** A view as saved: the server gives it its id and owner. */
export type ViewInput = Omit<SavedView, 'id' | 'ownerId'>;

export const viewsApi = {
  list: (entity: string) => api.get<{ data: SavedView[] }>('/views', { entity }),
  create: (body: ViewInput) => api.post<SavedView>('/views', body),
  remove: (id: string) => api.delete(`/views/${encodeURIComponent(id)}`),
};

export const viewsKey = (entity: string) => ['views', entity] as const;

/**
 * Saved views of an entity. `available` is false while the server has no views API (a 404 for the
 * route): the picker hides itself instead of showing an error.
 */
export function useViews(entity: string) {
  const query = useQuery({
    queryKey: viewsKey(entity),
    queryFn: () => viewsApi.list(entity),
    select: (p) => p.data,
    retry: (count, err) => !isApiError(err, 404) && count < 2,
  });
  return { ...query, available: !(query.isError && isApiError(query.error, 404)) };
}
