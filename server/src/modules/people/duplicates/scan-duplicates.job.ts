import type { AppContext } from '../../../context.js';
import type { Executor } from '../../../db/database.js';
import { enqueueJob } from '../../../platform/jobs/enqueue-job.js';
import type { JobHandler } from '../../../platform/jobs/job-handler.js';
import { detectDuplicates } from './detect-duplicates.js';

export const SCAN_JOB = 'people.duplicates.scan';
const PAGE = 200;

/**
 * A full rescan: every live person's pairs recomputed, page by page in short transactions (keyset
 * on id), so SQLite's writer is never held long. Idempotent; a retry simply recomputes again.
 */
export const scanDuplicatesJob: JobHandler<{ afterId?: string }> = {
  type: SCAN_JOB,
  async handle(_job, { ctx, signal, progress }) {
    const total = Number(
      (
        await ctx.db
          .selectFrom('people')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('mergedIntoId', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
    let after = '';
    let done = 0;
    let open = 0;
    for (;;) {
      if (signal.aborted) throw new Error('stopping; the scan will be retried');
      const ids = await ctx.db
        .selectFrom('people')
        .select('id')
        .where('id', '>', after)
        .where('mergedIntoId', 'is', null)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      if (ids.length === 0) break;
      await ctx.db.transaction().execute(async (trx) => {
        for (const { id } of ids) open += await detectDuplicates(trx, ctx.clock.now(), id);
      });
      after = ids[ids.length - 1]!.id;
      done += ids.length;
      await progress(done, total);
    }
    return { scanned: done, openPairs: open };
  },
};

/** Queues a rescan; asking again within the same minute returns the job already queued. */
export function enqueueDuplicateScan(db: Executor, ctx: Pick<AppContext, 'clock'>) {
  const minute = Math.floor(ctx.clock.now() / 60_000);
  return enqueueJob(db, ctx.clock, { type: SCAN_JOB, payload: {}, idempotencyKey: `${SCAN_JOB}:${minute}` });
}
