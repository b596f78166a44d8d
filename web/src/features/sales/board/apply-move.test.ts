import { describe, expect, it } from 'vitest';
import type { Board, Deal, Stage } from '../sales.types.js';
import { applyMove } from './apply-move.js';

const stage = (id: string): Stage => ({
  id,
  pipelineId: 'p',
  key: id,
  name: id,
  labels: {},
  position: 0,
  probability: 10,
  kind: 'open',
});
const deal = (id: string, stageId: string, amount: number, currency = 'EUR') =>
  ({ id, stageId, amount, currency, title: id }) as Deal;

function board(): Board {
  const a = [deal('d1', 'a', 100), deal('d2', 'a', 50, 'USD')];
  const b = [deal('d3', 'b', 10)];
  return {
    pipeline: {
      id: 'p',
      key: null,
      name: 'p',
      labels: {},
      isDefault: true,
      position: 0,
      stages: [],
      createdAt: 0,
      updatedAt: 0,
    },
    columns: [
      { stage: stage('a'), count: 2, totals: [], deals: a },
      { stage: stage('b'), count: 1, totals: [], deals: b },
    ],
  };
}

describe('applyMove (the optimistic kanban update)', () => {
  it('moves a card to another column at a position and recomputes counts and totals per currency', () => {
    const before = board();
    const after = applyMove(before, { deal: before.columns[0]!.deals[1]!, stageId: 'b', position: 0 });
    expect(after.columns[0]!.deals.map((d) => d.id)).toEqual(['d1']);
    expect(after.columns[0]).toMatchObject({ count: 1, totals: [{ currency: 'EUR', amount: 100 }] });
    expect(after.columns[1]!.deals.map((d) => [d.id, d.stageId])).toEqual([
      ['d2', 'b'],
      ['d3', 'b'],
    ]);
    expect(after.columns[1]!.totals).toEqual([
      { currency: 'EUR', amount: 10 },
      { currency: 'USD', amount: 50 },
    ]);
    expect(before.columns[0]!.count).toBe(2); // the snapshot used for rollback is untouched
  });

  it('appends at the end without a position and reorders within a column', () => {
    const b = board();
    expect(
      applyMove(b, { deal: b.columns[0]!.deals[0]!, stageId: 'b' }).columns[1]!.deals.map((d) => d.id),
    ).toEqual(['d3', 'd1']);
    const within = applyMove(b, { deal: b.columns[0]!.deals[1]!, stageId: 'a', position: 0 });
    expect(within.columns[0]!.deals.map((d) => d.id)).toEqual(['d2', 'd1']);
    expect(within.columns[0]!.count).toBe(2);
  });
});
