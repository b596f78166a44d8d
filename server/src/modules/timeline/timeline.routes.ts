import type { AppInstance } from '../../app.js';
import type { Executor } from '../../db/database.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf, type Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { findCompany } from '../companies/companies.repository.js';
import { isPersonVisible } from '../people/people.repository.js';
import { idParams } from '../people/people.schemas.js';
import { addNote } from './add-note.js';
import { getTimeline } from './get-timeline.js';
import { noteBody, timelineQuery } from './timeline.schemas.js';

/** The records with a timeline and notes: people and companies share every route but these words. */
const RECORDS = [
  {
    collection: 'people',
    label: 'Person',
    noun: 'person',
    target: (id: string) => ({ personId: id }),
    isVisible: (db: Executor, principal: Principal, id: string) => isPersonVisible(db, principal, id),
  },
  {
    collection: 'companies',
    label: 'Company',
    noun: 'company',
    target: (id: string) => ({ companyId: id }),
    isVisible: async (db: Executor, principal: Principal, id: string) =>
      (await findCompany(db, principal, id)) !== undefined,
  },
] as const;

/** History tabs and notes. A person/company the caller may not see answers 404, timeline included. */
export async function timelineRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  for (const record of RECORDS) {
    const { collection, noun } = record;
    const tags = [collection];
    const assertVisible = async (principal: Principal, id: string) => {
      if (!(await record.isVisible(ctx.db, principal, id))) throw notFound(record.label, id);
    };

    app.get(
      `/api/v1/${collection}/:id/timeline`,
      {
        config: { permission: `${collection}:read` },
        schema: {
          tags,
          summary: `A ${noun}'s timeline, newest first`,
          params: idParams,
          querystring: timelineQuery,
        },
      },
      async (req) => {
        await assertVisible(principalOf(req), req.params.id);
        return getTimeline(ctx.db, record.target(req.params.id), req.query);
      },
    );

    app.post(
      `/api/v1/${collection}/:id/notes`,
      {
        config: { permission: `${collection}:update` },
        schema: { tags, summary: `Add a note (Markdown) to a ${noun}`, params: idParams, body: noteBody },
      },
      async (req, reply) => {
        const principal = principalOf(req);
        await assertVisible(principal, req.params.id);
        const note = await addNote(ctx, actorOf(principal), record.target(req.params.id), req.body.body);
        return reply.status(201).send(note);
      },
    );
  }
}
