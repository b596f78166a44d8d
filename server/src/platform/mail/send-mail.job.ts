import type { AppContext } from '../../context.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { PermanentJobError } from '../jobs/job-handler.js';
import { fromAddress, transportFor } from './mail-transport.js';
import { SEND_MAIL_JOB } from './queue-mail.js';

/**
 * Delivers one outbox row. A row already `sent`/`sandbox` is left alone, so a retried or duplicated
 * job never sends twice; the Message-ID is derived from the outbox id, so a receiving server can
 * also drop a duplicate in the one window left (a crash between the SMTP answer and the update).
 * Without SMTP_URL the mail stays in the outbox as `sandbox` (Settings → Outbox shows it).
 */
export const sendMailJob: JobHandler<{ outboxId: string }> = {
  type: SEND_MAIL_JOB,
  async handle(job, { ctx }) {
    const mail = await ctx.db
      .selectFrom('mailOutbox')
      .selectAll()
      .where('id', '=', job.payload.outboxId)
      .executeTakeFirst();
    if (!mail) throw new PermanentJobError(`outbox row ${job.payload.outboxId} not found`);
    if (mail.status === 'sent' || mail.status === 'sandbox') return { status: mail.status, skipped: true };
    const smtpUrl = ctx.config.smtpUrl;
    if (!smtpUrl) {
      await markDone(ctx, mail.id, 'sandbox', null, null);
      return { status: 'sandbox' };
    }
    const host = new URL(ctx.config.publicUrl).hostname;
    const messageId = `<${mail.id}@${host}>`;
    try {
      await transportFor(smtpUrl).sendMail({
        from: fromAddress(ctx.config.publicUrl),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId,
      });
    } catch (err) {
      const last = job.attempts >= job.maxAttempts;
      await ctx.db
        .updateTable('mailOutbox')
        .set({ error: String((err as Error).message ?? err), status: last ? 'failed' : 'queued' })
        .where('id', '=', mail.id)
        .execute();
      throw err;
    }
    await markDone(ctx, mail.id, 'sent', 'smtp', messageId);
    return { status: 'sent', messageId };
  },
};

async function markDone(
  ctx: AppContext,
  id: string,
  status: 'sent' | 'sandbox',
  transport: string | null,
  messageId: string | null,
) {
  await ctx.db
    .updateTable('mailOutbox')
    .set({ status, transport: transport ?? 'sandbox', messageId, sentAt: ctx.clock.now(), error: null })
    .where('id', '=', id)
    .execute();
}
