import { useInfiniteQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client.js';
import type { FilterNode } from '../../features/customers/customers.types.js';
import { isEmptyFilter, nodePathOf } from '../../features/customers/filter/filter-model.js';

export interface ListParams {
  q: string;
  sort: string;
  filter: FilterNode | null;
}

/** The list convention's query string: empty parts left out, the filter tree as JSON. */
export function listQueryOf({ q, sort, filter }: ListParams) {
  return {
    q: q.trim() || undefined,
    sort: sort || undefined,
    filter: isEmptyFilter(filter) ? undefined : JSON.stringify(filter),
  };
}

/** How many conditions a tree holds, for the badge on the filter button. */
export function countConditions(filter: FilterNode | null): number {
  return isEmptyFilter(filter) ? 0 : JSON.stringify(filter).split('"field"').length - 1;
}

type ListQuery = ReturnType<typeof listQueryOf>;

export interface CursorListOptions<Row> {
  key: readonly unknown[];
  query: ListQuery;
  fetch: (
    query: ListQuery & { cursor: string | null },
  ) => Promise<{ data: Row[]; nextCursor?: string | null }>;
  enabled?: boolean;
  /** Maps a server node path to the builder's (when the page wraps the user's tree in its own). */
  errorPath?: (path: string) => string;
}

/**
 * Pages of a list endpoint by keyset cursor. A 400 `invalid_filter` is not retried; its reasons come
 * back as `filterErrors`, keyed by the builder's node paths, so the builder can mark the nodes.
 */
export function useCursorList<Row>({ key, query, fetch, enabled, errorPath }: CursorListOptions<Row>) {
  const list = useInfiniteQuery({
    queryKey: [...key, 'list', query],
    queryFn: ({ pageParam }) => fetch({ ...query, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
    enabled,
    retry: (count, err) => !isApiError(err, 400) && count < 2,
  });
  const filterErrors: Record<string, string> = {};
  if (isApiError(list.error, 400) && list.error.code === 'invalid_filter') {
    for (const e of list.error.errors)
      filterErrors[(errorPath ?? ((p) => p))(nodePathOf(e.path))] = e.message;
    if (!list.error.errors.length) filterErrors[''] = list.error.detail;
  }
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return { list, rows, filterErrors, filterInvalid: Object.keys(filterErrors).length > 0 };
}
