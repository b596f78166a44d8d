import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { fromJson } from '../../db/json.js';
import { principalOf } from '../auth/auth.hook.js';
import { AppError, notFound } from '../errors.js';
import type { FieldRegistry } from '../lists/field-registry.js';
import { runListQuery } from '../lists/list-query.js';
import { listQuerySchema } from '../lists/list-query.schema.js';
import type { NotificationRow } from './notifications.table.js';

const tags = ['notifications'];
const registry: FieldRegistry = {
  id: { type: 'text', column: 'notifications.id', sortable: true },
  kind: { type: 'text', column: 'notifications.kind', sortable: true },
  readAt: { type: 'datetime', column: 'notifications.readAt', sortable: true },
  createdAt: { type: 'datetime', column: 'notifications.createdAt', sortable: true },
};

export const toNotificationDto = (r: NotificationRow) => ({
  id: r.id,
  kind: r.kind,
  titleKey: r.titleKey,
  params: fromJson<Record<string, unknown>>(r.params),
  link: r.link,
  readAt: r.readAt,
  createdAt: r.createdAt,
});

const userOf = (req: Parameters<typeof principalOf>[0]) => {
  const userId = principalOf(req).userId;
  if (!userId) throw new AppError('forbidden', 'Notifications belong to users, not API keys');
  return userId;
};

/** The signed-in user's own notifications (profile permissions: every user, only their own). */
export async function notificationsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'profile:read' },
      schema: {
        tags,
        summary: 'My notifications (newest first; unread=true for unread only)',
        querystring: listQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() }),
      },
    },
    async (req) => {
      let base = ctx.db
        .selectFrom('notifications')
        .selectAll('notifications')
        .where('notifications.userId', '=', userOf(req));
      if (req.query.unread === 'true') base = base.where('notifications.readAt', 'is', null);
      if (req.query.unread === 'false') base = base.where('notifications.readAt', 'is not', null);
      return runListQuery(ctx.db, {
        baseQuery: base,
        registry,
        query: req.query,
        clock: ctx.clock,
        idColumn: 'notifications.id',
        defaultSort: '-createdAt',
        mapRow: toNotificationDto,
      });
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      config: { permission: 'profile:read' },
      schema: { tags, summary: 'How many of my notifications are unread' },
    },
    async (req) => {
      const row = await ctx.db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('userId', '=', userOf(req))
        .where('readAt', 'is', null)
        .executeTakeFirst();
      return { count: Number(row?.n ?? 0) };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { permission: 'profile:update' },
      schema: { tags, summary: 'Mark one of my notifications read', params: z.object({ id: z.string() }) },
    },
    async (req) => {
      const userId = userOf(req);
      await ctx.db
        .updateTable('notifications')
        .set({ readAt: ctx.clock.now() })
        .where('id', '=', req.params.id)
        .where('userId', '=', userId)
        .where('readAt', 'is', null)
        .execute();
      const row = await ctx.db
        .selectFrom('notifications')
        .selectAll()
        .where('id', '=', req.params.id)
        .where('userId', '=', userId)
        .executeTakeFirst();
      if (!row) throw notFound('Notification', req.params.id);
      return toNotificationDto(row);
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    { config: { permission: 'profile:update' }, schema: { tags, summary: 'Mark all my notifications read' } },
    async (req) => {
      const res = await ctx.db
        .updateTable('notifications')
        .set({ readAt: ctx.clock.now() })
        .where('userId', '=', userOf(req))
        .where('readAt', 'is', null)
        .executeTakeFirst();
      return { updated: Number(res.numUpdatedRows) };
    },
  );
}
