import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../auth/auth.hook.js';
import { actorOf } from '../auth/principal.js';
import { notFound } from '../errors.js';
import { createUser } from './create-user.js';
import { listUsers } from './list-users.js';
import { updateUser } from './update-user.js';
import { loadUserDto } from './user.repository.js';
import { CreateUserBody, IdParams, ListQuery, PatchUserBody, UserSchema } from './users.schemas.js';

/** Admins manage users; everyone signed in may read them (assignees, owners, mentions). No DELETE. */
export async function usersRoutes(app: AppInstance): Promise<void> {
  const ctx = app.ctx;
  const tags = ['users'];

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'users:read' },
      schema: {
        tags,
        summary: 'List users',
        querystring: ListQuery,
        response: { 200: z.object({ data: z.array(UserSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listUsers(ctx.db, req.query),
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'users:create' },
      schema: { tags, summary: 'Create a user', body: CreateUserBody, response: { 201: UserSchema } },
    },
    async (req, reply) => reply.status(201).send(await createUser(ctx, actorOf(principalOf(req)), req.body)),
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { permission: 'users:read' },
      schema: { tags, summary: 'Get a user', params: IdParams, response: { 200: UserSchema } },
    },
    async (req) => {
      const user = await loadUserDto(ctx.db, req.params.id);
      if (!user) throw notFound('User', req.params.id);
      return user;
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'users:update' },
      schema: {
        tags,
        summary: 'Update a user; active:false deactivates and ends their sessions',
        params: IdParams,
        body: PatchUserBody,
        response: { 200: UserSchema },
      },
    },
    async (req) => updateUser(ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );
}
