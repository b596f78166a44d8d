import { CronExpressionParser } from 'cron-parser';
import { IANAZone } from 'luxon';
import { validationError } from '../errors.js';

/**
 * The first occurrence of `cron` strictly after `after` (epoch ms), reading the expression in the
 * IANA zone `timezone` (so "0 9 * * *" in Europe/Riga is 09:00 Riga time, summer or winter).
 */
export function nextOccurrence(cron: string, timezone: string, after: number): number {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone }).next().getTime();
}

/** Throws validation_failed for an expression or zone we cannot schedule. */
export function assertValidCron(cron: string, timezone: string): void {
  if (!IANAZone.isValidZone(timezone))
    throw validationError('timezone', `unknown time zone ${timezone}`, 'invalid_time_zone');
  try {
    CronExpressionParser.parse(cron, { tz: timezone, strict: false });
  } catch (err) {
    throw validationError(
      'cron',
      err instanceof Error ? err.message : 'invalid cron expression',
      'invalid_format',
    );
  }
}
