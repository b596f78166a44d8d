import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { notFound } from '../../platform/errors.js';
import type { FieldRegistry } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { logActivity, toActivity } from './log-activity.js';
import { ACTIVITY_KINDS, idParams, logActivityBody } from './tasks.schemas.js';

const tags = ['activities'];
const registry: FieldRegistry = {
  id: { type: 'text', column: 'activities.id', sortable: true },
  kind: { type: 'select', column: 'activities.kind', options: ACTIVITY_KINDS, sortable: true },
  personId: { type: 'text', column: 'activities.personId' },
  companyId: { type: 'text', column: 'activities.companyId' },
  dealId: { type: 'text', column: 'activities.dealId' },
  taskId: { type: 'text', column: 'activities.taskId' },
  outcome: { type: 'text', column: 'activities.outcome', sortable: true },
  body: { type: 'text', column: 'activities.body', searchable: 'contains' },
  at: { type: 'datetime', column: 'activities.at', sortable: true },
  createdBy: { type: 'user', column: 'activities.createdBy' },
};

/** Logged activities (permissions of tasks; visibility by the user who logged them). */
export async function activitiesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const visible = (req: Parameters<typeof principalOf>[0]) =>
    applyVisibility(
      ctx.db.selectFrom('activities').selectAll('activities'),
      principalOf(req),
      'activities.createdBy',
    );

  app.get(
    '/api/v1/activities',
    {
      config: { permission: 'tasks:read' },
      schema: { tags, summary: 'List logged activities (newest first)', querystring: listQuerySchema },
    },
    async (req) =>
      runListQuery(ctx.db, {
        baseQuery: visible(req),
        registry,
        query: req.query,
        clock: ctx.clock,
        idColumn: 'activities.id',
        defaultSort: '-at',
        mapRow: toActivity,
      }),
  );

  app.post(
    '/api/v1/activities',
    {
      config: { permission: 'tasks:create' },
      schema: { tags, summary: 'Log an activity', body: logActivityBody },
    },
    async (req, reply) => {
      const p = principalOf(req);
      return reply.status(201).send(await logActivity(ctx, p, actorOf(p), req.body));
    },
  );

  app.get(
    '/api/v1/activities/:id',
    { config: { permission: 'tasks:read' }, schema: { tags, summary: 'Get an activity', params: idParams } },
    async (req) => {
      const row = await visible(req).where('activities.id', '=', req.params.id).executeTakeFirst();
      if (!row) throw notFound('Activity', req.params.id);
      return toActivity(row);
    },
  );
}
