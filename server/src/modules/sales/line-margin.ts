/**
 * Margin of a deal line in minor units: what the line sells for after its discount, less what its
 * units cost — `total − round(unitCost × quantity)`; null when the unit cost is unknown.
 *
 * @example lineMargin({ total: 13497, unitCost: 3000, quantity: 3 }) // 13497 − 9000 = 4497
 */
export function lineMargin(l: { total: number; unitCost: number | null; quantity: number }): number | null {
  return l.unitCost == null ? null : l.total - lineCost(l)!;
}

/** round(unitCost × quantity), null when the unit cost is unknown. */
export function lineCost(l: { unitCost: number | null; quantity: number }): number | null {
  return l.unitCost == null ? null : Math.round(l.unitCost * l.quantity);
}
