import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

interface ProductOption {
  id: string;
  sku: string;
  name: string;
}

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  testId?: string;
}

/** Searchable product pick (SKU prefix or name words; 20 at a time), showing "SKU · name". */
export function ProductPicker({ label, value, onChange, error, testId }: Props) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: ['products', 'picker', q],
    queryFn: () => api.get<Page<ProductOption>>('/products', { limit: 20, q: q || undefined }),
  });
  const current = useQuery({
    queryKey: ['products', 'one', value],
    enabled: !!value,
    queryFn: () => api.get<ProductOption>(`/products/${encodeURIComponent(value!)}`),
  });
  const label_ = (p: ProductOption) => `${p.sku} · ${p.name}`;
  const options = (found.data?.data ?? []).map((p) => ({ value: p.id, label: label_(p) }));
  if (current.data && !options.some((o) => o.value === current.data.id))
    options.unshift({ value: current.data.id, label: label_(current.data) });
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
      error={error}
      data-testid={testId}
    />
  );
}
