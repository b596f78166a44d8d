import { useQuery } from '@tanstack/react-query';
import { SearchSelect } from '../../../shared/search-select.js';
import { useSearchOptions } from '../../../shared/use-search-options.js';
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
  const current = useQuery({
    queryKey: [kind, 'picker-current', value],
    enabled: !!value,
    queryFn: async () =>
      kind === 'person'
        ? { value: value!, label: personName(await peopleApi.get(value!)) }
        : { value: value!, label: (await companiesApi.get(value!)).name },
  });
  const found = useSearchOptions({
    key: [kind, 'picker'],
    fetch: async (q) => {
      if (kind === 'person') {
        const page = await peopleApi.list({ q: q || undefined, limit: 20 });
        return page.data.map((p: Person) => ({ value: p.id, label: personName(p) }));
      }
      const page = await companiesApi.list({ q: q || undefined, limit: 20 });
      return page.data.map((c: Company) => ({ value: c.id, label: c.name }));
    },
    toOption: (option) => option,
    pinned: current.data,
  });
  return <SearchSelect found={found} label={label} value={value} onChange={onChange} testId={testId} />;
}
