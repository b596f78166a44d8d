import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../db/database.js';
import type { ImportEntity } from './header-mapping.js';

const TABLES: Record<ImportEntity, string[]> = {
  people: ['people', 'person_emails', 'person_phones', 'person_external_ids'],
  companies: ['companies'],
  orders: ['orders', 'order_lines', 'products', 'people'],
};

/**
 * PostgreSQL plans list queries from table statistics, and expression indexes (custom fields) have
 * none until ANALYZE: right after a big import it guesses "tier = gold" matches 0.5 % of rows, sorts
 * a third of the table instead of walking the sort's index, and is 4–30× slower. Autovacuum would
 * get there later; an import refreshes them as the table grows (×4 steps) and when it ends.
 * SQLite plans without statistics by design (see docs/benchmarks.md), so this is PostgreSQL only.
 */
export function statisticsRefresher(db: Executor, entity: ImportEntity) {
  let next = 20_000;
  const analyze = async () => {
    if (dialectOf(db) !== 'postgres') return;
    await sql`analyze ${sql.raw(TABLES[entity].join(', '))}`.execute(db);
  };
  return {
    /** After a committed batch: `done` rows written so far in this import. */
    async afterBatch(done: number) {
      if (done < next) return;
      next = done * 4;
      await analyze();
    },
    finish: analyze,
  };
}
