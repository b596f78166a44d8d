import type { Executor } from '../../db/database.js';
import { normalizeEmail, normalizePhone } from './contact-values.js';

export type SuppressionChannel = 'email' | 'sms' | 'phone';

/** Emails are compared lower-cased, phones in E.164: the same forms the people tables store. */
export function normalizeSuppressionValue(channel: SuppressionChannel, value: string): string {
  return channel === 'email' ? normalizeEmail(value, 'value') : normalizePhone(value, 'value');
}

/**
 * True when `value` must not be contacted on `channel`. Messaging calls this before every send.
 *
 * @example if (await isSuppressed(db, 'email', person.email)) skip();
 */
export async function isSuppressed(
  db: Executor,
  channel: SuppressionChannel,
  value: string,
): Promise<boolean> {
  let normalized: string;
  try {
    normalized = normalizeSuppressionValue(channel, value);
  } catch {
    return false;
  }
  const row = await db
    .selectFrom('suppressions')
    .select('id')
    .where('channel', '=', channel)
    .where('value', '=', normalized)
    .executeTakeFirst();
  return !!row;
}
