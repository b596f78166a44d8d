import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where file bytes live, behind a key chosen by the caller (the attachment id). Small on purpose so
 * an S3 (or other object store) implementation can replace the local disk later.
 */
export interface FileStorage {
  /** Stores the stream under `key`; all or nothing (a failed stream leaves no file). */
  put(key: string, body: Readable): Promise<void>;
  /** The stored bytes; rejects with `code: 'ENOENT'` when the key is unknown. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9_]{1,100}$/;

/**
 * Files under `<root>/<2 chars>/<key>`: the key is an id (never user input), so no path can escape
 * the root. Writes go to a temp file renamed into place, so readers never see half a file.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Invalid storage key ${key}`);
    return path.join(this.root, key.slice(-2), key);
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.file(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      await pipeline(body, fs.createWriteStream(tmp, { flags: 'wx' }));
      await fs.promises.rename(tmp, target);
    } catch (err) {
      await fs.promises.rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.file(key);
    await fs.promises.access(file);
    return fs.createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.file(key), { force: true });
  }
}

const byDir = new Map<string, FileStorage>();

/** The storage of a data directory: `<dataDir>/files`. */
export function storageFor(config: { dataDir: string }): FileStorage {
  let s = byDir.get(config.dataDir);
  if (!s) {
    s = new LocalDiskStorage(path.join(config.dataDir, 'files'));
    byDir.set(config.dataDir, s);
  }
  return s;
}

/** Deletes bytes whose rows are gone (after the deleting transaction committed). */
export async function removeStoredFiles(config: { dataDir: string }, keys: string[]): Promise<void> {
  const storage = storageFor(config);
  for (const key of keys) await storage.delete(key);
}
