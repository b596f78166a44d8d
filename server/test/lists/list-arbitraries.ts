import fc from 'fast-check';
import { DAY, HOUR, MINUTE } from '../../src/platform/clock.js';
import { OPERATORS_BY_TYPE } from '../../src/platform/lists/field-registry.js';
import { TIME_UNITS } from '../../src/platform/lists/filter-tree.js';
import { itemFields } from './list-fixture.js';

/** fast-check generators for list rows and filter trees, shared by the property tests. */
export const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const TEXT = ['', 'Riga', 'riga', 'RIGA x', 'Rīga', 'Иван', 'иван', '50%', '5_0', 'a\\b', 'Ann'];
const PATTERNS = ['rig', 'RI', '%', '_', 'ив', 'ī', 'Ī', '\\', 'x', '', '5', 'a\\b', 'n'];
const DATES = [
  '2024-02-29',
  '2025-01-05',
  '2025-12-06',
  '2026-01-01',
  '2026-01-04',
  '2026-01-05',
  '2026-01-06',
];
const TIMES = [-400 * DAY, -40 * DAY, -8 * DAY, -DAY, -61 * MINUTE, -MINUTE, 0, HOUR].map((d) => NOW + d);
const LABELS = [[], ['x'], ['x', 'y'], ['z']];

/** Non-null values per field: rows draw from these (plus null), filters compare against them. */
const DOMAIN: Record<string, unknown[]> = {
  name: TEXT,
  city: TEXT,
  email: ['a@x.lv', 'B@Y.com', ''],
  amount: [-100, 0, 100, 250],
  score: [-1.5, 0, 2, 2.5, 10],
  born: DATES,
  seenAt: TIMES,
  active: [0, 1],
  stage: ['', 'lead', 'won', 'lost'],
  tags: [[], ['vip'], ['vip', 'new'], ['b2b']],
  owner: ['usr_1', 'usr_2', ''],
  'custom.level': [-1, 1, 2.5, 10],
  'custom.tier': ['gold', 'silver'],
  'custom.vip': [true, false],
  'custom.joined': DATES,
  'custom.ts': TIMES,
  'custom.labels': LABELS,
  'custom.note': TEXT,
};
const OPTIONS: Record<string, unknown[]> = { tags: ['vip', 'new', 'b2b'], 'custom.labels': ['x', 'y', 'z'] };

const maybe = (field: string) => fc.constantFrom(null, ...(DOMAIN[field] as unknown[]));
/** Custom values are sometimes of the wrong JSON type: both dialects must read those as empty. */
const JUNK = ['7', 7, 1, 0, 'true', true, ['x'], { a: 1 }, 1.5, ''];
const customKey = (k: string) =>
  fc.option(fc.oneof({ arbitrary: maybe(`custom.${k}`), weight: 4 }, fc.constantFrom(...JUNK)), {
    nil: undefined,
  });
export const itemArb = fc.record({
  name: maybe('name'),
  city: maybe('city'),
  email: maybe('email'),
  amount: maybe('amount'),
  score: maybe('score'),
  born: maybe('born'),
  seenAt: maybe('seenAt'),
  active: maybe('active'),
  stage: maybe('stage'),
  tags: maybe('tags'),
  ownerId: maybe('owner'),
  custom: fc.option(
    fc.record({
      level: customKey('level'),
      tier: customKey('tier'),
      vip: customKey('vip'),
      joined: customKey('joined'),
      ts: customKey('ts'),
      labels: customKey('labels'),
      note: customKey('note'),
    }),
    { nil: null },
  ),
});

/** A filter value valid for the field's type and operator (filters compare against the same domains). */
function valueArb(field: string, op: string): fc.Arbitrary<unknown> {
  const type = itemFields[field]?.type;
  const scalars = (OPTIONS[field] ?? DOMAIN[field] ?? []).filter((v) => v !== '' || type !== 'select');
  const scalar = type === 'boolean' ? fc.boolean() : fc.constantFrom(...scalars);
  switch (op) {
    case 'isEmpty':
    case 'isNotEmpty':
      return fc.constant(undefined);
    case 'contains':
    case 'startsWith':
      return fc.constantFrom(...PATTERNS);
    case 'in':
    case 'notIn':
      return fc.uniqueArray(scalar, { minLength: 1, maxLength: 3 });
    case 'between':
      return fc.tuple(scalar, scalar);
    case 'withinLast':
    case 'olderThan':
      return fc.record({ amount: fc.integer({ min: 0, max: 50 }), unit: fc.constantFrom(...TIME_UNITS) });
    default:
      return scalar;
  }
}

export const conditionArb = fc
  .constantFrom(...Object.keys(itemFields))
  .chain((field) =>
    fc
      .constantFrom(...OPERATORS_BY_TYPE[itemFields[field]?.type ?? 'text'])
      .chain((op) =>
        valueArb(field, op).map((value) => (value === undefined ? { field, op } : { field, op, value })),
      ),
  );

export const { node: treeArb } = fc.letrec((tie) => ({
  // Conditions weigh more than groups so most trees compare real predicates, not empty groups.
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'filter' },
    { arbitrary: conditionArb, weight: 4 },
    { arbitrary: tie('and'), weight: 1 },
    { arbitrary: tie('or'), weight: 1 },
    { arbitrary: tie('not'), weight: 1 },
  ),
  and: fc.record({ and: fc.array(tie('node'), { maxLength: 3 }) }),
  or: fc.record({ or: fc.array(tie('node'), { maxLength: 3 }) }),
  not: fc.record({ not: tie('node') }),
}));
