import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { createField } from './create-field.js';
import { getField, listFields } from './fields.repository.js';
import { createFieldBody, FIELD_ENTITIES, updateFieldBody } from './fields.schemas.js';
import { updateField } from './update-field.js';

const tags = ['fields'];

/** Custom field definitions: fields:read (every CRM role) reads them; fields:manage writes. */
export async function fieldsRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/fields',
    {
      config: { permission: 'fields:read' },
      schema: {
        tags,
        summary: 'List custom field definitions',
        querystring: z.object({
          entity: z.enum(FIELD_ENTITIES).optional(),
          archived: z.enum(['true', 'false']).optional(),
        }),
      },
    },
    async (req) => ({
      data: await listFields(app.ctx.db, req.query.entity, {
        includeArchived: req.query.archived === 'true',
      }),
    }),
  );

  app.get(
    '/api/v1/fields/:id',
    {
      config: { permission: 'fields:read' },
      schema: { tags, summary: 'Get a custom field', params: z.object({ id: z.string() }) },
    },
    async (req) => {
      const f = await getField(app.ctx.db, req.params.id);
      if (!f) throw notFound('Field', req.params.id);
      return f;
    },
  );

  app.post(
    '/api/v1/fields',
    {
      config: { permission: 'fields:manage' },
      schema: { tags, summary: 'Create a custom field', body: createFieldBody },
    },
    async (req, reply) =>
      reply.status(201).send(await createField(app.ctx, actorOf(principalOf(req)), req.body)),
  );

  app.patch(
    '/api/v1/fields/:id',
    {
      config: { permission: 'fields:manage' },
      schema: {
        tags,
        summary: 'Update or archive a custom field',
        params: z.object({ id: z.string() }),
        body: updateFieldBody,
      },
    },
    async (req) => updateField(app.ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );
}
