import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { enqueueJob } from '../jobs/enqueue-job.js';

export interface NewMail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Business key (e.g. `notification:<id>`): the same key twice is one e-mail, one send. */
  key: string;
}

export const SEND_MAIL_JOB = 'mail.send';

/**
 * Records an e-mail in `mail_outbox` and queues the `mail.send` job that delivers it, in the caller's
 * transaction: the mail exists exactly when the change that calls for it does. Returns the outbox id.
 */
export async function queueMail(db: Executor, clock: Clock, mail: NewMail): Promise<string> {
  const now = clock.now();
  const inserted = await db
    .insertInto('mailOutbox')
    .values({
      id: newId('mail'),
      idempotencyKey: mail.key,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      status: 'queued',
      transport: null,
      messageId: null,
      error: null,
      createdAt: now,
      sentAt: null,
    })
    .onConflict((oc) => oc.column('idempotencyKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  const id =
    inserted?.id ??
    (
      await db
        .selectFrom('mailOutbox')
        .select('id')
        .where('idempotencyKey', '=', mail.key)
        .executeTakeFirstOrThrow()
    ).id;
  await enqueueJob(db, clock, {
    type: SEND_MAIL_JOB,
    payload: { outboxId: id },
    idempotencyKey: `mail:${id}`,
    maxAttempts: 8,
  });
  return id;
}
