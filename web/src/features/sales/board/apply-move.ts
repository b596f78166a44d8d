import type { Board, BoardColumn, Deal } from '../sales.types.js';

export interface MoveArgs {
  deal: Deal;
  stageId: string;
  position?: number;
  lostReasonId?: string;
}

function totalsOf(deals: Deal[]): BoardColumn['totals'] {
  const m = new Map<string, number>();
  for (const d of deals) m.set(d.currency, (m.get(d.currency) ?? 0) + d.amount);
  return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

/** The board as it will look after the move, so the card lands at once. */
export function applyMove(board: Board, { deal, stageId, position }: MoveArgs): Board {
  const columns = board.columns.map((c) => {
    let deals = c.deals.filter((d) => d.id !== deal.id);
    if (c.stage.id === stageId) {
      const at = Math.min(position ?? deals.length, deals.length);
      deals = [...deals.slice(0, at), { ...deal, stageId }, ...deals.slice(at)];
    }
    return deals.length === c.deals.length && c.stage.id !== stageId
      ? c
      : { ...c, deals, count: deals.length, totals: totalsOf(deals) };
  });
  return { ...board, columns };
}
