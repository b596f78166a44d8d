import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { companiesApi } from '../../companies/companies.api.js';
import { peopleApi } from '../../customers/customers.api.js';
import type { Company, Person } from '../../customers/customers.types.js';
import { personName } from '../../customers/person-name.js';

interface Props {
  kind: 'person' | 'company';
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}

/** Searchable pick of a person or company (quick search of the list API, 20 at a time). */
export function RecordPicker({ kind, label, value, onChange, testId }: Props) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: [kind, 'picker', q],
    queryFn: async () => {
      if (kind === 'person') {
        const page = await peopleApi.list({ q: q || undefined, limit: 20 });
        return page.data.map((p: Person) => ({ value: p.id, label: personName(p) }));
      }
      const page = await companiesApi.list({ q: q || undefined, limit: 20 });
      return page.data.map((c: Company) => ({ value: c.id, label: c.name }));
    },
  });
  const current = useQuery({
    queryKey: [kind, 'picker-current', value],
    enabled: !!value,
    queryFn: async () =>
      kind === 'person'
        ? { value: value!, label: personName(await peopleApi.get(value!)) }
        : { value: value!, label: (await companiesApi.get(value!)).name },
  });
  const options = [...(found.data ?? [])];
  if (current.data && !options.some((o) => o.value === current.data.value)) options.unshift(current.data);
  return (
    <Select
      label={label}
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage="—"
      data-testid={testId}
    />
  );
}
