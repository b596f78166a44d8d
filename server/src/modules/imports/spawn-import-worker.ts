import type { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import { startThread } from '../../platform/start-thread.js';
import type { ImportWorkerData } from './import-worker.js';
import type { BadRow, ImportProgress } from './run-import.js';

export interface SpawnOptions {
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  onBadRows?: (rows: BadRow[]) => void;
  signal?: AbortSignal;
  /** Called with the worker's thread id (benchmarks read its memory). */
  onStart?: (worker: Worker) => void;
}

/** Runs an import in a worker thread with its own database connection; resolves with the final figures. */
/**
 * The import thread's old-generation cap. Its live data is one batch (5,000 rows) and the lookups of
 * that batch, a few tens of MB; uncapped, V8 let a 1M-row import reach ~300 MB RSS, capped at 128 MB
 * it stays ~230 MB at the same speed (docs/benchmarks.md).
 */
const IMPORT_HEAP_MB = 128;

export async function spawnImportWorker(ctx: AppContext, importId: string, opts: SpawnOptions = {}) {
  const schema =
    ctx.dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(ctx.db)).rows[0]?.s
      : undefined;
  const data: ImportWorkerData = {
    databaseUrl: ctx.config.databaseUrl,
    schema,
    importId,
    startedAt: ctx.clock.now(),
    dryRun: opts.dryRun,
    batchSize: opts.batchSize,
  };
  const worker = startThread(import.meta.url, 'import-worker', data, { maxHeapMb: IMPORT_HEAP_MB });
  opts.onStart?.(worker);
  return new Promise<ImportProgress>((resolve, reject) => {
    let result: ImportProgress | undefined;
    let failure: Error | undefined;
    const abort = () => void worker.terminate();
    opts.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: { type: string; message?: string; rows?: BadRow[] } & ImportProgress) => {
      if (m.type === 'progress') opts.onProgress?.(m);
      else if (m.type === 'badRows') opts.onBadRows?.(m.rows!);
      else if (m.type === 'done')
        result = { done: m.done, total: m.total, counts: m.counts, cancelled: m.cancelled };
      else if (m.type === 'error') failure = new Error(`Import ${importId} failed: ${m.message}`);
    });
    worker.on('error', (err) => (failure ??= err));
    worker.on('exit', (code) => {
      opts.signal?.removeEventListener('abort', abort);
      if (result) resolve(result);
      else reject(failure ?? new Error(`Import worker exited with code ${code}`));
    });
  });
}
