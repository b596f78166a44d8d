import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { type Owner, ownerColumn, requireOwner, toAttachment } from './attachments.repository.js';
import type { AttachmentsTable } from './attachments.table.js';
import { storageFor } from './file-storage.js';
import { IMAGE_TYPES, SNIFF_BYTES, sniffType } from './sniff-type.js';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface UploadOptions {
  filename: string;
  kind: 'file' | 'photo';
  /** The request's Content-Length, when sent: an oversize upload is refused before reading it. */
  declaredLength?: number;
  maxBytes?: number;
}

const tooLarge = (max: number) =>
  new AppError('payload_too_large', `Files may be at most ${max} bytes`, { maxBytes: max });

/**
 * Streams an upload to the file storage (never whole in memory), sniffing its real type from the
 * first bytes, then records it with event `attachment.added` on the record's timeline. A new photo
 * replaces the old one. Bytes written for an upload that fails later are removed again.
 */
export async function uploadAttachment(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  owner: Owner,
  body: Readable,
  opts: UploadOptions,
) {
  const max = opts.maxBytes ?? MAX_ATTACHMENT_BYTES;
  await requireOwner(ctx.db, principal, owner, 'update');
  if (opts.declaredLength !== undefined && opts.declaredLength > max) throw tooLarge(max);

  const it = body[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(r.value);
    chunks.push(chunk);
    headLength += chunk.length;
    if (headLength > max) throw tooLarge(max);
  }
  const head = Buffer.concat(chunks);
  if (head.length === 0) throw validationError('body', 'the file is empty', 'empty_file');
  const contentType = sniffType(
    head.subarray(0, SNIFF_BYTES),
    opts.filename,
    ended && head.length <= SNIFF_BYTES,
  );
  if (!contentType) throw new AppError('unsupported_media_type', 'This type of file is not accepted');
  if (opts.kind === 'photo' && !(IMAGE_TYPES as readonly string[]).includes(contentType)) {
    throw new AppError(
      'unsupported_media_type',
      `A photo must be ${IMAGE_TYPES.join(', ')}; this is ${contentType}`,
    );
  }

  const hash = crypto.createHash('sha256').update(head);
  let size = head.length;
  async function* rest() {
    yield head;
    if (ended) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      const chunk = Buffer.from(r.value);
      size += chunk.length;
      if (size > max) throw tooLarge(max);
      hash.update(chunk);
      yield chunk;
    }
  }
  const id = newId('att');
  const storage = storageFor(ctx.config);
  await storage.put(id, Readable.from(rest()));

  const row: AttachmentsTable = {
    id,
    personId: owner.kind === 'person' ? owner.id : null,
    companyId: owner.kind === 'company' ? owner.id : null,
    dealId: owner.kind === 'deal' ? owner.id : null,
    kind: opts.kind,
    filename: opts.filename,
    contentType,
    size,
    sha256: hash.digest('hex'),
    storageKey: id,
    createdAt: ctx.clock.now(),
    actorType: actor.type,
    actorId: actor.id,
  };
  let replaced: string[] = [];
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if (opts.kind === 'photo') {
        const old = await trx
          .selectFrom('attachments')
          .select(['id', 'storageKey'])
          .where(ownerColumn(owner.kind), '=', owner.id)
          .where('kind', '=', 'photo')
          .execute();
        if (old.length)
          await trx
            .deleteFrom('attachments')
            .where(
              'id',
              'in',
              old.map((o) => o.id),
            )
            .execute();
        replaced = old.map((o) => o.storageKey);
      }
      await trx.insertInto('attachments').values(row).execute();
      await appendEvent(trx, ctx.clock, actor, {
        type: 'attachment.added',
        entityType: 'attachment',
        entityId: id,
        personId: row.personId,
        companyId: row.companyId,
        payload: { attachmentId: id, kind: row.kind, filename: row.filename, contentType, size },
      });
    });
  } catch (err) {
    await storage.delete(id);
    throw err;
  }
  for (const key of replaced) await storage.delete(key);
  return toAttachment(row);
}
