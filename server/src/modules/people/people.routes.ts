import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { redirectToSurvivorOrNotFound } from '../../platform/http/merged-redirect.js';
import { parseIfMatch, withVersionTag } from '../../platform/http/versioned-record.js';
import { listOrExport } from '../../platform/lists/list-or-export.js';
import { exportColumnsParam, listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { withPhotoFlags } from '../attachments/photo-flags.js';
import { createPerson } from './create-person.js';
import { deletePerson } from './delete-person.js';
import { exportPeopleCsv } from './export-people.js';
import { listPeople } from './list-people.js';
import { findMergedPerson, findPerson } from './people.repository.js';
import { createPersonBody, idParams, updatePersonBody } from './people.schemas.js';
import { updatePerson } from './update-person.js';

const tags = ['people'];

export async function peopleRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/people',
    {
      config: { permission: 'people:read' },
      schema: {
        tags,
        summary: 'List people (filter, sort, search; ?format=csv exports, ?columns= picks its columns)',
        querystring: listQuerySchema.extend({ columns: exportColumnsParam }),
      },
    },
    async (req, reply) =>
      listOrExport(ctx, req, reply, { resource: 'people', list: listPeople, csv: exportPeopleCsv }),
  );

  app.post(
    '/api/v1/people',
    {
      config: { permission: 'people:create' },
      schema: { tags, summary: 'Create a person', body: createPersonBody },
    },
    async (req, reply) => {
      const person = await createPerson(ctx, principalOf(req), actorOf(principalOf(req)), req.body);
      return withVersionTag(reply.status(201), person.version).send(person);
    },
  );

  app.get(
    '/api/v1/people/:id',
    { config: { permission: 'people:read' }, schema: { tags, summary: 'Get a person', params: idParams } },
    async (req, reply) => {
      const person = await findPerson(ctx.db, principalOf(req), req.params.id);
      if (!person) {
        // A merged person answers 301 to the survivor (fetch follows it; the body names it too).
        return redirectToSurvivorOrNotFound(req, reply, {
          code: 'person_merged',
          label: 'Person',
          collection: 'people',
          id: req.params.id,
          survivorId: await findMergedPerson(ctx.db, principalOf(req), req.params.id),
        });
      }
      const [withFlag] = await withPhotoFlags(ctx.db, [person]);
      return withVersionTag(reply, person.version).send(withFlag);
    },
  );

  app.patch(
    '/api/v1/people/:id',
    {
      config: { permission: 'people:update' },
      schema: {
        tags,
        summary: 'Update a person (If-Match: <version> optional)',
        params: idParams,
        body: updatePersonBody,
      },
    },
    async (req, reply) => {
      const ifMatch = parseIfMatch(req.headers['if-match']);
      const person = await updatePerson(
        ctx,
        principalOf(req),
        actorOf(principalOf(req)),
        req.params.id,
        req.body,
        ifMatch,
      );
      return withVersionTag(reply, person.version).send(person);
    },
  );

  app.delete(
    '/api/v1/people/:id',
    {
      config: { permission: 'people:delete' },
      schema: { tags, summary: 'Delete a person', params: idParams },
    },
    async (req, reply) => {
      await deletePerson(ctx, principalOf(req), actorOf(principalOf(req)), req.params.id);
      return reply.status(204).send();
    },
  );
}
