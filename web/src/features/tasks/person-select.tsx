import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { useSearchOptions } from '../../shared/use-search-options.js';
import { peopleApi, personKey } from '../customers/customers.api.js';
import { personName } from '../customers/person-name.js';

interface PersonHit {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

const label = (p: PersonHit) => [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email || p.id;

/** Searchable person picker: types into /api/v1/people?q=. */
export function PersonSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  // Labels of people picked here, for the value once the search no longer lists it.
  const [known, setKnown] = useState<Record<string, string>>({});
  // The person an existing task already names: its name, not its id.
  const current = useQuery({
    queryKey: personKey(value ?? ''),
    queryFn: () => peopleApi.get(value as string),
    enabled: Boolean(value) && !(value && known[value]),
    retry: false,
    staleTime: 60_000,
  });
  const { setSearch, options: data } = useSearchOptions({
    key: ['people', 'pick'],
    fetch: (q) => api.get<Page<PersonHit>>('/people', { q: q || undefined, limit: 20 }).then((p) => p.data),
    toOption: (p) => ({ value: p.id, label: label(p) }),
    pinned: value
      ? { value, label: known[value] ?? (current.data ? personName(current.data) : value) }
      : null,
  });
  return (
    <Select
      label={t('tasks.fields.person')}
      placeholder={t('tasks.searchPerson')}
      searchable
      clearable
      data={data}
      value={value}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        if (id && option) setKnown((k) => ({ ...k, [id]: option.label }));
        onChange(id);
      }}
      nothingFoundMessage={t('tasks.noPeople')}
      filter={({ options }) => options}
      data-testid="task-person"
    />
  );
}
