import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { idParams } from '../people/people.schemas.js';
import { getPipeline, listLostReasons, listPipelines } from './pipelines.repository.js';
import {
  createPipelineBody,
  lostReasonBody,
  reorderStagesBody,
  updateLostReasonBody,
  updatePipelineBody,
} from './pipelines.schemas.js';
import { saveLostReason } from './save-lost-reason.js';
import { deletePipeline, reorderStages, savePipeline } from './save-pipeline.js';

const tags = ['sales'];
const READ = { permission: 'deals:read' } as const;
/** Configuring pipelines and lost reasons is managing deals (`deals:manage`: admin, supervisor). */
const MANAGE = { permission: 'deals:manage' } as const;

export async function pipelinesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const actor = (req: Parameters<typeof principalOf>[0]) => actorOf(principalOf(req));

  app.get(
    '/api/v1/pipelines',
    { config: READ, schema: { tags, summary: 'List pipelines with their stages' } },
    async () => ({
      data: await listPipelines(ctx.db),
    }),
  );

  app.get(
    '/api/v1/pipelines/:id',
    { config: READ, schema: { tags, summary: 'Get a pipeline', params: idParams } },
    (req) => getPipeline(ctx.db, req.params.id),
  );

  app.post(
    '/api/v1/pipelines',
    {
      config: MANAGE,
      schema: { tags, summary: 'Create a pipeline with its stages', body: createPipelineBody },
    },
    async (req, reply) => reply.status(201).send(await savePipeline(ctx, actor(req), null, req.body)),
  );

  app.patch(
    '/api/v1/pipelines/:id',
    {
      config: MANAGE,
      schema: {
        tags,
        summary: 'Update a pipeline (stages: the whole ordered list)',
        params: idParams,
        body: updatePipelineBody,
      },
    },
    (req) => savePipeline(ctx, actor(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/pipelines/:id/stages/reorder',
    {
      config: MANAGE,
      schema: {
        tags,
        summary: 'Reorder the stages of a pipeline',
        params: idParams,
        body: reorderStagesBody,
      },
    },
    (req) => reorderStages(ctx, actor(req), req.params.id, req.body.stageIds),
  );

  app.delete(
    '/api/v1/pipelines/:id',
    { config: MANAGE, schema: { tags, summary: 'Delete an empty, non-default pipeline', params: idParams } },
    async (req, reply) => {
      await deletePipeline(ctx, actor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/lost-reasons',
    { config: READ, schema: { tags, summary: 'List lost reasons' } },
    async () => ({
      data: await listLostReasons(ctx.db),
    }),
  );

  app.post(
    '/api/v1/lost-reasons',
    { config: MANAGE, schema: { tags, summary: 'Add a lost reason', body: lostReasonBody } },
    async (req, reply) => reply.status(201).send(await saveLostReason(ctx, actor(req), null, req.body)),
  );

  app.patch(
    '/api/v1/lost-reasons/:id',
    {
      config: MANAGE,
      schema: {
        tags,
        summary: 'Rename, reorder or archive a lost reason',
        params: idParams,
        body: updateLostReasonBody,
      },
    },
    (req) => saveLostReason(ctx, actor(req), req.params.id, req.body),
  );
}
