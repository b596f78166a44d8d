import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { AppError, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { findPipeline, getPipeline } from './pipelines.repository.js';
import type { CreatePipelineInput, Pipeline, StageInput, UpdatePipelineInput } from './pipelines.schemas.js';

/** Creates a pipeline (or, with `id`, updates one): name, default flag and the ordered stage list. */
export async function savePipeline(
  ctx: AppContext,
  actor: Actor,
  id: string | null,
  input: CreatePipelineInput | UpdatePipelineInput,
): Promise<Pipeline> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const before = id ? await getPipeline(trx, id) : null;
    const pipelineId = id ?? newId('pip');
    if (input.isDefault) await trx.updateTable('pipelines').set({ isDefault: 0 }).execute();
    const row = {
      name: input.name ?? before?.name ?? '',
      labels: toJson(input.labels ?? before?.labels ?? {}),
      updatedAt: now,
      ...(input.isDefault ? { isDefault: 1 } : {}),
    };
    if (before) await trx.updateTable('pipelines').set(row).where('id', '=', pipelineId).execute();
    else {
      const count = await trx
        .selectFrom('pipelines')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('pipelines')
        .values({
          ...row,
          id: pipelineId,
          key: null,
          isDefault: input.isDefault ? 1 : 0,
          position: Number(count.n),
          createdAt: now,
        })
        .execute();
    }
    if (input.stages) await replaceStages(trx, pipelineId, before, input.stages, now);
    const after = await getPipeline(trx, pipelineId);
    await appendEvent(trx, ctx.clock, actor, {
      type: before ? 'pipeline.updated' : 'pipeline.created',
      entityType: 'pipeline',
      entityId: pipelineId,
      payload: { name: after.name, stages: after.stages.length },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'pipeline',
      entityId: pipelineId,
      action: before ? 'update' : 'create',
      before,
      after,
    });
    return after;
  });
}

/** The list's order becomes the stages' order; stages left out are deleted unless deals still sit in them. */
async function replaceStages(
  trx: Executor,
  pipelineId: string,
  before: Pipeline | null,
  stages: StageInput[],
  now: number,
): Promise<void> {
  const existing = new Map((before?.stages ?? []).map((s) => [s.id, s]));
  stages.forEach((s, i) => {
    if (s.id && !existing.has(s.id))
      throw validationError(`stages[${i}].id`, 'is not a stage of this pipeline', 'not_in_pipeline', {
        pipelineId,
      });
  });
  const kept = new Set(stages.map((s) => s.id).filter(Boolean));
  const removed = [...existing.keys()].filter((sid) => !kept.has(sid));
  if (removed.length) {
    const used = await trx
      .selectFrom('deals')
      .select('stageId')
      .where('stageId', 'in', removed)
      .executeTakeFirst();
    if (used)
      throw new AppError('conflict', `Stage ${used.stageId} still holds deals; move them first`, {
        stageId: used.stageId,
      });
    await trx.deleteFrom('pipelineStages').where('id', 'in', removed).execute();
  }
  for (const [position, s] of stages.entries()) {
    const values = {
      name: s.name,
      labels: toJson(s.labels ?? (s.id ? existing.get(s.id)?.labels : {}) ?? {}),
      probability: s.probability,
      kind: s.kind,
      position,
      updatedAt: now,
    };
    if (s.id) await trx.updateTable('pipelineStages').set(values).where('id', '=', s.id).execute();
    else
      await trx
        .insertInto('pipelineStages')
        .values({ ...values, id: newId('stg'), pipelineId, key: null, createdAt: now })
        .execute();
  }
}

/** Sets the stage order to `stageIds`, which must list every stage of the pipeline once. */
export async function reorderStages(ctx: AppContext, actor: Actor, id: string, stageIds: string[]) {
  const p = await getPipeline(ctx.db, id);
  const ids = p.stages.map((s) => s.id);
  if (
    stageIds.length !== ids.length ||
    new Set(stageIds).size !== ids.length ||
    stageIds.some((s) => !ids.includes(s))
  )
    throw validationError(
      'stageIds',
      'must list every stage of the pipeline exactly once',
      'every_stage_once',
    );
  return savePipeline(ctx, actor, id, {
    stages: stageIds.map((sid) => {
      const s = p.stages.find((x) => x.id === sid)!;
      return { id: s.id, name: s.name, labels: s.labels, probability: s.probability, kind: s.kind };
    }),
  });
}

/** Deletes a pipeline that holds no deals and is not the default. */
export async function deletePipeline(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findPipeline(trx, id);
    if (!before) throw new AppError('not_found', `Pipeline ${id} not found`);
    if (before.isDefault) throw new AppError('conflict', 'The default pipeline cannot be deleted');
    const used = await trx.selectFrom('deals').select('id').where('pipelineId', '=', id).executeTakeFirst();
    if (used) throw new AppError('conflict', `Pipeline ${id} still holds deals`);
    await trx.deleteFrom('pipelineStages').where('pipelineId', '=', id).execute();
    await trx.deleteFrom('pipelines').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'pipeline.deleted',
      entityType: 'pipeline',
      entityId: id,
      payload: { name: before.name },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'pipeline',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
  });
}
