import { DateTime } from 'luxon';
import type { RelativeAmount } from './filter-tree.js';

/**
 * `now` moved back by a relative amount, in UTC calendar terms (a month back from 31 March is
 * 28/29 February). Both the SQL compiler and tests use this, so the boundary is one definition.
 */
export function subtractRelative(now: number, r: RelativeAmount): number {
  return DateTime.fromMillis(now, { zone: 'utc' })
    .minus({ [`${r.unit}s`]: r.amount })
    .toMillis();
}

/** The UTC calendar date (YYYY-MM-DD) of an instant, for `date` fields. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
