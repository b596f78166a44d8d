import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { FilterNode, SavedView } from '../../features/customers/customers.types.js';
import { KEPT_LISTS, useKeptState } from '../kept-state.js';

/**
 * What a list page's toolbar holds: the quick-search text (debounced into `q`), sort, the applied
 * filter tree, whether the builder is open, and the saved view it came from. Changing the filter by
 * hand leaves the view; picking a view brings its filter and sort back. `initialSort` is the sort
 * before the user picks one (empty: the server's default). With `keepAs` the state outlives the page
 * for the tab (opening a record and coming back finds the list as it was).
 */
export function useListState(initialSort = '', keepAs?: string) {
  const kept = (name: string) => (keepAs ? `${KEPT_LISTS}${keepAs}.${name}` : undefined);
  const [search, setSearch] = useKeptState(kept('search'), '');
  // The debounced value starts from the kept search, so a kept list does not load unfiltered first.
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useKeptState(kept('sort'), initialSort);
  const [filter, setFilter] = useKeptState<FilterNode | null>(kept('filter'), null);
  const [viewId, setViewId] = useKeptState<string | null>(kept('view'), null);
  const [showFilter, setShowFilter] = useState(false);
  return {
    search,
    setSearch,
    q,
    sort,
    setSort,
    filter,
    viewId,
    showFilter,
    toggleFilter: () => setShowFilter((v) => !v),
    applyFilter: (next: FilterNode | null) => {
      setFilter(next);
      setViewId(null);
    },
    applyView: (view: SavedView | null) => {
      setViewId(view?.id ?? null);
      setFilter(view?.filter ?? null);
      setSort(view?.sort ?? initialSort);
    },
  };
}
