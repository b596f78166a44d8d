import { type CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppContext } from '../src/context.js';
import { insertField, listFields } from '../src/modules/fields/fields.repository.js';
import type { FieldDefinition } from '../src/modules/fields/fields.schemas.js';
import { syncFieldIndex } from '../src/modules/fields/manage-field-index.js';
import { peopleListOptions } from '../src/modules/people/list-people.js';
import { visiblePeople } from '../src/modules/people/people.repository.js';
import { peopleSearch, peopleSearchPerRow } from '../src/modules/people/people-search.js';
import type { Principal } from '../src/platform/auth/principal.js';
import { buildListQuery } from '../src/platform/lists/list-query.js';
import { listQuerySchema } from '../src/platform/lists/list-query.schema.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';
import { queryPlan } from './query-plan.js';

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

  const plan = (query: { compile(): CompiledQuery }) => queryPlan(t.db, dialect, query);
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

  it('gets the list engine order (default and a custom-field sort) from an index, with filters', async () => {
    const now = t.clock.now();
    for (const [key, type] of [
      ['score', 'number'],
      ['tier', 'select'],
    ] as const) {
      const def: FieldDefinition = {
        id: `fld_${key}`,
        entity: 'person',
        key,
        type,
        label: { en: key },
        required: false,
        default: null,
        options: type === 'select' ? [{ value: 'gold', label: { en: 'Gold' } }] : [],
        indexed: true,
        archived: false,
        position: 0,
        createdAt: now,
        updatedAt: now,
      };
      await insertField(t.db, def);
      await syncFieldIndex(t.db, def);
    }
    const filter = JSON.stringify({
      and: [
        { field: 'custom.tier', op: 'eq', value: 'gold' },
        { field: 'firstName', op: 'eq', value: 'Anna' },
      ],
    });
    const defs = await listFields(t.db, 'person');
    const cases: [Record<string, string>, RegExp][] = [
      [{}, /people_(owner_)?created/],
      [{ sort: '-custom.score', filter }, /cf_people_score/],
    ];
    // PostgreSQL picks between the custom-field indexes by statistics (an empty test table has
    // none; bench/customer360-reads.bench.ts checks it at 1,000,000 rows after ANALYZE); a manager's
    // own people come from people_owner_created whatever the sort.
    for (const scope of ['all', 'own'] as const) {
      for (const [input, index] of cases) {
        if (input.sort && (scope === 'own' || dialect === 'postgres')) continue;
        const query = listQuerySchema.parse({ limit: '50', ...input });
        const ctx = { db: t.db, dialect, clock: t.clock } as unknown as AppContext;
        const opts = await peopleListOptions(ctx, principal(scope), query, defs);
        const p = await plan(buildListQuery(t.db, opts).qb.limit(51));
        const label = `${scope} ${JSON.stringify(input)}\n${p}`;
        expect(p, label).toMatch(index);
        expect(p, label).not.toMatch(dialect === 'sqlite' ? /TEMP B-TREE FOR ORDER BY/ : /Sort/);
      }
    }
  });

  it('walks the newest-first index for a common name in the per-row search form', async () => {
    // Only the name arms (no email/company/phone can match): OR-ed name ranges must not turn into
    // index ranges whose matches are all gathered and sorted.
    const arms = { emails: false, phones: false, companies: false };
    for (const known of [arms, undefined]) {
      const q = visiblePeople(t.db, principal('all'))
        .where(peopleSearchPerRow('anna', dialect, known))
        .orderBy(
          sql.raw(dialect === 'sqlite' ? 'people.created_at desc' : 'people.created_at desc nulls last'),
        )
        .orderBy(sql`people.id asc`)
        .limit(21);
      const p = await plan(q);
      expect(p, p).toMatch(/people_created/);
      expect(p, p).not.toMatch(dialect === 'sqlite' ? /TEMP B-TREE FOR ORDER BY/ : /Sort/);
    }
  });
});
