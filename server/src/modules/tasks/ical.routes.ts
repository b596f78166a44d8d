import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { AppError } from '../../platform/errors.js';
import { renderCalendar } from './ical.js';
import { icalTokenValid } from './ical-token.js';
import { toTask } from './tasks.repository.js';

const FEED_LIMIT = 1000;

/**
 * `GET /ical/:userId/:token.ics`: a user's open tasks for calendar apps. Public (calendar clients
 * send no cookies); the token is an HMAC of the user id, so a wrong token or user is a plain 404.
 */
export async function icalRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/ical/:userId/:file',
    {
      config: { public: true },
      schema: {
        tags: ['tasks'],
        summary: 'iCalendar feed of a user’s open tasks (URL from /api/v1/tasks/ical-url)',
        params: z.object({ userId: z.string().max(100), file: z.string().max(200) }),
      },
    },
    async (req, reply) => {
      const { userId, file } = req.params;
      const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
      const user = icalTokenValid(ctx.secret, userId, token)
        ? await ctx.db
            .selectFrom('users')
            .select(['name', 'active'])
            .where('id', '=', userId)
            .executeTakeFirst()
        : undefined;
      if (!user || user.active !== 1) throw new AppError('not_found', 'No such calendar');
      const rows = await ctx.db
        .selectFrom('tasks')
        .selectAll()
        .where('assigneeId', '=', userId)
        .where('status', '=', 'open')
        .orderBy('dueAt')
        .limit(FEED_LIMIT)
        .execute();
      const body = renderCalendar(rows.map(toTask), {
        now: ctx.clock.now(),
        host: new URL(ctx.config.publicUrl).hostname,
        name: `Rapport — ${user.name}`,
        appUrl: ctx.config.publicUrl,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
}
