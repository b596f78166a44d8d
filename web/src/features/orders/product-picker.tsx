import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchOptions } from '../../shared/use-search-options.js';
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
  const found = useSearchOptions({
    key: [...productsKey, 'pick'],
    fetch: (q) => productsApi.list(q, 20).then((page) => page.data.filter((p) => p.active)),
    toOption: (p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }),
    pinned: value ? { value, label } : null,
  });
  return (
    <Select
      aria-label={t('orders.product')}
      placeholder={t('orders.pickProduct')}
      searchable
      clearable
      data={found.options}
      value={value}
      onSearchChange={found.setSearch}
      onChange={(id) => onChange(found.rows.find((p) => p.id === id) ?? null)}
      filter={({ options }) => options}
      nothingFoundMessage={t('products.noMatch')}
      data-testid={testId}
    />
  );
}
