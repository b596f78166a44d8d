import type { FastifyReply } from 'fastify';
import { notFound } from '../../platform/errors.js';
import type { AttachmentsTable } from './attachments.table.js';
import { storageFor } from './file-storage.js';

/** `filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 / 5987). */
function disposition(type: 'attachment' | 'inline', filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Streams stored bytes with their sniffed type. `nosniff` keeps browsers from second-guessing the
 * type (a text file with HTML in it stays text); files download as attachments, photos show inline.
 */
export async function sendFile(
  reply: FastifyReply,
  config: { dataDir: string },
  a: AttachmentsTable,
  mode: 'attachment' | 'inline',
) {
  let stream: Awaited<ReturnType<ReturnType<typeof storageFor>['get']>>;
  try {
    stream = await storageFor(config).get(a.storageKey);
  } catch {
    throw notFound('Attachment file', a.id);
  }
  const type = a.contentType.startsWith('text/') ? `${a.contentType}; charset=utf-8` : a.contentType;
  return reply
    .header('content-type', type)
    .header('content-length', String(a.size))
    .header('content-disposition', disposition(mode, a.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .send(stream);
}
