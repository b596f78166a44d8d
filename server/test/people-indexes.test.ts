import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { visiblePeople } from '../src/modules/people/people.repository.js';
import { peopleSearch } from '../src/modules/people/people-search.js';
import type { Principal } from '../src/platform/auth/principal.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

const principal = (scope: Principal['scope']): Principal => ({
  kind: 'user',
  id: 'usr_1',
  userId: 'usr_1',
  role: scope === 'all' ? 'admin' : 'manager',
  scope,
  teamIds: [],
  permissions: [],
});

/**
 * People are sized for a million rows: quick search and the default newest-first page must come
 * from indexes, never a scan of `people`. PostgreSQL is told to avoid sequential scans (its planner
 * would rightly scan a tiny test table); SQLite plans with indexes when no statistics exist.
 */
describeEachDialect('people query plans', (dialect) => {
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
  const scansPeople = (p: string) =>
    dialect === 'sqlite' ? /SCAN people\b(?! USING)/.test(p) : /Seq Scan on people/.test(p);

  it('serves quick search by name, email and phone from indexes', async () => {
    for (const word of ['anna', 'anna ber', 'anna@ex', '+37129000001']) {
      const where = peopleSearch(word, dialect);
      const p = await plan(visiblePeople(t.db, principal('all')).where(where).limit(50));
      expect(scansPeople(p), `${word}\n${p}`).toBe(false);
    }
  });

  it('serves sort by last name from an index', async () => {
    const q = visiblePeople(t.db, principal('all'))
      .orderBy(sql`people.last_name asc nulls last`)
      .orderBy(sql`people.id asc nulls last`)
      .limit(51);
    const p = await plan(q);
    expect(p, p).not.toMatch(dialect === 'sqlite' ? /TEMP B-TREE FOR ORDER BY/ : /Sort/);
  });

  it('serves the newest-first page from an index, also under own visibility', async () => {
    for (const scope of ['all', 'own'] as const) {
      const q = visiblePeople(t.db, principal(scope))
        .orderBy(sql`people.created_at desc nulls last`)
        .orderBy(sql`people.id asc nulls last`)
        .limit(51);
      const p = await plan(q);
      // SQLite may sort ties of equal created_at ("FOR LAST TERM"): cheap, it still reads in order.
      expect(p, p).not.toMatch(dialect === 'sqlite' ? /TEMP B-TREE FOR ORDER BY/ : /Sort/);
      expect(scansPeople(p), p).toBe(false);
    }
  });
});
