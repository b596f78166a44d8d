import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runListQuery } from '../../src/platform/lists/list-query.js';
import { createTestContext, type TestContext } from '../context.js';
import { itemArb } from './list-arbitraries.js';
import {
  type AnyDb,
  createItemsTable,
  type Item,
  insertItems,
  itemFields,
  itemValue,
  selectItems,
} from './list-fixture.js';

const SORTABLE = Object.keys(itemFields).filter((f) => itemFields[f]?.sortable);
const TEXT = new Set(SORTABLE.filter((f) => itemFields[f]?.type === 'text'));

/** Reference order: NULLs last in both directions, code-point order for text, then id. */
function referenceOrder(items: Item[], keys: { field: string; desc: boolean }[]): string[] {
  return [...items]
    .sort((a, b) => {
      for (const k of keys) {
        const x = itemValue(a, k.field) as string | number | null;
        const y = itemValue(b, k.field) as string | number | null;
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        return (x < y ? -1 : 1) * (k.desc ? -1 : 1);
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((r) => r.id);
}

const sortArb = fc
  .uniqueArray(fc.constantFrom(...SORTABLE), { minLength: 1, maxLength: 3 })
  .chain((fields) =>
    fc.tuple(...fields.map((field) => fc.record({ field: fc.constant(field), desc: fc.boolean() }))),
  );

describe('keyset pagination property: every dialect pages in the reference order', () => {
  const contexts: { t: TestContext; textInCodePointOrder: boolean }[] = [];
  beforeAll(async () => {
    const dialects = ['sqlite', 'postgres'] as const;
    for (const d of dialects) {
      try {
        const t = await createTestContext(d);
        await createItemsTable(t.db as unknown as AnyDb);
        let codePoint = true;
        if (d === 'postgres') {
          const { rows } = await sql<{
            c: string;
          }>`select datcollate as c from pg_database where datname = current_database()`.execute(t.db);
          codePoint = /^(C|POSIX|C\.UTF-?8)$/i.test(rows[0]?.c ?? '');
        }
        contexts.push({ t, textInCodePointOrder: codePoint });
      } catch (err) {
        if (d === 'sqlite' || process.env.CI === 'true') throw err;
      }
    }
  });
  afterAll(async () => {
    for (const c of contexts) await c.t.close();
  });

  it('returns every row once, in order, for random sorts and page sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemArb, { minLength: 1, maxLength: 25 }),
        sortArb,
        fc.integer({ min: 1, max: 4 }),
        async (drafts, keys, limit) => {
          const items = drafts.map((d, i) => ({ ...d, id: `r${String(i).padStart(2, '0')}` }) as Item);
          const sort = keys.map((k) => (k.desc ? `-${k.field}` : k.field)).join(',');
          for (const { t, textInCodePointOrder } of contexts) {
            // Text order follows the database collation; only code-point collations match the reference.
            if (!textInCodePointOrder && keys.some((k) => TEXT.has(k.field))) continue;
            const db = t.db as unknown as AnyDb;
            await db.deleteFrom('list_items').execute();
            await insertItems(db, items);
            const seen: string[] = [];
            let cursor: string | undefined;
            do {
              const page = await runListQuery(db, {
                baseQuery: selectItems(db),
                registry: itemFields,
                query: { limit, sort, cursor },
                clock: t.clock,
                mapRow: (r: Item) => r.id,
              });
              seen.push(...page.data);
              cursor = page.nextCursor ?? undefined;
            } while (cursor && seen.length <= items.length);
            expect(seen, `${t.dialect} sort=${sort} limit=${limit}`).toEqual(referenceOrder(items, keys));
          }
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  }, 180_000);
});
