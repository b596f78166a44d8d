import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvCell, csvField, csvValue } from '../../src/platform/lists/csv-export.js';
import { describeEachDialect } from '../context.js';
import { createItemsApp } from './items-app.js';
import { type Item, insertItems } from './list-fixture.js';

const NAMES = ['Anna', 'Smith, John', 'say "hi"', 'two\nlines', 'Рига', '', null, '=SUM(A1)', '-5'];
const TAGS = [null, [], ['vip'], ['vip', 'new']];

function rows(): Item[] {
  return Array.from({ length: 10_000 }, (_, i) => ({
    id: `it_${String(i).padStart(5, '0')}`,
    name: NAMES[i % NAMES.length] ?? null,
    city: null,
    email: null,
    amount: i % 7 === 0 ? null : (i * 37) % 1000,
    score: null,
    born: null,
    seenAt: 1_767_000_000_000 + i,
    active: null,
    stage: null,
    tags: TAGS[i % TAGS.length] ?? null,
    ownerId: null,
    custom: i % 3 === 0 ? { tier: 'gold' } : null,
  }));
}

/** What the CSV should say for a row, written out by hand rather than through csvCell. */
function expectedRecord(r: Item): string[] {
  const name = r.name === null ? '' : r.name === '=SUM(A1)' ? "'=SUM(A1)" : r.name;
  return [
    r.id,
    name,
    r.amount === null ? '' : String(r.amount),
    String(r.seenAt),
    (r.tags ?? []).join('; '),
    r.custom?.tier === undefined ? '' : String(r.custom.tier),
  ];
}

describeEachDialect('CSV export', (dialect) => {
  let t: Awaited<ReturnType<typeof createItemsApp>>;
  const all = rows();
  beforeAll(async () => {
    t = await createItemsApp(dialect);
    await insertItems(t.db, all);
  });
  afterAll(() => t.close());

  it('streams all 10,000 rows with a header, parsed back equal to the rows', async () => {
    const res = await t.app.inject({ url: '/api/v1/items?format=csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="items_export.csv"');
    const records = parse(res.body, { relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(['id', 'name', 'amount', 'seenAt', 'tags', 'tier']);
    expect(records.length).toBe(10_001);
    expect(records.slice(1)).toEqual(all.map(expectedRecord));
  }, 60_000);

  it('exports the same selection as the list: filter, quick search and sort apply', async () => {
    const filter = JSON.stringify({ field: 'tags', op: 'in', value: ['new'] });
    const res = await t.app.inject({
      url: `/api/v1/items?format=csv&sort=-amount&q=anna&filter=${encodeURIComponent(filter)}`,
    });
    const ids = (parse(res.body) as string[][]).slice(1).map((r) => r[0]);
    const expected = all
      .filter((r) => r.tags?.includes('new') && r.name?.toLowerCase().includes('anna'))
      .sort((a, b) =>
        a.amount === b.amount
          ? a.id < b.id
            ? -1
            : 1
          : a.amount === null
            ? 1
            : b.amount === null
              ? -1
              : b.amount - a.amount,
      )
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(100);
    expect(ids).toEqual(expected);
  });

  it('answers an invalid filter with a 400 before streaming anything', async () => {
    const res = await t.app.inject({ url: '/api/v1/items?format=csv&filter=%7B' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_filter');
  });
});

it('csvCell: arrays as "a; b", objects as JSON, formula-like text neutralised, numbers kept', () => {
  expect(csvCell(['a', 'b'])).toBe('a; b');
  expect(csvCell({ x: 1 })).toBe('{"x":1}');
  expect(csvCell(null)).toBe('');
  expect(csvCell('+1 555')).toBe("'+1 555");
  expect(csvCell('-5')).toBe('-5');
  expect(csvCell(-5)).toBe('-5');
  expect(csvCell('@here')).toBe("'@here");
});

it('csvValue writes exactly what csvField(csvCell(v)) writes', () => {
  const samples: unknown[] = [
    ...['', 'plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', '=SUM(A1)', '+1 555', '-5', '-x', '@here'],
    ...['\tTab', '\rCR', '+', '-', '=', ' =x', 'Rīga', '1e3', '-1.5', '+37120000000'],
    ...[0, -5, 1.25, true, false, null, undefined, ['a', 'b,c'], { x: '"' }, []],
  ];
  for (const v of samples) expect(csvValue(v), JSON.stringify(v)).toBe(csvField(csvCell(v)));
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean()), (v) => {
      expect(csvValue(v)).toBe(csvField(csvCell(v)));
    }),
  );
});
