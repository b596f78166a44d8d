import type { Executor } from '../../db/database.js';

/**
 * The next value of a named sequence, inside the caller's transaction. The increment takes the
 * sequence row's lock (PostgreSQL) or the database write lock (SQLite), so concurrent documents wait
 * for each other and get consecutive numbers; a rolled-back document gives its number back, so the
 * numbering has no gaps. The first use of a name creates its row (a concurrent creator's insert does
 * nothing once the first commits, then its update waits on the row lock).
 */
export async function nextDocumentNumber(trx: Executor, name: string): Promise<number> {
  await trx
    .insertInto('documentSequences')
    .values({ name, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await trx
    .updateTable('documentSequences')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** `Q-2026-0001` */
export const quoteNumber = (year: number, n: number) => `Q-${year}-${String(n).padStart(4, '0')}`;
