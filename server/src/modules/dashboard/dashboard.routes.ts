import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { userTimeZone } from '../../platform/users/user-time-zone.js';
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
      const timeZone = await userTimeZone(ctx.db, principal.userId, req.query.timeZone);
      return dashboard(ctx, principal, timeZone);
    },
  );
}
