/**
 * Margin as a percentage of the deal total, one decimal ("32.5"); null when the total is zero
 * (a percentage of nothing means nothing).
 *
 * @example marginPercent(4497, 13497) // 33.3
 */
export function marginPercent(margin: number, total: number): number | null {
  return total === 0 ? null : Math.round((margin / total) * 1000) / 10;
}
