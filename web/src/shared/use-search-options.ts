import type { ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

interface SearchOptionsConfig<T> {
  /** The query key; the search text is added to it. */
  key: readonly unknown[];
  /** The matches for the (debounced) search text; empty text asks for the first page. */
  fetch: (q: string) => Promise<T[]>;
  toOption: (row: T) => ComboboxItem;
  /** The picked value's option, listed first while the matches leave it out (so the Select can show it). */
  pinned?: ComboboxItem | null;
  enabled?: boolean;
}

/**
 * The options of a Select that searches on the server: `setSearch` is its `onSearchChange`, the
 * server's matches come back as `options` (pass `filter={({ options }) => options}` so the Select
 * does not filter them again) and `rows`.
 */
export function useSearchOptions<T>({ key, fetch, toOption, pinned, enabled }: SearchOptionsConfig<T>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({ queryKey: [...key, q], queryFn: () => fetch(q), enabled });
  const rows = found.data ?? [];
  const options = rows.map(toOption);
  if (pinned && !options.some((o) => o.value === pinned.value)) options.unshift(pinned);
  return { search, setSearch, rows, options };
}
