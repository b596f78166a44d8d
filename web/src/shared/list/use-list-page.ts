import { isApiError } from '../../api/client.js';
import type { FilterNode } from '../../features/customers/customers.types.js';
import { isEmptyFilter } from '../../features/customers/filter/filter-model.js';
import { type CursorListOptions, listQueryOf, useCursorList } from './use-cursor-list.js';
import { useListState } from './use-list-state.js';

interface ListPageOptions<Row> extends Omit<CursorListOptions<Row>, 'query'> {
  /** The sort before the user picks one (empty: the server's default). */
  initialSort?: string;
  /** The tree sent to the server around the user's filter (the page's own conditions; see `errorPath`). */
  scope?: (filter: FilterNode | null) => FilterNode | null;
  /** Keep search, filter, sort and view for the tab under this name (see useListState). */
  keepAs?: string;
}

/**
 * A searchable, filterable, sortable list page: the toolbar state, the query it makes and the pages
 * of rows the endpoint returns for it. `narrowed` says whether an empty list means "no matches"
 * (a search, a filter, or a filter the server rejected) rather than "nothing yet".
 */
export function useListPage<Row>({
  key,
  fetch,
  initialSort,
  scope,
  errorPath,
  enabled,
  keepAs,
}: ListPageOptions<Row>) {
  const state = useListState(initialSort, keepAs);
  const query = listQueryOf({
    q: state.q,
    sort: state.sort,
    filter: scope ? scope(state.filter) : state.filter,
  });
  const results = useCursorList({ key, query, fetch, enabled, errorPath });
  const narrowed = Boolean(state.q) || !isEmptyFilter(state.filter) || isApiError(results.list.error);
  return { ...state, query, ...results, narrowed };
}

export type ListPage = ReturnType<typeof useListPage>;
