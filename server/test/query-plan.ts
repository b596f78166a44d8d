import { CompiledQuery, sql } from 'kysely';
import type { DB, Dialect } from '../src/db/database.js';

/**
 * The query plan of a Kysely query as text: `explain` on PostgreSQL with sequential scans turned off
 * for the statement (its planner would rightly scan a tiny test table), `explain query plan` on
 * SQLite (which plans with indexes when no statistics exist). Index tests assert it names no scan.
 */
export async function queryPlan(
  db: DB,
  dialect: Dialect,
  query: { compile(): CompiledQuery },
): Promise<string> {
  const c = query.compile();
  return db.connection().execute(async (conn) => {
    if (dialect === 'postgres') {
      await sql`set enable_seqscan = off`.execute(conn);
      const res = await conn.executeQuery(CompiledQuery.raw(`explain ${c.sql}`, [...c.parameters]));
      await sql`reset enable_seqscan`.execute(conn);
      return (res.rows as Record<string, string>[]).map((r) => r['QUERY PLAN']).join('\n');
    }
    const res = await conn.executeQuery(CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]));
    return (res.rows as { detail: string }[]).map((r) => r.detail).join('\n');
  });
}
