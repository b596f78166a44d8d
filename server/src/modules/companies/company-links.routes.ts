import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { isPersonVisible } from '../people/people.repository.js';
import { idParams } from '../people/people.schemas.js';
import { findCompany } from './companies.repository.js';
import { linkBody } from './companies.schemas.js';
import { companiesOfPerson, peopleOfCompany } from './company-links.repository.js';
import { linkPersonCompany, unlinkPersonCompany } from './link-person-company.js';

/** Person ↔ company links: a person's companies and a company's people. */
export async function companyLinksRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/people/:id/companies',
    {
      config: { permission: 'people:read' },
      schema: { tags: ['people'], summary: "A person's companies", params: idParams },
    },
    async (req) => {
      const principal = principalOf(req);
      if (!(await isPersonVisible(ctx.db, principal, req.params.id))) throw notFound('Person', req.params.id);
      return { data: await companiesOfPerson(ctx, principal, req.params.id) };
    },
  );

  app.post(
    '/api/v1/people/:id/companies',
    {
      config: { permission: 'people:update' },
      schema: {
        tags: ['people'],
        summary: 'Link a person to a company (with a role)',
        params: idParams,
        body: linkBody,
      },
    },
    async (req, reply) => {
      const link = await linkPersonCompany(
        ctx,
        principalOf(req),
        actorOf(principalOf(req)),
        req.params.id,
        req.body.companyId,
        req.body.role ?? null,
      );
      return reply.status(201).send(link);
    },
  );

  app.delete(
    '/api/v1/people/:id/companies/:companyId',
    {
      config: { permission: 'people:update' },
      schema: {
        tags: ['people'],
        summary: 'Unlink a person from a company',
        params: z.object({ id: z.string(), companyId: z.string() }),
      },
    },
    async (req, reply) => {
      await unlinkPersonCompany(
        ctx,
        principalOf(req),
        actorOf(principalOf(req)),
        req.params.id,
        req.params.companyId,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/companies/:id/people',
    {
      config: { permission: 'companies:read' },
      schema: {
        tags: ['companies'],
        summary: "A company's people (list conventions)",
        params: idParams,
        querystring: listQuerySchema,
      },
    },
    async (req) => {
      const principal = principalOf(req);
      if (!(await findCompany(ctx.db, principal, req.params.id))) throw notFound('Company', req.params.id);
      return peopleOfCompany(ctx, principal, req.params.id, req.query);
    },
  );
}
