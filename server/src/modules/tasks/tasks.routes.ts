import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { parseIfMatch, withVersionTag } from '../../platform/http/versioned-record.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { userTimeZone } from '../../platform/users/user-time-zone.js';
import { createTask } from './create-task.js';
import { icalToken } from './ical-token.js';
import { listTasks } from './list-tasks.js';
import { myDay } from './my-day.js';
import { findTask } from './tasks.repository.js';
import { createTaskBody, idParams, updateTaskBody } from './tasks.schemas.js';
import { updateTask } from './update-task.js';

const tags = ['tasks'];

const userIdOf = (req: Parameters<typeof principalOf>[0]) => {
  const userId = principalOf(req).userId;
  if (!userId) throw new AppError('forbidden', 'This needs a user (an API key has no own tasks)');
  return userId;
};

export async function tasksRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/tasks',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags,
        summary: 'List tasks (filter, sort, search; visibility by assignee)',
        querystring: listQuerySchema,
      },
    },
    async (req) => listTasks(ctx, principalOf(req), req.query),
  );

  app.get(
    '/api/v1/tasks/my-day',
    {
      config: { permission: 'tasks:read' },
      schema: {
        tags,
        summary:
          "My open tasks: overdue, today, upcoming (in timeZone, default the user's own zone, else UTC)",
        querystring: z.object({ timeZone: z.string().max(64).optional() }),
      },
    },
    async (req) => {
      const userId = userIdOf(req);
      return myDay(ctx, userId, await userTimeZone(ctx.db, userId, req.query.timeZone));
    },
  );

  app.get(
    '/api/v1/tasks/ical-url',
    {
      config: { permission: 'tasks:read' },
      schema: { tags, summary: 'The secret URL of my iCalendar feed' },
    },
    async (req) => {
      const userId = userIdOf(req);
      return { url: `${ctx.config.publicUrl}/ical/${userId}/${icalToken(ctx.secret, userId)}.ics` };
    },
  );

  app.post(
    '/api/v1/tasks',
    {
      config: { permission: 'tasks:create' },
      schema: { tags, summary: 'Create a task', body: createTaskBody },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const task = await createTask(ctx, p, actorOf(p), req.body);
      return withVersionTag(reply.status(201), task.version).send(task);
    },
  );

  app.get(
    '/api/v1/tasks/:id',
    { config: { permission: 'tasks:read' }, schema: { tags, summary: 'Get a task', params: idParams } },
    async (req, reply) => {
      const task = await findTask(ctx.db, principalOf(req), req.params.id);
      if (!task) throw notFound('Task', req.params.id);
      return withVersionTag(reply, task.version).send(task);
    },
  );

  app.patch(
    '/api/v1/tasks/:id',
    {
      config: { permission: 'tasks:update' },
      schema: {
        tags,
        summary: 'Update a task (If-Match: <version> optional)',
        params: idParams,
        body: updateTaskBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const ifMatch = parseIfMatch(req.headers['if-match']);
      const task = await updateTask(ctx, p, actorOf(p), req.params.id, req.body, ifMatch);
      return withVersionTag(reply, task.version).send(task);
    },
  );

  app.post(
    '/api/v1/tasks/:id/complete',
    {
      config: { permission: 'tasks:update' },
      schema: { tags, summary: 'Mark a task done', params: idParams },
    },
    async (req) => {
      const p = principalOf(req);
      return updateTask(ctx, p, actorOf(p), req.params.id, { status: 'done' });
    },
  );

  app.delete(
    '/api/v1/tasks/:id',
    {
      config: { permission: 'tasks:delete' },
      schema: { tags, summary: 'Cancel a task (kept, status cancelled)', params: idParams },
    },
    async (req, reply) => {
      const p = principalOf(req);
      await updateTask(ctx, p, actorOf(p), req.params.id, { status: 'cancelled' });
      return reply.status(204).send();
    },
  );
}
