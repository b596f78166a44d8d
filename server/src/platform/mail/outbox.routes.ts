import type { AppInstance } from '../../app.js';
import type { FieldRegistry } from '../lists/field-registry.js';
import { runListQuery } from '../lists/list-query.js';
import { listQuerySchema } from '../lists/list-query.schema.js';
import type { MailRow } from './mail.table.js';

const registry: FieldRegistry = {
  id: { type: 'text', column: 'mailOutbox.id', sortable: true },
  to: { type: 'email', column: 'mailOutbox.to', sortable: true, searchable: 'contains' },
  subject: { type: 'text', column: 'mailOutbox.subject', searchable: 'contains' },
  status: { type: 'select', column: 'mailOutbox.status', options: ['queued', 'sent', 'sandbox', 'failed'] },
  createdAt: { type: 'datetime', column: 'mailOutbox.createdAt', sortable: true },
  sentAt: { type: 'datetime', column: 'mailOutbox.sentAt', sortable: true },
};

const toDto = (r: MailRow) => ({
  id: r.id,
  to: r.to,
  subject: r.subject,
  text: r.text,
  html: r.html,
  status: r.status,
  transport: r.transport,
  error: r.error,
  createdAt: r.createdAt,
  sentAt: r.sentAt,
});

/** The outbox: every e-mail the app queued, sandboxed or sent (admins, `mail:read`). */
export async function outboxRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/mail/outbox',
    {
      config: { permission: 'mail:read' },
      schema: {
        tags: ['mail'],
        summary: 'List the mail outbox (newest first)',
        querystring: listQuerySchema,
      },
    },
    async (req) =>
      runListQuery(ctx.db, {
        baseQuery: ctx.db.selectFrom('mailOutbox').selectAll('mailOutbox'),
        registry,
        query: req.query,
        clock: ctx.clock,
        idColumn: 'mailOutbox.id',
        defaultSort: '-createdAt',
        mapRow: toDto,
      }),
  );
}
