import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { findCompany } from '../companies/companies.repository.js';
import { isPersonVisible } from '../people/people.repository.js';
import { idParams } from '../people/people.schemas.js';
import { addNote } from './add-note.js';
import { getTimeline } from './get-timeline.js';
import { noteBody, timelineQuery } from './timeline.schemas.js';

/** History tabs and notes. A person/company the caller may not see answers 404, timeline included. */
export async function timelineRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const person = async (principal: ReturnType<typeof principalOf>, id: string) => {
    if (!(await isPersonVisible(ctx.db, principal, id))) throw notFound('Person', id);
  };
  const company = async (principal: ReturnType<typeof principalOf>, id: string) => {
    if (!(await findCompany(ctx.db, principal, id))) throw notFound('Company', id);
  };

  app.get(
    '/api/v1/people/:id/timeline',
    {
      config: { permission: 'people:read' },
      schema: {
        tags: ['people'],
        summary: "A person's timeline, newest first",
        params: idParams,
        querystring: timelineQuery,
      },
    },
    async (req) => {
      await person(principalOf(req), req.params.id);
      return getTimeline(ctx.db, { personId: req.params.id }, req.query);
    },
  );

  app.get(
    '/api/v1/companies/:id/timeline',
    {
      config: { permission: 'companies:read' },
      schema: {
        tags: ['companies'],
        summary: "A company's timeline, newest first",
        params: idParams,
        querystring: timelineQuery,
      },
    },
    async (req) => {
      await company(principalOf(req), req.params.id);
      return getTimeline(ctx.db, { companyId: req.params.id }, req.query);
    },
  );

  app.post(
    '/api/v1/people/:id/notes',
    {
      config: { permission: 'people:update' },
      schema: {
        tags: ['people'],
        summary: 'Add a note (Markdown) to a person',
        params: idParams,
        body: noteBody,
      },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      await person(principal, req.params.id);
      return reply
        .status(201)
        .send(await addNote(ctx, actorOf(principal), { personId: req.params.id }, req.body.body));
    },
  );

  app.post(
    '/api/v1/companies/:id/notes',
    {
      config: { permission: 'companies:update' },
      schema: {
        tags: ['companies'],
        summary: 'Add a note (Markdown) to a company',
        params: idParams,
        body: noteBody,
      },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      await company(principal, req.params.id);
      return reply
        .status(201)
        .send(await addNote(ctx, actorOf(principal), { companyId: req.params.id }, req.body.body));
    },
  );
}
