import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { ImportEntity } from './header-mapping.js';

export const IMPORT_JOB = 'import.run';

export interface NewImport {
  id: string;
  entity: ImportEntity;
  /** The uploaded CSV, already on disk under the data directory. */
  filePath: string;
  /** The name the user knows the file by. */
  fileName?: string | null;
  mapping?: Record<string, string>;
  ownerId: string | null;
  actor: Actor;
}

/** Records an import; with `queue` (default) also its durable job, in the same transaction. */
export async function createImport(ctx: AppContext, input: NewImport, opts: { queue?: boolean } = {}) {
  return ctx.db.transaction().execute(async (trx: Executor) => {
    const now = ctx.clock.now();
    const job =
      opts.queue === false
        ? null
        : await enqueueJob(trx, ctx.clock, {
            type: IMPORT_JOB,
            payload: { importId: input.id },
            idempotencyKey: `import:${input.id}`,
            maxAttempts: 3,
          });
    await trx
      .insertInto('imports')
      .values({
        id: input.id,
        entity: input.entity,
        status: 'queued',
        filePath: input.filePath,
        fileName: input.fileName ?? null,
        mapping: input.mapping ? toJson(input.mapping) : null,
        header: null,
        jobId: job?.id ?? null,
        ownerId: input.ownerId,
        actorType: input.actor.type,
        actorId: input.actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await appendEvent(trx, ctx.clock, input.actor, {
      type: 'import.created',
      entityType: 'import',
      entityId: input.id,
      payload: { entity: input.entity },
    });
    return { id: input.id, jobId: job?.id ?? null };
  });
}
