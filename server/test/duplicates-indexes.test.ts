import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { colleaguesProbe, emailProbe, phoneProbe } from '../src/modules/people/duplicates/find-candidates.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

/**
 * Duplicate detection must stay index-only at a million people: every candidate source is an
 * equality probe, never a scan (PostgreSQL is told to avoid sequential scans, as in people-indexes).
 */
describeEachDialect('duplicate candidate query plans', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(() => t.close());

  async function plan(query: { compile(): CompiledQuery }): Promise<string> {
    const c = query.compile();
    return t.db.connection().execute(async (conn) => {
      if (dialect === 'postgres') {
        await sql`set enable_seqscan = off`.execute(conn);
        const res = await conn.executeQuery(CompiledQuery.raw(`explain ${c.sql}`, [...c.parameters]));
        await sql`reset enable_seqscan`.execute(conn);
        return (res.rows as Record<string, string>[]).map((r) => r['QUERY PLAN']).join('\n');
      }
      const res = await conn.executeQuery(
        CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]),
      );
      return (res.rows as { detail: string }[]).map((r) => r.detail).join('\n');
    });
  }
  const scans = (p: string) => (dialect === 'sqlite' ? /SCAN \w+\b(?! USING)/.test(p) : /Seq Scan/.test(p));

  it('probes emails, phones and colleagues through indexes', async () => {
    for (const q of [emailProbe(t.db, 'per_1'), phoneProbe(t.db, 'per_1'), colleaguesProbe(t.db, 'com_1')]) {
      const p = await plan(q);
      expect(scans(p), p).toBe(false);
    }
  });
});
