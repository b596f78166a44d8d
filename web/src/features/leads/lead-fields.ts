import type { ListField } from '../customers/filter/filter-model.js';
import { LEAD_STATUSES } from './leads.types.js';

/** Fields of `GET /leads` (server list-leads.ts) the filter builder offers. */
export function leadFields(
  statusLabel: (s: string) => string,
  sources: { value: string; label: string }[],
): ListField[] {
  return [
    { name: 'firstName', type: 'text', labelKey: 'leads.fields.firstName', sortable: true },
    { name: 'lastName', type: 'text', labelKey: 'leads.fields.lastName', sortable: true },
    { name: 'email', type: 'text', labelKey: 'leads.fields.email', sortable: true },
    { name: 'companyName', type: 'text', labelKey: 'leads.fields.companyName', sortable: true },
    {
      name: 'status',
      type: 'select',
      labelKey: 'leads.fields.status',
      sortable: true,
      options: LEAD_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
    },
    { name: 'source', type: 'select', labelKey: 'leads.fields.source', sortable: true, options: sources },
    { name: 'score', type: 'number', labelKey: 'leads.fields.score', sortable: true },
    { name: 'ownerId', type: 'user', labelKey: 'leads.fields.owner', sortable: true },
    { name: 'createdAt', type: 'datetime', labelKey: 'leads.fields.createdAt', sortable: true },
  ];
}
