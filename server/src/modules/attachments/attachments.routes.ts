import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import {
  findAttachment,
  type OwnerKind,
  ownerColumn,
  requireOwner,
  toAttachment,
} from './attachments.repository.js';
import { deleteAttachment } from './delete-attachment.js';
import { acceptRawBodies, cleanFilename, contentLength, rawBody } from './raw-body.js';
import { sendFile } from './send-file.js';
import { uploadAttachment } from './upload-attachment.js';

export const OWNERS: { kind: OwnerKind; path: string; resource: 'people' | 'companies' | 'deals' }[] = [
  { kind: 'person', path: '/api/v1/people', resource: 'people' },
  { kind: 'company', path: '/api/v1/companies', resource: 'companies' },
  { kind: 'deal', path: '/api/v1/deals', resource: 'deals' },
];
const idParams = z.object({ id: z.string() });
const uploadQuery = z.object({ filename: z.string().max(1000).optional() });

/**
 * Files on people and companies. Uploads are the raw request body (`Content-Type` of the file,
 * `?filename=`); the stored type is sniffed from the bytes. Downloads need the right to see the record.
 */
export async function attachmentsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  acceptRawBodies(app);

  for (const owner of OWNERS) {
    const tags = [owner.resource];
    app.post(
      `${owner.path}/:id/attachments`,
      {
        config: { permission: `${owner.resource}:update` },
        schema: {
          tags,
          summary: `Upload a file (raw body, ?filename=; max 25 MB; type sniffed from the bytes)`,
          params: idParams,
          querystring: uploadQuery,
        },
      },
      async (req, reply) => {
        const principal = principalOf(req);
        const row = await uploadAttachment(
          ctx,
          principal,
          actorOf(principal),
          { kind: owner.kind, id: req.params.id },
          rawBody(req.body),
          {
            filename: cleanFilename(req.query.filename, 'file'),
            kind: 'file',
            declaredLength: contentLength(req.headers['content-length']),
          },
        );
        return reply.status(201).send(row);
      },
    );

    app.get(
      `${owner.path}/:id/attachments`,
      {
        config: { permission: `${owner.resource}:read` },
        schema: { tags, summary: 'Files attached to the record, newest first', params: idParams },
      },
      async (req) => {
        await requireOwner(ctx.db, principalOf(req), { kind: owner.kind, id: req.params.id }, 'read');
        const rows = await ctx.db
          .selectFrom('attachments')
          .selectAll()
          .where(ownerColumn(owner.kind), '=', req.params.id)
          .where('kind', '=', 'file')
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(1000)
          .execute();
        return { data: rows.map(toAttachment), nextCursor: null };
      },
    );
  }

  app.get(
    '/api/v1/attachments/:id/download',
    {
      // Company and deal files additionally need companies:read / deals:read (checked with the record's visibility).
      config: { permission: 'people:read' },
      schema: { tags: ['attachments'], summary: 'Download a file (as an attachment)', params: idParams },
    },
    async (req, reply) => {
      const row = await findAttachment(ctx.db, principalOf(req), req.params.id, 'read');
      return sendFile(reply, ctx.config, row, 'attachment');
    },
  );

  app.delete(
    '/api/v1/attachments/:id',
    {
      config: { permission: 'people:update' },
      schema: { tags: ['attachments'], summary: 'Delete a file', params: idParams },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      const row = await findAttachment(ctx.db, principal, req.params.id, 'update');
      await deleteAttachment(ctx, principal, actorOf(principal), row);
      return reply.status(204).send();
    },
  );
}
