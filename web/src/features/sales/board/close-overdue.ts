import type { StageKind } from '../sales.types.js';

/** Today's calendar date ("2026-11-23") in `timeZone`, to compare with a deal's expected close date. */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * An open deal whose expected close date has passed: the card shows the date in red so the rep
 * updates the date or the stage. Won and lost deals are closed, so their date is history.
 */
export function isCloseOverdue(
  expectedCloseDate: string | null,
  kind: StageKind | undefined,
  today: string,
): boolean {
  return !!expectedCloseDate && kind === 'open' && expectedCloseDate < today;
}
