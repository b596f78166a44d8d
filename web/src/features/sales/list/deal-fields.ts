import type { ListField } from '../../customers/filter/filter-model.js';
import type { Stage } from '../sales.types.js';

/** Fields of `GET /deals` (server list-deals.ts) the filter builder offers; stages as a select. */
export function dealFields(stages: Stage[], label: (s: Stage) => string): ListField[] {
  return [
    { name: 'title', type: 'text', labelKey: 'sales.fields.title', sortable: true },
    { name: 'amount', type: 'money', labelKey: 'sales.fields.amount', sortable: true },
    { name: 'currency', type: 'text', labelKey: 'sales.fields.currency', sortable: true },
    {
      name: 'stageId',
      type: 'select',
      labelKey: 'sales.fields.stage',
      sortable: true,
      options: stages.map((s) => ({ value: s.id, label: label(s) })),
    },
    { name: 'ownerId', type: 'user', labelKey: 'sales.fields.owner', sortable: true },
    { name: 'expectedCloseDate', type: 'date', labelKey: 'sales.fields.expectedCloseDate', sortable: true },
    { name: 'closedAt', type: 'datetime', labelKey: 'sales.fields.closedAt', sortable: true },
    { name: 'createdAt', type: 'datetime', labelKey: 'sales.fields.createdAt', sortable: true },
  ];
}
