import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';

/**
 * Reads one organisation setting's stored value, or undefined when it was never set.
 *
 * @example const region = await readOrgSetting<string>(db, 'phone.defaultRegion');
 */
export async function readOrgSetting<T>(db: Executor, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('orgSettings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? fromJson<{ value: T }>(row.value).value : undefined;
}

/**
 * Inserts or replaces one setting (an upsert both dialects understand). The value is stored wrapped
 * as `{"value": …}`: PostgreSQL hands a bare jsonb string back parsed, which `fromJson` cannot tell
 * from SQLite's JSON text.
 */
export async function writeOrgSetting(
  db: Executor,
  key: string,
  value: unknown,
  at: number,
  userId: string | null,
): Promise<void> {
  await db
    .insertInto('orgSettings')
    .values({ key, value: toJson({ value }), version: 1, updatedAt: at, updatedBy: userId })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        value: toJson({ value }),
        version: sql<number>`org_settings.version + 1`,
        updatedAt: at,
        updatedBy: userId,
      }),
    )
    .execute();
}
