import type { Executor } from '../../db/database.js';
import { validationError } from '../errors.js';

/** Field-level 400s for ids that point nowhere, instead of a foreign-key 500. */
export async function assertTeamsExist(db: Executor, teamIds: string[] | undefined, path: string) {
  if (!teamIds?.length) return;
  const found = await db.selectFrom('teams').select('id').where('id', 'in', teamIds).execute();
  const known = new Set(found.map((r) => r.id));
  const missing = teamIds.find((id) => !known.has(id));
  if (missing)
    throw validationError(path, `unknown team ${missing}`, 'not_found', { entity: 'team', id: missing });
}

export async function assertUsersExist(db: Executor, userIds: (string | null | undefined)[], path: string) {
  const ids = userIds.filter((x): x is string => !!x);
  if (!ids.length) return;
  const found = await db.selectFrom('users').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((r) => r.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing)
    throw validationError(path, `unknown user ${missing}`, 'not_found', { entity: 'user', id: missing });
}
