import type { Dialect, Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { hasPermission } from '../../platform/auth/principal.js';
import { AppError } from '../../platform/errors.js';
import type { Permission } from '../../platform/http/permission.js';
import type { FieldRegistry } from '../../platform/lists/field-registry.js';
import { parseSort } from '../../platform/lists/sort-keys.js';
import { validateFilter } from '../../platform/lists/validate-filter.js';
import { companiesRegistry } from '../companies/list-companies.js';
import { listFields } from '../fields/fields.repository.js';
import { peopleRegistry } from '../people/people-registry.js';

/** The lists a view can be saved for; add an entity here when its list endpoint lands. */
export const VIEW_ENTITIES = ['person', 'company'] as const;
export type ViewEntity = (typeof VIEW_ENTITIES)[number];

const ENTITIES: Record<ViewEntity, { read: Permission; registry: (db: Executor) => Promise<FieldRegistry> }> =
  {
    person: { read: 'people:read', registry: async (db) => peopleRegistry(await listFields(db, 'person')) },
    company: {
      read: 'companies:read',
      registry: async (db) => companiesRegistry(await listFields(db, 'company')),
    },
  };

/** Entities whose list the principal may read: views of other entities stay hidden. */
export function readableEntities(principal: Principal): ViewEntity[] {
  return VIEW_ENTITIES.filter((e) => hasPermission(principal, ENTITIES[e].read));
}

export function requireEntityRead(principal: Principal, entity: ViewEntity): void {
  if (!hasPermission(principal, ENTITIES[entity].read)) {
    throw new AppError('forbidden', `Views of ${entity} lists need ${ENTITIES[entity].read}`);
  }
}

/**
 * Checks a view's filter and sort against the entity's registry (custom fields included), as a list
 * request would: a saved view never holds a filter its list would refuse. The tree is stored as sent
 * (the normalised form turns booleans into 0/1, which a list request would then refuse).
 */
export async function checkViewQuery(
  db: Executor,
  dialect: Dialect,
  entity: ViewEntity,
  filter: unknown,
  sort: string | null | undefined,
): Promise<void> {
  const registry = await ENTITIES[entity].registry(db);
  if (sort) parseSort(sort, registry, dialect);
  if (filter !== undefined && filter !== null) validateFilter(filter, registry);
}
