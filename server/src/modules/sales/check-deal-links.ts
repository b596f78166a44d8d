import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';

/** A deal may point only at records that exist: a 400 names the field otherwise. */
export async function checkDealLinks(
  db: Executor,
  links: { personId?: string | null; companyId?: string | null; ownerId?: string | null },
): Promise<void> {
  if (links.personId) {
    const p = await db.selectFrom('people').select('id').where('id', '=', links.personId).executeTakeFirst();
    if (!p)
      throw validationError('personId', `person ${links.personId} does not exist`, 'not_found', {
        entity: 'person',
        id: links.personId,
      });
  }
  if (links.companyId) {
    const c = await db
      .selectFrom('companies')
      .select('id')
      .where('id', '=', links.companyId)
      .executeTakeFirst();
    if (!c)
      throw validationError('companyId', `company ${links.companyId} does not exist`, 'not_found', {
        entity: 'company',
        id: links.companyId,
      });
  }
  if (links.ownerId) {
    const u = await db.selectFrom('users').select('id').where('id', '=', links.ownerId).executeTakeFirst();
    if (!u)
      throw validationError('ownerId', `user ${links.ownerId} does not exist`, 'not_found', {
        entity: 'user',
        id: links.ownerId,
      });
  }
}

/** A real calendar date (the schema checks only the shape). */
export function checkCloseDate(value: string | null | undefined): void {
  if (!value) return;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw validationError('expectedCloseDate', 'is not a calendar date', 'invalid_date');
}
