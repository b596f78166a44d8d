import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../db/database.js';
import { CUSTOM_TABLES, customFieldSql, customIndexName } from './custom-field-sql.js';
import type { FieldDefinition } from './fields.schemas.js';

/**
 * Creates (indexed) or drops (not indexed) the expression index over one custom field's JSON path.
 * Entities whose tables do not exist yet (deal, case, order) are skipped: their modules index later.
 */
export async function syncFieldIndex(db: Executor, def: FieldDefinition): Promise<void> {
  const table = CUSTOM_TABLES[def.entity];
  if (!table) return;
  const name = customIndexName(table, def.key);
  // A btree over a JSON array helps nothing; multi-select filters scan (GIN is a later option).
  if (def.indexed && def.type !== 'multi_select') {
    const dialect = dialectOf(db);
    const expr = customFieldSql(dialect, def.key, def.type);
    // `(value desc, id)` is exactly the list order of `sort=-custom.<key>` (NULLs last, id tie-break),
    // so a sorted page is an index walk that stops at the page; filters use the index all the same.
    const desc = dialect === 'postgres' ? 'desc nulls last' : 'desc';
    await sql`create index if not exists ${sql.raw(name)} on ${sql.raw(table)} (${sql.raw(`${expr} ${desc}`)}, id)`.execute(
      db,
    );
  } else {
    await sql`drop index if exists ${sql.raw(name)}`.execute(db);
  }
}
