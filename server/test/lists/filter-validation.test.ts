import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/platform/errors.js';
import { validateFilter } from '../../src/platform/lists/validate-filter.js';
import { describeEachDialect } from '../context.js';
import { createItemsApp } from './items-app.js';
import { insertItems, itemFields } from './list-fixture.js';

function errorOf(filter: unknown): AppError {
  try {
    validateFilter(filter, itemFields);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected invalid_filter');
}
const paths = (filter: unknown) => (errorOf(filter).details.errors ?? []).map((e) => e.path);
/** The one problem's kind and its values, for clients that word it in the user's language. */
const kind = (filter: unknown) => {
  const [e] = errorOf(filter).details.errors ?? [];
  return { code: e?.code, params: e?.params };
};
const city = { field: 'city', op: 'eq', value: 'Riga' };

describe('filter validation', () => {
  it('names the offending node as a JSON path', () => {
    const err = errorOf({ and: [city, { or: [{ field: 'city', op: 'gt', value: 'x' }] }] });
    expect(err.code).toBe('invalid_filter');
    expect(err.status).toBe(400);
    expect(err.details.errors).toEqual([
      {
        path: 'filter.and[1].or[0].op',
        message: 'operator "gt" is not valid for text field "city"',
        code: 'invalid_operator',
        params: { op: 'gt', field: 'city', type: 'text' },
      },
    ]);
    expect(err.message).toContain('filter.and[1].or[0].op');
  });

  it('says why: unknown field, wrong value type, bad option, bad relative amount', () => {
    expect(errorOf({ not: { field: 'nope', op: 'eq', value: 1 } }).message).toBe(
      'filter.not.field: unknown field "nope"',
    );
    expect(paths({ and: [{ field: 'amount', op: 'gt', value: '5' }] })).toEqual(['filter.and[0].value']);
    expect(errorOf({ field: 'amount', op: 'eq', value: 1.5 }).message).toMatch(/integer amount/);
    expect(errorOf({ field: 'stage', op: 'in', value: ['won', 'maybe'] }).message).toMatch(
      /"maybe" is not an option of "stage"/,
    );
    expect(
      errorOf({ field: 'seenAt', op: 'withinLast', value: { amount: 3, unit: 'fortnight' } }).message,
    ).toMatch(/minute\|hour/);
    expect(errorOf({ field: 'born', op: 'eq', value: '05/01/2026' }).message).toMatch(/YYYY-MM-DD/);
    expect(errorOf({ field: 'score', op: 'between', value: [1] }).message).toMatch(/\[from, to\]/);
    expect(errorOf({ field: 'city', op: 'isEmpty', value: 'x' }).message).toMatch(/takes no value/);
    expect(paths({ field: 'city', op: 'like', value: 'x' })).toEqual(['filter.op']);
  });

  it('names the kind of every problem, with the values its message names', () => {
    expect(kind({ not: { field: 'nope', op: 'eq', value: 1 } })).toEqual({
      code: 'unknown_field',
      params: { field: 'nope' },
    });
    expect(kind({ field: 'amount', op: 'gt', value: '5' })).toEqual({
      code: 'invalid_type',
      params: { expected: 'money' },
    });
    expect(kind({ field: 'stage', op: 'in', value: ['won', 'maybe'] })).toEqual({
      code: 'invalid_option',
      params: { field: 'stage', value: 'maybe' },
    });
    expect(kind({ field: 'born', op: 'eq', value: '05/01/2026' })).toEqual({ code: 'invalid_date' });
    // A condition whose value was left empty.
    expect(kind({ field: 'born', op: 'eq' })).toEqual({ code: 'required' });
    expect(kind({ field: 'born', op: 'eq', value: '' })).toEqual({ code: 'required' });
    expect(errorOf({ field: 'born', op: 'eq' }).message).toBe('filter.value: expected a date YYYY-MM-DD');
    expect(kind({ field: 'seenAt', op: 'withinLast', value: { amount: 3, unit: 'x' } })).toEqual({
      code: 'invalid_format',
    });
    expect(kind({ field: 'score', op: 'in', value: [] })).toEqual({ code: 'required' });
    expect(kind({ field: 'score', op: 'in', value: Array.from({ length: 501 }, (_, i) => i) })).toEqual({
      code: 'too_many_values',
      params: { maximum: 500 },
    });
    expect(kind({ field: 'city', op: 'eq', value: 'x'.repeat(1001) })).toEqual({
      code: 'too_long',
      params: { maximum: 1000 },
    });
    expect(kind({ field: 'city', op: 'like', value: 'x' })).toEqual({ code: 'invalid_option' });
    expect(kind({ field: 'city', op: 'eq', value: 'x', extra: 1 })).toEqual({ code: 'unknown_field' });
    expect(kind({ op: 'eq', value: 'x' })).toEqual({ code: 'required' });
    expect(kind({ and: 'no' })).toEqual({ code: 'invalid_format' });
    let deep: unknown = city;
    for (let i = 0; i < 10; i++) deep = { not: deep };
    expect(kind(deep)).toEqual({ code: 'filter_too_deep', params: { maximum: 10 } });
    expect(kind({ or: Array.from({ length: 200 }, () => city) })).toEqual({
      code: 'filter_too_large',
      params: { maximum: 200 },
    });
  });

  it('reports every problem, not only the first', () => {
    expect(paths({ or: [{ field: 'x', op: 'eq' }, 5, { and: 'no' }] })).toEqual([
      'filter.or[0].field',
      'filter.or[1]',
      'filter.or[2].and',
    ]);
  });

  it('refuses trees deeper than 10 levels or larger than 200 nodes', () => {
    let deep: unknown = city;
    for (let i = 0; i < 10; i++) deep = { not: deep };
    expect(errorOf(deep).message).toMatch(/deeper than 10/);
    let ok: unknown = city;
    for (let i = 0; i < 9; i++) ok = { not: ok };
    expect(validateFilter(ok, itemFields)).toBeTruthy();
    expect(errorOf({ or: Array.from({ length: 200 }, () => city) }).message).toMatch(/more than 200 nodes/);
    expect(validateFilter({ or: Array.from({ length: 199 }, () => city) }, itemFields)).toBeTruthy();
  });

  it('normalises values: booleans to 1/0, ISO datetimes to epoch ms', () => {
    expect(validateFilter({ field: 'active', op: 'eq', value: true }, itemFields)).toEqual({
      field: 'active',
      op: 'eq',
      value: 1,
    });
    expect(
      validateFilter({ field: 'seenAt', op: 'after', value: '2026-01-01T00:00:00Z' }, itemFields),
    ).toEqual({
      field: 'seenAt',
      op: 'after',
      value: Date.UTC(2026, 0, 1),
    });
  });
});

describeEachDialect('list query over HTTP', (dialect) => {
  let t: Awaited<ReturnType<typeof createItemsApp>>;
  beforeAll(async () => {
    t = await createItemsApp(dialect);
  });
  afterAll(() => t.close());
  const get = (query: Record<string, string>) =>
    t.app.inject({ url: `/api/v1/items?${new URLSearchParams(query)}` });

  it('answers malformed filter JSON with a 400 invalid_filter problem', async () => {
    const res = await get({ filter: '{"field":' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'invalid_filter',
      errors: [{ path: 'querystring.filter', message: 'filter is not valid JSON', code: 'invalid_format' }],
    });
  });

  it('answers an invalid filter tree with the node path', async () => {
    const res = await get({ filter: JSON.stringify({ and: [{ field: 'tags', op: 'eq', value: 'vip' }] }) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_filter',
      errors: [{ path: 'filter.and[0].op', code: 'invalid_operator', params: { op: 'eq', field: 'tags' } }],
    });
  });

  it('rejects unknown or unsortable sort fields, bad limits and foreign cursors', async () => {
    expect((await get({ sort: 'nope' })).json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        { path: 'sort', message: 'unknown field "nope"', code: 'unknown_field', params: { field: 'nope' } },
      ],
    });
    const unsortable = (await get({ sort: 'email' })).json();
    expect(unsortable.detail).toMatch(/not sortable/);
    expect(unsortable.errors).toEqual([
      {
        path: 'sort',
        message: 'field "email" is not sortable',
        code: 'not_sortable',
        params: { field: 'email' },
      },
    ]);
    expect((await get({ sort: 'name,name' })).json().errors[0]).toMatchObject({
      code: 'duplicate_values',
      params: { field: 'name' },
    });
    expect((await get({ sort: 'name,amount,score,born,city,seenAt' })).json().errors[0]).toMatchObject({
      message: 'at most 5 sort fields',
      code: 'too_many_values',
      params: { maximum: 5 },
    });
    expect((await get({ limit: '501' })).statusCode).toBe(400);
    expect((await get({ cursor: 'garbage' })).json().errors).toEqual([
      { path: 'cursor', message: 'the cursor is not valid', code: 'invalid_cursor' },
    ]);
    await insertItems(t.db, [
      {
        id: 'x1',
        name: 'a',
        city: null,
        email: null,
        amount: 1,
        score: null,
        born: null,
        seenAt: null,
        active: null,
        stage: null,
        tags: null,
        ownerId: null,
        custom: null,
      },
      {
        id: 'x2',
        name: 'b',
        city: null,
        email: null,
        amount: 2,
        score: null,
        born: null,
        seenAt: null,
        active: null,
        stage: null,
        tags: null,
        ownerId: null,
        custom: null,
      },
    ]);
    const first = (await get({ sort: 'name', limit: '1' })).json();
    expect(first.data.map((r: { id: string }) => r.id)).toEqual(['x1']);
    const second = (await get({ sort: 'name', limit: '1', cursor: first.nextCursor })).json();
    expect(second).toMatchObject({ data: [{ id: 'x2', name: 'b', tags: null }], nextCursor: null });
    const other = await get({ sort: '-amount', limit: '1', cursor: first.nextCursor });
    expect(other.statusCode).toBe(400);
    expect(other.json().detail).toMatch(/different sort/);
    expect(other.json().errors[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
  });
});

describeEachDialect('list query in OpenAPI', (dialect) => {
  it('documents the list parameters of a route using listQuerySchema', async () => {
    const t = await createItemsApp(dialect);
    try {
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
      const params = doc.paths['/api/v1/items'].get.parameters.map((p: { name: string }) => p.name);
      expect(params).toEqual(expect.arrayContaining(['limit', 'cursor', 'sort', 'filter', 'q', 'format']));
    } finally {
      await t.close();
    }
  });
});
