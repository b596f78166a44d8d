import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

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
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const people = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => api.get<Page<PersonHit>>('/people', { q: q || undefined, limit: 20 }),
  });
  const [known, setKnown] = useState<Record<string, string>>({});
  const data = (people.data?.data ?? []).map((p) => ({ value: p.id, label: label(p) }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: known[value] ?? value });
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
