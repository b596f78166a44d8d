import type { Executor } from '../../db/database.js';
import type { FieldRegistry } from '../../platform/lists/field-registry.js';
import { companiesRegistry } from '../companies/list-companies.js';
import { listFields } from '../fields/fields.repository.js';
import { peopleRegistry } from '../people/people-registry.js';
import { dealsRegistry } from '../sales/list-deals.js';
import type { RuleEntity } from './automation.schemas.js';

/** The table each rule entity lives in. */
export const ENTITY_TABLE = {
  person: 'people',
  company: 'companies',
  deal: 'deals',
  task: 'tasks',
} as const;

/** The list registry a rule condition is compiled against (tasks have none: no condition). */
export async function registryFor(db: Executor, entity: RuleEntity): Promise<FieldRegistry | null> {
  if (entity === 'person') return peopleRegistry(await listFields(db, 'person'));
  if (entity === 'company') return companiesRegistry(await listFields(db, 'company'));
  if (entity === 'deal') return dealsRegistry(await listFields(db, 'deal'));
  return null;
}

/** The entity a trigger's records belong to. */
export function triggerEntity(trigger: { kind: string; entity?: string }): RuleEntity {
  if (trigger.kind === 'stage_entered') return 'deal';
  if (trigger.kind === 'task_overdue') return 'task';
  return trigger.entity as RuleEntity;
}
