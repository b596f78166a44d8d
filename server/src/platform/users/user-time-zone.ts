import { DateTime } from 'luxon';
import type { Executor } from '../../db/database.js';
import { validationError } from '../errors.js';

/**
 * The zone a personal view is computed in: the caller's `?timeZone=`, else the user's own setting
 * (`PATCH /me {timeZone}`), else UTC. An unknown zone is a 400 naming `timeZone`.
 */
export async function userTimeZone(db: Executor, userId: string | null, requested?: string): Promise<string> {
  const own =
    requested || !userId
      ? undefined
      : (await db.selectFrom('users').select('timeZone').where('id', '=', userId).executeTakeFirst())
          ?.timeZone;
  const zone = requested ?? own ?? 'UTC';
  if (!DateTime.local().setZone(zone).isValid)
    throw validationError('timeZone', `unknown time zone ${zone}`, 'invalid_time_zone');
  return zone;
}
