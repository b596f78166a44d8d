import type { Executor } from '../../db/database.js';
import { assertUsersExist } from '../../platform/users/check-references.js';
import type { FieldDefinition } from './fields.schemas.js';

/**
 * The user-type custom values a create/update sets name existing users: a 400 on `custom.<key>`
 * (`not_found`, entity user) instead of storing an id that points nowhere. Values it does not set
 * are not checked again.
 */
export async function assertCustomUsersExist(
  db: Executor,
  defs: FieldDefinition[],
  custom: Record<string, unknown> | undefined,
): Promise<void> {
  if (!custom) return;
  for (const def of defs) {
    const value = custom[def.key];
    if (def.type === 'user' && typeof value === 'string')
      await assertUsersExist(db, [value], `custom.${def.key}`);
  }
}
