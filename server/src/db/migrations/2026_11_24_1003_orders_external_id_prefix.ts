import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../portable.js';

/**
 * Order search matches the start of the order number. SQLite serves the prefix range from the unique
 * index on external_id; PostgreSQL's LIKE 'abc%' needs a text_pattern_ops index under any collation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db))
    await sql`create index orders_external_id_prefix on orders (external_id text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`drop index orders_external_id_prefix`.execute(db);
}
