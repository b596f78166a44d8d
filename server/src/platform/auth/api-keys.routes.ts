import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { IdParams, NameSchema, RoleSchema } from '../users/users.schemas.js';
import { listApiKeys } from './api-key.repository.js';
import { principalOf } from './auth.hook.js';
import { createApiKey } from './create-api-key.js';
import { actorOf } from './principal.js';
import { revokeApiKey } from './revoke-api-key.js';

const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  prefix: z.string(),
  createdAt: z.number(),
  lastUsedAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
  createdBy: z.string().nullable(),
});

export async function apiKeysRoutes(app: AppInstance): Promise<void> {
  const ctx = app.ctx;
  const tags = ['api-keys'];

  app.get(
    '/api/v1/api-keys',
    {
      config: { permission: 'api_keys:read' },
      schema: {
        tags,
        summary: 'List API keys',
        response: { 200: z.object({ data: z.array(ApiKeySchema) }) },
      },
    },
    async () => ({ data: await listApiKeys(ctx.db) }),
  );

  app.post(
    '/api/v1/api-keys',
    {
      config: { permission: 'api_keys:create' },
      schema: {
        tags,
        summary: 'Create an API key (the key is shown once)',
        body: z.strictObject({ name: NameSchema, role: RoleSchema }),
        response: { 201: ApiKeySchema.extend({ key: z.string() }) },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      return reply.status(201).send(await createApiKey(ctx, actorOf(p), p.userId, req.body));
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      config: { permission: 'api_keys:delete' },
      schema: { tags, summary: 'Revoke an API key', params: IdParams },
    },
    async (req, reply) => {
      await revokeApiKey(ctx, actorOf(principalOf(req)), req.params.id);
      return reply.status(204).send();
    },
  );
}
