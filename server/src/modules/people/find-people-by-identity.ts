import type { Executor } from '../../db/database.js';
import { normalizeEmail, tryNormalizePhone } from './contact-values.js';

/**
 * Identity lookups for imports, intake and duplicate detection: which people hold this email, phone
 * or external id. Each is one indexed probe on a side table. No visibility: callers are system flows
 * (intake, dedup) that must see every record to avoid creating duplicates.
 *
 * @example const [existing] = await findPeopleByEmail(db, 'Anna@Example.lv');
 */
export async function findPeopleByEmail(db: Executor, email: string): Promise<string[]> {
  let normalized: string;
  try {
    normalized = normalizeEmail(email, 'email');
  } catch {
    return [];
  }
  const rows = await db
    .selectFrom('personEmails')
    .select('personId')
    .where('email', '=', normalized)
    .execute();
  return rows.map((r) => r.personId);
}

export async function findPeopleByPhone(db: Executor, phone: string): Promise<string[]> {
  const normalized = tryNormalizePhone(phone);
  if (!normalized) return [];
  const rows = await db
    .selectFrom('personPhones')
    .select('personId')
    .where('phone', '=', normalized)
    .execute();
  return rows.map((r) => r.personId);
}

export async function findPersonByExternalId(
  db: Executor,
  source: string,
  id: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('personExternalIds')
    .select('personId')
    .where('source', '=', source)
    .where('externalId', '=', id)
    .executeTakeFirst();
  return row?.personId ?? null;
}
