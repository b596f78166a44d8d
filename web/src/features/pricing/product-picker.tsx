import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { SearchSelect } from '../../shared/search-select.js';
import { useSearchOptions } from '../../shared/use-search-options.js';

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
  const current = useQuery({
    queryKey: ['products', 'one', value],
    enabled: !!value,
    queryFn: () => api.get<ProductOption>(`/products/${encodeURIComponent(value!)}`),
  });
  const optionOf = (p: ProductOption) => ({ value: p.id, label: `${p.sku} · ${p.name}` });
  const found = useSearchOptions({
    key: ['products', 'picker'],
    fetch: (q) =>
      api.get<Page<ProductOption>>('/products', { limit: 20, q: q || undefined }).then((p) => p.data),
    toOption: optionOf,
    pinned: current.data && optionOf(current.data),
  });
  return (
    <SearchSelect
      found={found}
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      testId={testId}
    />
  );
}
