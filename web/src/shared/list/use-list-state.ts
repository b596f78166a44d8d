import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { FilterNode, SavedView } from '../../features/customers/customers.types.js';

/**
 * What a list page's toolbar holds: the quick-search text (debounced into `q`), sort, the applied
 * filter tree, whether the builder is open, and the saved view it came from. Changing the filter by
 * hand leaves the view; picking a view brings its filter and sort back. `initialSort` is the sort
 * before the user picks one (empty: the server's default).
 */
export function useListState(initialSort = '') {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState(initialSort);
  const [filter, setFilter] = useState<FilterNode | null>(null);
  const [viewId, setViewId] = useState<string | null>(null);
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
