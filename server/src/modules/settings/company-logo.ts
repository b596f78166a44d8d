import { Readable } from 'node:stream';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { AppError, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { storageFor } from '../attachments/file-storage.js';
import { getCompanyDetails, writeCompanyDetails } from './company-details.repository.js';
import type { CompanyDetails } from './company-details.schemas.js';

export const MAX_LOGO_BYTES = 1024 * 1024;

/** PNG or JPEG (what PDF documents embed), from the bytes. */
function logoType(b: Buffer): string | null {
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  return null;
}

async function readAll(body: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > max)
      throw new AppError('payload_too_large', `A logo may be at most ${max} bytes`, { maxBytes: max });
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Sets (bytes) or removes (null) the logo printed on documents; the old bytes go after the commit. */
export async function setCompanyLogo(
  ctx: AppContext,
  actor: Actor,
  body: Readable | null,
): Promise<CompanyDetails> {
  const storage = storageFor(ctx.config);
  let logo: CompanyDetails['logo'] = null;
  if (body) {
    const bytes = await readAll(body, MAX_LOGO_BYTES);
    if (bytes.length === 0) throw validationError('body', 'the file is empty', 'empty_file');
    const contentType = logoType(bytes);
    if (!contentType) throw new AppError('unsupported_media_type', 'A logo must be a PNG or JPEG image');
    logo = { key: newId('orglogo'), contentType, size: bytes.length };
    await storage.put(logo.key, Readable.from([bytes]));
  }
  let old: string | undefined;
  try {
    const after = await ctx.db.transaction().execute(async (trx) => {
      const before = await getCompanyDetails(trx);
      old = before.logo?.key;
      const { version: _v, updatedAt: _u, ...value } = before;
      const saved = await writeCompanyDetails(trx, before, { ...value, logo }, ctx.clock.now());
      await appendEvent(trx, ctx.clock, actor, {
        type: 'settings.company_updated',
        entityType: 'org_settings',
        entityId: 'company',
        payload: { logo: logo ? 'set' : 'removed' },
      });
      await recordAudit(trx, ctx, actor, {
        entityType: 'org_settings',
        entityId: 'company',
        action: 'update',
        before: { logo: before.logo },
        after: { logo },
      });
      return saved;
    });
    if (old) await storage.delete(old);
    return after;
  } catch (err) {
    if (logo) await storage.delete(logo.key);
    throw err;
  }
}

/** The logo's bytes, or undefined when none is set (or its file is gone). */
export async function readCompanyLogo(ctx: AppContext, details: CompanyDetails): Promise<Buffer | undefined> {
  if (!details.logo) return undefined;
  try {
    const chunks: Buffer[] = [];
    for await (const c of await storageFor(ctx.config).get(details.logo.key)) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
  } catch {
    return undefined;
  }
}
