import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Product, productsApi, productsKey } from './products.api.js';

/** Searchable pick of an active catalogue product by SKU prefix or name; reports the whole product. */
export function ProductPicker({
  value,
  label,
  onChange,
  testId,
}: {
  value: string | null;
  /** What to show for `value` before the search has loaded it ("TEA-1 · Tea"). */
  label: string;
  onChange: (p: Product | null) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({ queryKey: [...productsKey, 'pick', q], queryFn: () => productsApi.list(q, 20) });
  const products = (found.data?.data ?? []).filter((p) => p.active);
  const data = products.map((p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label });
  return (
    <Select
      aria-label={t('orders.product')}
      placeholder={t('orders.pickProduct')}
      searchable
      clearable
      data={data}
      value={value}
      onSearchChange={setSearch}
      onChange={(id) => onChange(products.find((p) => p.id === id) ?? null)}
      filter={({ options }) => options}
      nothingFoundMessage={t('products.noMatch')}
      data-testid={testId}
    />
  );
}
