import { describe, expect, it } from 'vitest';
import type { SavedView } from '../customers.types.js';
import { fitView } from './fit-view.js';

const view = (v: Partial<SavedView>): SavedView => ({
  id: 'v1',
  name: 'Gold',
  entity: 'person',
  filter: null,
  sort: null,
  columns: [],
  shared: false,
  ...v,
});
const KNOWN = new Set(['city', 'custom.tier', 'lastName', 'email']);

describe('fitView', () => {
  it('leaves out conditions, sort keys and columns of fields that are gone, and names them', () => {
    const { view: fitted, dropped } = fitView(
      view({
        filter: {
          and: [
            { field: 'custom.tier', op: 'eq', value: 'gold' },
            {
              or: [
                { field: 'city', op: 'contains', value: 'Rīga' },
                { field: 'custom.visits', op: 'gt', value: 30 },
              ],
            },
            { not: { field: 'custom.visits', op: 'isEmpty' } },
          ],
        },
        sort: '-custom.visits,lastName',
        columns: ['name', 'email', 'custom.visits', 'custom.tier'],
      }),
      KNOWN,
    );
    expect(fitted.filter).toEqual({
      and: [
        { field: 'custom.tier', op: 'eq', value: 'gold' },
        { or: [{ field: 'city', op: 'contains', value: 'Rīga' }] },
      ],
    });
    expect(fitted.sort).toBe('lastName');
    expect(fitted.columns).toEqual(['name', 'email', 'custom.tier']);
    expect(dropped).toEqual(['custom.visits']);
  });
  it('keeps a view whose fields all exist as it is', () => {
    const v = view({
      filter: { and: [{ field: 'city', op: 'eq', value: 'Rīga' }] },
      sort: '-lastName',
      columns: ['name'],
    });
    expect(fitView(v, KNOWN)).toEqual({ view: v, dropped: [] });
  });
  it('a filter only on gone fields becomes no filter; a sort only on them the default order', () => {
    const { view: fitted } = fitView(
      view({ filter: { or: [{ field: 'custom.visits', op: 'gt', value: 1 }] }, sort: '-custom.visits' }),
      KNOWN,
    );
    expect(fitted.filter).toBeNull();
    expect(fitted.sort).toBeNull();
  });
});
