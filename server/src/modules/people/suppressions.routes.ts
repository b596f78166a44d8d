import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { suppressionBody, suppressionQuery } from './consents.schemas.js';
import { normalizeSuppressionValue } from './suppressions.repository.js';

const tags = ['people'];

/** The stop-list: emails and phones never to be messaged, whoever they belong to. */
export async function suppressionsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/suppressions',
    {
      config: { permission: 'people:read' },
      schema: { tags, summary: 'List suppressions (newest first)', querystring: suppressionQuery },
    },
    async (req) => {
      const { channel, value, limit, cursor } = req.query;
      let q = ctx.db
        .selectFrom('suppressions')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (channel) q = q.where('channel', '=', channel);
      if (channel && value) q = q.where('value', '=', normalizeSuppressionValue(channel, value));
      if (cursor) q = q.where('id', '<', cursor);
      const rows = await q.execute();
      const data = rows.slice(0, limit);
      return { data, nextCursor: rows.length > limit ? (data.at(-1)?.id ?? null) : null };
    },
  );

  app.post(
    '/api/v1/suppressions',
    {
      config: { permission: 'people:update' },
      schema: { tags, summary: 'Add an email or phone to the stop-list', body: suppressionBody },
    },
    async (req, reply) => {
      const actor = actorOf(principalOf(req));
      const row = {
        id: newId('sup'),
        channel: req.body.channel,
        value: normalizeSuppressionValue(req.body.channel, req.body.value),
        reason: req.body.reason ?? null,
        createdAt: ctx.clock.now(),
      };
      await ctx.db.transaction().execute(async (trx) => {
        const dup = await trx
          .selectFrom('suppressions')
          .select('id')
          .where('channel', '=', row.channel)
          .where('value', '=', row.value)
          .executeTakeFirst();
        if (dup)
          throw new AppError('conflict', `${row.value} is already suppressed on ${row.channel}`, {
            id: dup.id,
          });
        await trx.insertInto('suppressions').values(row).execute();
        await appendEvent(trx, ctx.clock, actor, {
          type: 'suppression.added',
          entityType: 'suppression',
          entityId: row.id,
          payload: row,
        });
        await recordAudit(trx, ctx, actor, {
          entityType: 'suppression',
          entityId: row.id,
          action: 'create',
          before: null,
          after: row,
        });
      });
      return reply.status(201).send(row);
    },
  );

  app.delete(
    '/api/v1/suppressions/:id',
    {
      config: { permission: 'people:update' },
      schema: { tags, summary: 'Remove a suppression', params: z.object({ id: z.string() }) },
    },
    async (req, reply) => {
      const actor = actorOf(principalOf(req));
      await ctx.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('suppressions')
          .selectAll()
          .where('id', '=', req.params.id)
          .executeTakeFirst();
        if (!before) throw notFound('Suppression', req.params.id);
        await trx.deleteFrom('suppressions').where('id', '=', before.id).execute();
        await appendEvent(trx, ctx.clock, actor, {
          type: 'suppression.removed',
          entityType: 'suppression',
          entityId: before.id,
          payload: before,
        });
        await recordAudit(trx, ctx, actor, {
          entityType: 'suppression',
          entityId: before.id,
          action: 'delete',
          before,
          after: null,
        });
      });
      return reply.status(204).send();
    },
  );
}
