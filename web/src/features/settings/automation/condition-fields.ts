import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, useFields } from '../../customers/customers.api.js';
import { customListFields, type ListField } from '../../customers/filter/filter-model.js';
import { usePeopleFields } from '../../customers/list/use-people-fields.js';
import { dealFields } from '../../sales/list/deal-fields.js';
import { useLabel, usePipelines } from '../../sales/sales.api.js';
import type { Trigger } from './automation.api.js';

/** Standard company fields of the server's companies registry (list-companies.ts). */
const COMPANY_FIELDS: ListField[] = [
  { name: 'name', type: 'text', labelKey: 'companies.fields.name', sortable: true },
  { name: 'legalName', type: 'text', labelKey: 'companies.fields.legalName', sortable: true },
  { name: 'taxId', type: 'text', labelKey: 'companies.fields.taxId', sortable: true },
  { name: 'industry', type: 'text', labelKey: 'companies.fields.industry', sortable: true },
  { name: 'size', type: 'text', labelKey: 'companies.fields.size', sortable: true },
  { name: 'website', type: 'url', labelKey: 'companies.fields.website', sortable: true },
  { name: 'domain', type: 'text', labelKey: 'companies.fields.domain', sortable: true },
  { name: 'ownerId', type: 'user', labelKey: 'people.fields.owner', sortable: true },
  { name: 'city', type: 'text', labelKey: 'companies.fields.city', sortable: true },
  { name: 'country', type: 'text', labelKey: 'people.fields.country', sortable: true },
  { name: 'tags', type: 'multiselect', labelKey: 'companies.fields.tags', sortable: false },
  { name: 'createdAt', type: 'datetime', labelKey: 'companies.fields.createdAt', sortable: true },
];

/** The record type a trigger's condition is checked on (server rule-registry.ts#triggerEntity); null = none. */
export function conditionEntity(trigger: Trigger): 'person' | 'company' | 'deal' | null {
  if (trigger.kind === 'stage_entered') return 'deal';
  if (trigger.kind === 'task_overdue') return null;
  if (trigger.kind === 'date_reached') return 'person';
  return trigger.entity === 'task' ? null : (trigger.entity as 'person' | 'company' | 'deal');
}

/** The fields the rule's condition builder offers for `entity`, custom fields included. */
export function useConditionFields(entity: 'person' | 'company' | 'deal' | null): ListField[] {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const people = usePeopleFields();
  const companyDefs = useFields('company');
  const dealDefs = useFields('deal');
  const pipelines = usePipelines();
  const label = useLabel();
  return useMemo(() => {
    if (entity === 'person') return people;
    const custom = (defs: typeof companyDefs.data) =>
      customListFields(defs ?? [], (d) => fieldLabel(d, lang));
    if (entity === 'company') return [...COMPANY_FIELDS, ...custom(companyDefs.data)];
    if (entity === 'deal') {
      const stages = (pipelines.data ?? []).flatMap((p) => p.stages);
      return [...dealFields(stages, label), ...custom(dealDefs.data)];
    }
    return [];
  }, [entity, people, companyDefs.data, dealDefs.data, pipelines.data, label, lang]);
}
