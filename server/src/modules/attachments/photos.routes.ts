import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { ownerColumn, requireOwner } from './attachments.repository.js';
import { OWNERS } from './attachments.routes.js';
import { deleteAttachment } from './delete-attachment.js';
import { acceptRawBodies, cleanFilename, contentLength, rawBody } from './raw-body.js';
import { sendFile } from './send-file.js';
import { uploadAttachment } from './upload-attachment.js';

const idParams = z.object({ id: z.string() });
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** A person's photo or a company's logo: one image per record (png, jpeg, gif, webp), shown inline. */
export async function photosRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  acceptRawBodies(app);

  // Deals have files but no picture.
  for (const owner of OWNERS.filter((o) => o.kind !== 'deal')) {
    const tags = [owner.resource];
    const current = (id: string) =>
      ctx.db
        .selectFrom('attachments')
        .selectAll()
        .where(ownerColumn(owner.kind), '=', id)
        .where('kind', '=', 'photo')
        .executeTakeFirst();

    app.put(
      `${owner.path}/:id/photo`,
      {
        config: { permission: `${owner.resource}:update` },
        schema: {
          tags,
          summary: 'Set the photo (raw image body, max 10 MB)',
          params: idParams,
          querystring: z.object({ filename: z.string().max(1000).optional() }),
        },
      },
      async (req) => {
        const principal = principalOf(req);
        return uploadAttachment(
          ctx,
          principal,
          actorOf(principal),
          { kind: owner.kind, id: req.params.id },
          rawBody(req.body),
          {
            filename: cleanFilename(req.query.filename, 'photo'),
            kind: 'photo',
            declaredLength: contentLength(req.headers['content-length']),
            maxBytes: MAX_PHOTO_BYTES,
          },
        );
      },
    );

    app.get(
      `${owner.path}/:id/photo`,
      {
        config: { permission: `${owner.resource}:read` },
        schema: { tags, summary: 'The photo (inline image)', params: idParams },
      },
      async (req, reply) => {
        await requireOwner(ctx.db, principalOf(req), { kind: owner.kind, id: req.params.id }, 'read');
        const row = await current(req.params.id);
        if (!row) throw notFound('Photo of', req.params.id);
        return sendFile(reply, ctx.config, row, 'inline');
      },
    );

    app.delete(
      `${owner.path}/:id/photo`,
      {
        config: { permission: `${owner.resource}:update` },
        schema: { tags, summary: 'Remove the photo', params: idParams },
      },
      async (req, reply) => {
        const principal = principalOf(req);
        await requireOwner(ctx.db, principal, { kind: owner.kind, id: req.params.id }, 'update');
        const row = await current(req.params.id);
        if (!row) throw notFound('Photo of', req.params.id);
        await deleteAttachment(ctx, principal, actorOf(principal), row);
        return reply.status(204).send();
      },
    );
  }
}
