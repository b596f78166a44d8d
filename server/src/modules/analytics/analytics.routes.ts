import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { DAY } from '../../platform/clock.js';
import { validationError } from '../../platform/errors.js';
import { teamPerformance } from './team-performance.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Analytics reports (analytics:read). */
export async function analyticsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/analytics/team-performance',
    {
      config: { permission: 'analytics:read' },
      schema: {
        tags: ['analytics'],
        summary:
          'Team performance per manager and team (dates in UTC, `to` inclusive; default: last 30 days)',
        querystring: z.object({ from: date.optional(), to: date.optional(), teamId: z.string().optional() }),
      },
    },
    async (req) => {
      const to = req.query.to ? Date.parse(`${req.query.to}T00:00:00Z`) + DAY : ctx.clock.now();
      const from = req.query.from ? Date.parse(`${req.query.from}T00:00:00Z`) : to - 30 * DAY;
      if (!(from < to)) throw validationError('from', 'must be before to', 'end_before_start');
      return teamPerformance(ctx, principalOf(req), { from, to, teamId: req.query.teamId });
    },
  );
}
