import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { AppError, notFound } from '../../platform/errors.js';

const tags = ['people'];
const toApi = (r: { key: string; label: string; archived: number; position: number }) => ({
  ...r,
  archived: r.archived === 1,
});

/** The managed list of first-contact sources; archived sources stay on old records. */
export async function contactSourcesRoutes(app: AppInstance): Promise<void> {
  const { db } = app.ctx;
  app.get(
    '/api/v1/contact-sources',
    { config: { permission: 'people:read' }, schema: { tags, summary: 'List contact sources' } },
    async () => ({
      data: (
        await db.selectFrom('contactSources').selectAll().orderBy('position').orderBy('key').execute()
      ).map(toApi),
    }),
  );

  app.post(
    '/api/v1/contact-sources',
    {
      config: { permission: 'fields:manage' },
      schema: {
        tags,
        summary: 'Add a contact source',
        body: z.strictObject({
          key: z.string().regex(/^[a-z][a-z0-9_]{0,49}$/),
          label: z.string().min(1).max(200),
          position: z.number().int().default(100),
        }),
      },
    },
    async (req, reply) => {
      const exists = await db
        .selectFrom('contactSources')
        .select('key')
        .where('key', '=', req.body.key)
        .executeTakeFirst();
      if (exists) throw new AppError('conflict', `Contact source ${req.body.key} already exists`);
      const row = { ...req.body, archived: 0 };
      await db.insertInto('contactSources').values(row).execute();
      return reply.status(201).send(toApi(row));
    },
  );

  app.patch(
    '/api/v1/contact-sources/:key',
    {
      config: { permission: 'fields:manage' },
      schema: {
        tags,
        summary: 'Rename, reorder or archive a contact source',
        params: z.object({ key: z.string() }),
        body: z.strictObject({
          label: z.string().min(1).max(200).optional(),
          position: z.number().int().optional(),
          archived: z.boolean().optional(),
        }),
      },
    },
    async (req) => {
      const { archived, ...rest } = req.body;
      const set = { ...rest, ...(archived === undefined ? {} : { archived: archived ? 1 : 0 }) };
      if (Object.keys(set).length) {
        await db.updateTable('contactSources').set(set).where('key', '=', req.params.key).execute();
      }
      const row = await db
        .selectFrom('contactSources')
        .selectAll()
        .where('key', '=', req.params.key)
        .executeTakeFirst();
      if (!row) throw notFound('Contact source', req.params.key);
      return toApi(row);
    },
  );
}
