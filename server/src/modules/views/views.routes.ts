import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { createView } from './create-view.js';
import { deleteView } from './delete-view.js';
import { updateView } from './update-view.js';
import { findView, toView, visibleViews } from './views.repository.js';
import { createViewBody, listViewsQuery, updateViewBody, viewIdParams } from './views.schemas.js';

const tags = ['views'];

/**
 * Saved list views. They are the user's own preferences, so they need `profile:*` (every signed-in
 * user) plus read access to the entity's list; API keys act for their creating user.
 */
export async function viewsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/views',
    {
      config: { permission: 'profile:read' },
      schema: { tags, summary: 'My views and views shared by my teams', querystring: listViewsQuery },
    },
    async (req) => {
      let q = visibleViews(ctx.db, principalOf(req));
      if (req.query.entity) q = q.where('entity', '=', req.query.entity);
      const rows = await q.orderBy('name').orderBy('id').execute();
      return { data: rows.map(toView), nextCursor: null };
    },
  );

  app.post(
    '/api/v1/views',
    {
      config: { permission: 'profile:update' },
      schema: { tags, summary: 'Save a view', body: createViewBody },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      return reply.status(201).send(await createView(ctx, principal, actorOf(principal), req.body));
    },
  );

  app.get(
    '/api/v1/views/:id',
    { config: { permission: 'profile:read' }, schema: { tags, summary: 'Get a view', params: viewIdParams } },
    async (req) => {
      const row = await findView(ctx.db, principalOf(req), req.params.id);
      if (!row) throw notFound('View', req.params.id);
      return toView(row);
    },
  );

  app.patch(
    '/api/v1/views/:id',
    {
      config: { permission: 'profile:update' },
      schema: { tags, summary: 'Change a view (owner or admin)', params: viewIdParams, body: updateViewBody },
    },
    async (req) => {
      const principal = principalOf(req);
      return updateView(ctx, principal, actorOf(principal), req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/views/:id',
    {
      config: { permission: 'profile:update' },
      schema: { tags, summary: 'Delete a view (owner or admin)', params: viewIdParams },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      await deleteView(ctx, principal, actorOf(principal), req.params.id);
      return reply.status(204).send();
    },
  );
}
