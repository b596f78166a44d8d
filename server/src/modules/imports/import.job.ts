import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { PermanentJobError } from '../../platform/jobs/job-handler.js';
import { IMPORT_JOB } from './create-import.js';
import { spawnImportWorker } from './spawn-import-worker.js';

/**
 * The durable job behind an import: runs it in a worker thread and mirrors progress onto the job.
 * A retry (crash, lost lease) resumes after the last committed batch (imports.rows_done).
 */
export const importJobHandler: JobHandler<{ importId: string }> = {
  type: IMPORT_JOB,
  async handle(job, { ctx, signal, progress }) {
    const { importId } = job.payload;
    const imp = await ctx.db
      .selectFrom('imports')
      .select(['id', 'status'])
      .where('id', '=', importId)
      .executeTakeFirst();
    if (!imp) throw new PermanentJobError(`Import ${importId} not found`);
    if (imp.status === 'done') return { importId, alreadyDone: true };
    let last = Promise.resolve();
    try {
      const result = await spawnImportWorker(ctx, importId, {
        signal,
        onProgress: (p) => {
          last = last.then(() => progress(p.done, p.total)).catch(() => {});
        },
      });
      await last;
      await progress(result.done, result.total);
      return { importId, ...result.counts };
    } catch (err) {
      await last;
      const message = err instanceof Error ? err.message : String(err);
      if (job.attempts >= job.maxAttempts) {
        await ctx.db
          .updateTable('imports')
          .set({ status: 'failed', error: message.slice(0, 4000), updatedAt: ctx.clock.now() })
          .where('id', '=', importId)
          .execute();
      }
      throw err;
    }
  },
};
