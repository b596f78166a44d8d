import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../src/platform/clock.js';
import { runListQuery } from '../../src/platform/lists/list-query.js';
import { createTestContext, describeEachDialect, type TestContext } from '../context.js';
import {
  type AnyDb,
  createItemsTable,
  type Item,
  insertItems,
  itemFields,
  selectItems,
} from './list-fixture.js';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0); // the test clock's start
const base: Item = {
  id: '',
  name: null,
  city: null,
  email: null,
  amount: null,
  score: null,
  born: null,
  seenAt: null,
  active: null,
  stage: null,
  tags: null,
  ownerId: null,
  custom: null,
};
const items: Item[] = [
  {
    ...base,
    id: 'a',
    name: 'Anna',
    city: 'Riga',
    email: 'anna@x.lv',
    amount: 1000,
    score: 2.5,
    born: '1990-05-01',
    seenAt: NOW - 30 * MINUTE,
    active: 1,
    stage: 'lead',
    tags: ['vip', 'new'],
    ownerId: 'usr_1',
    custom: {
      level: 3,
      tier: 'gold',
      vip: true,
      joined: '2025-12-20',
      ts: NOW - 2 * DAY,
      labels: ['x'],
      note: '50% off',
    },
  },
  {
    ...base,
    id: 'b',
    name: 'Boris',
    city: 'riga',
    email: 'boris@y.com',
    amount: 250,
    score: -1,
    born: '2026-01-01',
    seenAt: NOW - 3 * HOUR,
    active: 0,
    stage: 'won',
    tags: ['b2b'],
    ownerId: 'usr_2',
    custom: { level: 10, tier: 'silver', vip: false, joined: '2024-01-01', labels: [], note: '500 off' },
  },
  {
    ...base,
    id: 'c',
    name: 'Иван',
    city: 'Rīga',
    amount: 0,
    born: '2025-12-31',
    seenAt: NOW - 40 * DAY,
    stage: 'lost',
    tags: [],
    custom: { level: null, note: 'a_b' },
  },
  { ...base, id: 'd', name: 'иван', city: '', seenAt: NOW + HOUR, stage: '' },
  { ...base, id: 'e' },
];

describeEachDialect('list filter operators', (dialect) => {
  let t: TestContext;
  let db: AnyDb;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    db = t.db as unknown as AnyDb;
    await createItemsTable(db);
    await insertItems(db, items);
  });
  afterAll(() => t.close());

  const ids = async (filter: unknown, q?: string) => {
    const page = await runListQuery(db, {
      baseQuery: selectItems(db),
      registry: itemFields,
      query: { limit: 100, filter, q },
      clock: t.clock,
      mapRow: (r: Item) => r.id,
    });
    return page.data.join('');
  };
  const cases: [string, unknown, string][] = [
    ['text eq is exact', { field: 'city', op: 'eq', value: 'Riga' }, 'a'],
    ['neq includes empty and NULL', { field: 'city', op: 'neq', value: 'Riga' }, 'bcde'],
    ['in', { field: 'name', op: 'in', value: ['Anna', 'иван'] }, 'ad'],
    ['notIn includes NULL', { field: 'stage', op: 'notIn', value: ['lead', 'won'] }, 'cde'],
    ['contains is case-insensitive', { field: 'city', op: 'contains', value: 'RIG' }, 'ab'],
    ['contains folds Cyrillic', { field: 'name', op: 'contains', value: 'ИВА' }, 'cd'],
    ['startsWith', { field: 'email', op: 'startsWith', value: 'BOR' }, 'b'],
    ['% in a pattern is literal', { field: 'custom.note', op: 'contains', value: '0%' }, 'a'],
    ['_ in a pattern is literal', { field: 'custom.note', op: 'contains', value: '_' }, 'c'],
    ['money gt', { field: 'amount', op: 'gt', value: 250 }, 'a'],
    ['money gte', { field: 'amount', op: 'gte', value: 250 }, 'ab'],
    ['number lt', { field: 'score', op: 'lt', value: 0 }, 'b'],
    ['number lte', { field: 'score', op: 'lte', value: 2.5 }, 'ab'],
    ['between is inclusive', { field: 'amount', op: 'between', value: [0, 250] }, 'bc'],
    ['date before', { field: 'born', op: 'before', value: '2026-01-01' }, 'ac'],
    ['date after', { field: 'born', op: 'after', value: '2025-12-31' }, 'b'],
    ['date withinLast', { field: 'born', op: 'withinLast', value: { amount: 7, unit: 'day' } }, 'bc'],
    [
      'datetime withinLast hours',
      { field: 'seenAt', op: 'withinLast', value: { amount: 1, unit: 'hour' } },
      'a',
    ],
    [
      'datetime withinLast excludes future',
      { field: 'seenAt', op: 'withinLast', value: { amount: 1, unit: 'day' } },
      'ab',
    ],
    ['datetime olderThan', { field: 'seenAt', op: 'olderThan', value: { amount: 1, unit: 'month' } }, 'c'],
    ['datetime before ISO', { field: 'seenAt', op: 'before', value: '2026-01-05T08:00:00Z' }, 'bc'],
    ['boolean eq true', { field: 'active', op: 'eq', value: true }, 'a'],
    ['boolean neq true includes NULL', { field: 'active', op: 'neq', value: true }, 'bcde'],
    ['text isEmpty = NULL or empty', { field: 'city', op: 'isEmpty' }, 'de'],
    ['select isNotEmpty', { field: 'stage', op: 'isNotEmpty' }, 'abc'],
    ['number isEmpty', { field: 'amount', op: 'isEmpty' }, 'de'],
    ['user eq', { field: 'owner', op: 'eq', value: 'usr_2' }, 'b'],
    ['multiselect in = has any', { field: 'tags', op: 'in', value: ['new', 'b2b'] }, 'ab'],
    ['multiselect notIn = has none', { field: 'tags', op: 'notIn', value: ['vip'] }, 'bcde'],
    ['multiselect isEmpty', { field: 'tags', op: 'isEmpty' }, 'cde'],
    ['custom number gt is numeric', { field: 'custom.level', op: 'gt', value: 5 }, 'b'],
    ['custom number isEmpty (JSON null)', { field: 'custom.level', op: 'isEmpty' }, 'cde'],
    ['custom select in', { field: 'custom.tier', op: 'in', value: ['silver'] }, 'b'],
    ['custom boolean eq false', { field: 'custom.vip', op: 'eq', value: false }, 'b'],
    ['custom date after', { field: 'custom.joined', op: 'after', value: '2025-01-01' }, 'a'],
    [
      'custom datetime withinLast',
      { field: 'custom.ts', op: 'withinLast', value: { amount: 3, unit: 'day' } },
      'a',
    ],
    ['custom multiselect isNotEmpty', { field: 'custom.labels', op: 'isNotEmpty' }, 'a'],
    ['not(amount > 100) includes NULL amounts', { not: { field: 'amount', op: 'gt', value: 100 } }, 'cde'],
    [
      'nested and/or/not',
      {
        or: [
          {
            and: [
              { field: 'stage', op: 'eq', value: 'won' },
              { not: { field: 'active', op: 'eq', value: true } },
            ],
          },
          { field: 'tags', op: 'in', value: ['vip'] },
        ],
      },
      'ab',
    ],
    ['empty and matches all', { and: [] }, 'abcde'],
    ['empty or matches none', { or: [] }, ''],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, async () => {
      expect(await ids(filter)).toBe(expected);
    });
  }

  it('moves with the injected clock', async () => {
    const filter = { field: 'seenAt', op: 'withinLast', value: { amount: 1, unit: 'hour' } };
    expect(await ids(filter)).toBe('a');
    t.clock.advance(2 * HOUR);
    expect(await ids(filter)).toBe('d');
    t.clock.set(NOW);
  });

  it('quick search: every word must match some searchable field', async () => {
    expect(await ids(undefined, 'riga')).toBe('ab'); // city is prefix-searchable; Rīga is another word
    expect(await ids(undefined, 'ИВАН')).toBe('cd');
    expect(await ids(undefined, 'ann riga')).toBe('a');
    expect(await ids(undefined, 'off')).toBe('ab'); // custom.note is searchable
    expect(await ids(undefined, 'iga')).toBe(''); // prefix-only on city
  });
});
