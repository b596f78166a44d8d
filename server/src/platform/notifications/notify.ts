import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import { newId } from '../ids.js';
import { queueMail } from '../mail/queue-mail.js';
import { notificationText } from './notification-texts.js';

export interface NewNotification {
  /** e.g. `task.overdue`; the web shows `notifications.<kind>` with `params`. */
  kind: string;
  params?: Record<string, unknown>;
  /** A web path, e.g. `/tasks?task=tsk_…`. */
  link?: string | null;
  /** Same key twice → nothing new (no row, no e-mail). */
  dedupeKey?: string;
}

/**
 * Notifies one user in the caller's transaction: an in-app row and, with `email`, an e-mail through
 * the durable `mail.send` job (keyed by the notification, so it is sent once). Returns the
 * notification id, or null when `dedupeKey` was already used or the user is inactive/unknown.
 *
 * @example await notify(trx, ctx, task.assigneeId, { kind: 'task.overdue', params: { title } }, { email: true })
 */
export async function notify(
  trx: Executor,
  ctx: Pick<AppContext, 'clock' | 'config'>,
  userId: string,
  n: NewNotification,
  opts: { email?: boolean } = {},
): Promise<string | null> {
  const user = await trx
    .selectFrom('users')
    .select(['email', 'locale', 'active', 'timeZone'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.active !== 1) return null;
  const id = newId('ntf');
  const params = n.params ?? {};
  const row = await trx
    .insertInto('notifications')
    .values({
      id,
      userId,
      kind: n.kind,
      titleKey: `notifications.${n.kind}`,
      params: toJson(params),
      link: n.link ?? null,
      dedupeKey: n.dedupeKey ?? null,
      readAt: null,
      createdAt: ctx.clock.now(),
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  if (opts.email) {
    const line = notificationText(user.locale, n.kind, params, user.timeZone);
    const url = n.link ? `${ctx.config.publicUrl}${n.link}` : ctx.config.publicUrl;
    await queueMail(trx, ctx.clock, {
      to: user.email,
      subject: line,
      text: `${line}\n\n${url}\n`,
      key: `notification:${id}`,
    });
  }
  return id;
}
