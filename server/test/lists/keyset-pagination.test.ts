import { afterAll, beforeAll, expect, it } from 'vitest';
import { runListQuery } from '../../src/platform/lists/list-query.js';
import { createTestContext, describeEachDialect, type TestContext } from '../context.js';
import {
  type AnyDb,
  createItemsTable,
  type Item,
  insertItems,
  itemFields,
  itemValue,
  selectItems,
} from './list-fixture.js';

/** A tiny deterministic PRNG so the 1,000 rows are the same on every run and dialect. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

function seedRows(): Item[] {
  const r = rng(7);
  const pick = <T>(xs: T[]) => xs[r(xs.length)] as T;
  // Few distinct values and many NULLs so ties and NULL runs cross page boundaries.
  return Array.from({ length: 1000 }, (_, i) => ({
    id: `it_${String(i).padStart(4, '0')}`,
    name: pick(['alpha', 'beta', 'gamma', 'delta', null]),
    city: pick(['riga', 'tartu', null]),
    email: null,
    amount: pick([null, 0, 100, 5000, -20]),
    score: pick([null, 1.5, 2, -3]),
    born: pick([null, '1990-01-01', '2001-12-31']),
    seenAt: pick([null, 1_700_000_000_000, 1_800_000_000_000]),
    active: pick([null, 0, 1]),
    stage: pick(['lead', 'won', null]),
    tags: null,
    ownerId: null,
    custom: pick([null, { level: 1 }, { level: 7.5 }, { level: null }, {}]),
  }));
}

/** The expected order: NULLs last in both directions, then id ascending. */
function expectedOrder(rows: Item[], sort: string): string[] {
  const keys = sort.split(',').map((s) => ({ field: s.replace(/^-/, ''), desc: s.startsWith('-') }));
  const cmp = (a: Item, b: Item) => {
    for (const k of keys) {
      const x = itemValue(a, k.field) as string | number | null;
      const y = itemValue(b, k.field) as string | number | null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (k.desc ? -1 : 1);
    }
    return a.id < b.id ? -1 : 1;
  };
  return [...rows].sort(cmp).map((r) => r.id);
}

describeEachDialect('keyset pagination', (dialect) => {
  let t: TestContext;
  let db: AnyDb;
  const rows = seedRows();
  beforeAll(async () => {
    t = await createTestContext(dialect);
    db = t.db as unknown as AnyDb;
    await createItemsTable(db);
    await insertItems(db, rows);
  });
  afterAll(() => t.close());

  async function walk(sort: string, limit: number, filter?: unknown): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 1000; pages++) {
      const page = await runListQuery(db, {
        baseQuery: selectItems(db),
        registry: itemFields,
        query: { limit, sort, cursor, filter },
        clock: t.clock,
        mapRow: (r: Item) => r.id,
      });
      expect(page.data.length).toBeLessThanOrEqual(limit);
      seen.push(...page.data);
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  const sorts = [
    'name',
    '-amount',
    'score,-born',
    '-custom.level,city',
    'active,-seenAt,stage',
    '-name,-score',
  ];
  for (const sort of sorts) {
    it(`returns every row exactly once in order: sort=${sort}`, async () => {
      const ids = await walk(sort, 37);
      expect(new Set(ids).size).toBe(1000);
      expect(ids).toEqual(expectedOrder(rows, sort));
    });
  }

  it('pages a filtered selection with the default (id) order', async () => {
    const filter = { field: 'city', op: 'eq', value: 'riga' };
    const ids = await walk('', 50, filter);
    expect(ids).toEqual(rows.filter((r) => r.city === 'riga').map((r) => r.id));
  });

  it('gives a null cursor exactly when the last page is full and nothing follows', async () => {
    const page = await runListQuery(db, {
      baseQuery: selectItems(db).where('id', '<', 'it_0010'),
      registry: itemFields,
      query: { limit: 10 },
      clock: t.clock,
      mapRow: (r: Item) => r.id,
    });
    expect(page.data).toHaveLength(10);
    expect(page.nextCursor).toBeNull();
  });
});
