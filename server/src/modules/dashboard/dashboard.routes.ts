import { DateTime } from 'luxon';
import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { validationError } from '../../platform/errors.js';
import { dashboard } from './dashboard.js';

/** The signed-in user's start page figures (personal: a session, not an API key). */
export async function dashboardRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/dashboard',
    {
      config: { permission: 'profile:read' },
      schema: {
        tags: ['analytics'],
        summary:
          "Start page figures: customers, deals, 12 months of order revenue — each only with its module's read permission, for the records the user may see; months in timeZone (default the user's own, else UTC)",
        querystring: z.object({ timeZone: z.string().max(64).optional() }),
      },
    },
    async (req) => {
      const principal = principalOf(req);
      const own = req.query.timeZone
        ? undefined
        : await ctx.db
            .selectFrom('users')
            .select('timeZone')
            .where('id', '=', principal.userId ?? '')
            .executeTakeFirst();
      const timeZone = req.query.timeZone ?? own?.timeZone ?? 'UTC';
      if (!DateTime.local().setZone(timeZone).isValid)
        throw validationError('timeZone', `unknown time zone ${timeZone}`);
      return dashboard(ctx, principal, timeZone);
    },
  );
}
