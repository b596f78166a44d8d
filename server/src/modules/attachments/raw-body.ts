import type { Readable } from 'node:stream';
import type { AppInstance } from '../../app.js';
import { validationError } from '../../platform/errors.js';

/**
 * In this (encapsulated) plugin every request body is handed over as the raw stream, whatever its
 * Content-Type (a JSON or CSV file is a file here, not a body to parse). Uploads are streamed, so
 * the app-wide 1 MB body limit does not apply; the upload enforces its own.
 */
export function acceptRawBodies(app: AppInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
}

export function rawBody(body: unknown): Readable {
  if (!body || typeof (body as Readable)[Symbol.asyncIterator] !== 'function') {
    throw validationError('body', 'send the file as the request body, with its Content-Type', 'required');
  }
  return body as Readable;
}

export function contentLength(header: string | undefined): number | undefined {
  const n = header === undefined ? Number.NaN : Number(header);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The file's display name: no directories, no control characters, at most 255 characters. */
export function cleanFilename(raw: string | undefined, fallback: string): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 255);
  return clean && clean !== '.' && clean !== '..' ? clean : fallback;
}
