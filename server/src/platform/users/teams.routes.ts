import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../auth/auth.hook.js';
import { actorOf } from '../auth/principal.js';
import { notFound } from '../errors.js';
import { createTeam } from './create-team.js';
import { deleteTeam } from './delete-team.js';
import { listTeams, loadTeamDto } from './team.repository.js';
import { updateTeam } from './update-team.js';
import { CreateTeamBody, IdParams, PatchTeamBody, TeamSchema } from './users.schemas.js';

export async function teamsRoutes(app: AppInstance): Promise<void> {
  const ctx = app.ctx;
  const tags = ['teams'];

  app.get(
    '/api/v1/teams',
    {
      config: { permission: 'teams:read' },
      schema: {
        tags,
        summary: 'List teams',
        response: { 200: z.object({ data: z.array(TeamSchema), nextCursor: z.null() }) },
      },
    },
    // The list convention's shape; teams are few, so there is never a next page.
    async () => ({ data: await listTeams(ctx.db), nextCursor: null }),
  );

  app.post(
    '/api/v1/teams',
    {
      config: { permission: 'teams:create' },
      schema: { tags, summary: 'Create a team', body: CreateTeamBody, response: { 201: TeamSchema } },
    },
    async (req, reply) => reply.status(201).send(await createTeam(ctx, actorOf(principalOf(req)), req.body)),
  );

  app.get(
    '/api/v1/teams/:id',
    {
      config: { permission: 'teams:read' },
      schema: { tags, summary: 'Get a team', params: IdParams, response: { 200: TeamSchema } },
    },
    async (req) => {
      const team = await loadTeamDto(ctx.db, req.params.id);
      if (!team) throw notFound('Team', req.params.id);
      return team;
    },
  );

  app.patch(
    '/api/v1/teams/:id',
    {
      config: { permission: 'teams:update' },
      schema: {
        tags,
        summary: 'Update a team; memberIds replaces the members',
        params: IdParams,
        body: PatchTeamBody,
        response: { 200: TeamSchema },
      },
    },
    async (req) => updateTeam(ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );

  app.delete(
    '/api/v1/teams/:id',
    { config: { permission: 'teams:delete' }, schema: { tags, summary: 'Delete a team', params: IdParams } },
    async (req, reply) => {
      await deleteTeam(ctx, actorOf(principalOf(req)), req.params.id);
      return reply.status(204).send();
    },
  );
}
