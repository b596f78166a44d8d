import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import { notFound, validationError } from '../../platform/errors.js';
import type { Labels, LostReason, Pipeline, Stage } from './pipelines.schemas.js';
import type { LostReasonRow, PipelineRow, StageRow } from './pipelines.table.js';

const labelsOf = (v: unknown): Labels => (v == null ? {} : fromJson<Labels>(v));

export function toStage(r: StageRow): Stage {
  return {
    id: r.id,
    pipelineId: r.pipelineId,
    key: r.key,
    name: r.name,
    labels: labelsOf(r.labels),
    position: r.position,
    probability: r.probability,
    kind: r.kind,
  };
}

function toPipeline(r: PipelineRow, stages: Stage[]): Pipeline {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    labels: labelsOf(r.labels),
    isDefault: r.isDefault === 1,
    position: r.position,
    stages,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Every pipeline with its stages in order (pipelines are few; one query each). */
export async function listPipelines(db: Executor): Promise<Pipeline[]> {
  const rows = await db.selectFrom('pipelines').selectAll().orderBy('position').orderBy('id').execute();
  const stages = await db.selectFrom('pipelineStages').selectAll().orderBy('position').execute();
  return rows.map((p) => toPipeline(p, stages.filter((s) => s.pipelineId === p.id).map(toStage)));
}

export async function findPipeline(db: Executor, id: string): Promise<Pipeline | undefined> {
  const row = await db.selectFrom('pipelines').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const stages = await db
    .selectFrom('pipelineStages')
    .selectAll()
    .where('pipelineId', '=', id)
    .orderBy('position')
    .execute();
  return toPipeline(row, stages.map(toStage));
}

export async function getPipeline(db: Executor, id: string): Promise<Pipeline> {
  const p = await findPipeline(db, id);
  if (!p) throw notFound('Pipeline', id);
  return p;
}

/** The pipeline a deal lands in when none is named; `path` names the field on a 400. */
export async function resolvePipeline(db: Executor, id: string | undefined, path = 'pipelineId') {
  if (id) {
    const p = await findPipeline(db, id);
    if (!p)
      throw validationError(path, `pipeline ${id} does not exist`, 'not_found', { entity: 'pipeline', id });
    return p;
  }
  const def = await db
    .selectFrom('pipelines')
    .select('id')
    .orderBy('isDefault', 'desc')
    .orderBy('position')
    .executeTakeFirst();
  if (!def) throw validationError(path, 'there is no pipeline', 'not_found', { entity: 'pipeline' });
  return getPipeline(db, def.id);
}

export async function findStage(db: Executor, id: string): Promise<Stage | undefined> {
  const row = await db.selectFrom('pipelineStages').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStage(row) : undefined;
}

export function toLostReason(r: LostReasonRow): LostReason {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    labels: labelsOf(r.labels),
    position: r.position,
    archived: r.archived === 1,
  };
}

export async function listLostReasons(db: Executor, includeArchived = true): Promise<LostReason[]> {
  let q = db.selectFrom('lostReasons').selectAll().orderBy('position').orderBy('id');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toLostReason);
}

/** A lost reason a deal may name now: existing and not archived. */
export async function checkLostReason(db: Executor, id: string): Promise<void> {
  const row = await db.selectFrom('lostReasons').select('archived').where('id', '=', id).executeTakeFirst();
  const message = `lost reason ${id} is not available`;
  if (!row) throw validationError('lostReasonId', message, 'not_found', { entity: 'lost_reason', id });
  if (row.archived === 1)
    throw validationError('lostReasonId', message, 'not_available', { entity: 'lost_reason', id });
}
