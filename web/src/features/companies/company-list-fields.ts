import type { ListField } from '../customers/filter/filter-model.js';
import { useListFields } from '../customers/filter/use-list-fields.js';

/** Standard company fields of `GET /companies` (server list-companies.ts), labelled from `companies.fields.*`. */
export const COMPANY_FIELDS: ListField[] = [
  { name: 'name', type: 'text', labelKey: 'companies.fields.name', sortable: true },
  { name: 'legalName', type: 'text', labelKey: 'companies.fields.legalName', sortable: true },
  { name: 'taxId', type: 'text', labelKey: 'companies.fields.taxId', sortable: true },
  { name: 'industry', type: 'text', labelKey: 'companies.fields.industry', sortable: true },
  { name: 'size', type: 'text', labelKey: 'companies.fields.size', sortable: true },
  { name: 'turnover', type: 'money', labelKey: 'companies.fields.turnover', sortable: true },
  { name: 'website', type: 'url', labelKey: 'companies.fields.website', sortable: true },
  { name: 'domain', type: 'text', labelKey: 'companies.fields.domain', sortable: true },
  { name: 'ownerId', type: 'user', labelKey: 'companies.fields.owner', sortable: true },
  { name: 'city', type: 'text', labelKey: 'companies.fields.city', sortable: true },
  { name: 'country', type: 'text', labelKey: 'companies.fields.country', sortable: true },
  { name: 'tags', type: 'multiselect', labelKey: 'companies.fields.tags', sortable: false },
  { name: 'createdAt', type: 'datetime', labelKey: 'companies.fields.createdAt', sortable: true },
  { name: 'updatedAt', type: 'datetime', labelKey: 'companies.fields.updatedAt', sortable: true },
];

/** Standard and active custom company fields, for sorting and the filter builder. */
export function useCompanyFields(): ListField[] {
  return useListFields('company', COMPANY_FIELDS);
}
