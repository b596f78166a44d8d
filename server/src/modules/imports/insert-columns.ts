import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

const ROWS = 2000;

/**
 * `insert into t (cols) select … from unnest($1::text[], $2::text[], …)`: a whole chunk of rows in
 * one statement with one parameter per column, so the text is the same for every chunk (one parse
 * plan, no 11,500-parameter statements). JSON columns are sent as text and cast per row.
 */
export async function insertColumns(
  trx: Executor,
  table: string,
  types: Record<string, string>,
  rows: (string | number | null)[][],
) {
  const cols = Object.keys(types);
  for (let start = 0; start < rows.length; start += ROWS) {
    const chunk = rows.slice(start, start + ROWS);
    const arrays = cols.map((_, i) => chunk.map((r) => r[i] ?? null));
    const args = cols.map((c, i) => {
      const t = types[c] === 'jsonb' ? 'text' : types[c]!;
      return sql`${arrays[i]}::${sql.raw(t)}[]`;
    });
    const select = cols.map((c, i) => (types[c] === 'jsonb' ? sql.raw(`c${i}::jsonb`) : sql.raw(`c${i}`)));
    await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))})
      select ${sql.join(select)} from unnest(${sql.join(args)}) as t(${sql.raw(cols.map((_, i) => `c${i}`).join(', '))})`.execute(
      trx,
    );
  }
}
