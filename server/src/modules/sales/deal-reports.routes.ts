import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { boardQuery, forecastQuery, funnelQuery } from './deals.schemas.js';
import { getBoard } from './get-board.js';
import { getForecast } from './get-forecast.js';
import { getFunnel } from './get-funnel.js';

const tags = ['sales'];

/** Kanban board, forecast and funnel: reads over the deals the caller may see. */
export async function dealReportsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const config = { permission: 'deals:read' } as const;

  app.get(
    '/api/v1/deals/board',
    {
      config,
      schema: {
        tags,
        summary: 'Kanban: stages with their deals, count and totals per currency',
        querystring: boardQuery,
      },
    },
    (req) => getBoard(ctx, principalOf(req), req.query.pipelineId),
  );

  app.get(
    '/api/v1/deals/forecast',
    {
      config,
      schema: {
        tags,
        summary: 'Forecast: amount × probability by month and owner',
        querystring: forecastQuery,
      },
    },
    (req) => getForecast(ctx, principalOf(req), req.query),
  );

  app.get(
    '/api/v1/deals/funnel',
    {
      config,
      schema: {
        tags,
        summary: 'Funnel: entries, conversion and median time per stage',
        querystring: funnelQuery,
      },
    },
    (req) => getFunnel(ctx, principalOf(req), req.query),
  );
}
