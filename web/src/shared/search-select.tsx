import { Select } from '@mantine/core';
import type { useSearchOptions } from './use-search-options.js';

/** A labelled, clearable Select over `useSearchOptions`: what is typed searches the server, its matches show as they come. */
export function SearchSelect(props: {
  found: ReturnType<typeof useSearchOptions>;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  testId?: string;
}) {
  return (
    <Select
      label={props.label}
      searchable
      clearable
      data={props.found.options}
      value={props.value}
      onChange={props.onChange}
      searchValue={props.found.search}
      onSearchChange={props.found.setSearch}
      filter={({ options }) => options}
      nothingFoundMessage="—"
      error={props.error}
      data-testid={props.testId}
    />
  );
}
