import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../platform/errors.js';

/** Largest accepted upload; a 1,000,000-row export with custom fields is ~150 MB. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Streams a request body to `<dataDir>/imports/<id>.csv` chunk by chunk (never the whole file in
 * memory). Past `limit` bytes the file is removed and a 413 thrown.
 */
export async function saveUpload(
  body: NodeJS.ReadableStream,
  dataDir: string,
  id: string,
  limit = MAX_IMPORT_BYTES,
) {
  const dir = path.join(dataDir, 'imports');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.csv`);
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) done(new AppError('payload_too_large', `The file is larger than ${limit} bytes`));
      else done(null, chunk);
    },
  });
  // Opened here, not by the stream: an asynchronous open could create the file after a failed
  // pipeline had already removed it.
  const out = fs.createWriteStream(file, { fd: fs.openSync(file, 'w') });
  try {
    await pipeline(body, meter, out);
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
  if (bytes === 0) {
    fs.rmSync(file, { force: true });
    throw new AppError('validation_failed', 'The file is empty', {
      errors: [{ path: 'body', message: 'is empty', code: 'empty_file' }],
    });
  }
  return { file, bytes };
}
