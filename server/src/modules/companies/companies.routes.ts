import type { AppInstance } from '../../app.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { redirectToSurvivorOrNotFound } from '../../platform/http/merged-redirect.js';
import { parseIfMatch, withVersionTag } from '../../platform/http/versioned-record.js';
import type { CsvColumn } from '../../platform/lists/csv-export.js';
import { listOrExport } from '../../platform/lists/list-or-export.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { listFields } from '../fields/fields.repository.js';
import { idParams } from '../people/people.schemas.js';
import { findCompany, findMergedCompany } from './companies.repository.js';
import { type Company, createCompanyBody, updateCompanyBody } from './companies.schemas.js';
import { createCompany } from './create-company.js';
import { deleteCompany } from './delete-company.js';
import { listCompanies } from './list-companies.js';
import { mergeCompanies, mergeCompaniesBody } from './merge-companies.js';
import { updateCompany } from './update-company.js';

const tags = ['companies'];
const CSV_COLUMNS: (keyof Company)[] = [
  'id',
  'name',
  'legalName',
  'taxId',
  'industry',
  'size',
  'website',
  'domain',
  'ownerId',
  'tags',
];

/** The export's columns: the plain ones, turnover and address split in two, then the custom fields. */
async function csvColumns(ctx: AppContext): Promise<CsvColumn<Company>[]> {
  const defs = await listFields(ctx.db, 'company');
  return [
    ...CSV_COLUMNS.map((k) => ({ header: k, value: (c: Company) => c[k] })),
    { header: 'turnoverAmount', value: (c: Company) => c.turnover?.amount },
    { header: 'turnoverCurrency', value: (c: Company) => c.turnover?.currency },
    { header: 'city', value: (c: Company) => c.address?.city },
    { header: 'country', value: (c: Company) => c.address?.country },
    ...defs.map((d) => ({ header: `custom.${d.key}`, value: (c: Company) => c.custom[d.key] })),
  ];
}

export async function companiesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/companies',
    {
      config: { permission: 'companies:read' },
      schema: {
        tags,
        summary: 'List companies (filter, sort, search; ?format=csv exports)',
        querystring: listQuerySchema,
      },
    },
    async (req, reply) =>
      listOrExport(ctx, req, reply, {
        resource: 'companies',
        list: listCompanies,
        csv: { filename: 'companies.csv', columns: csvColumns },
      }),
  );

  app.post(
    '/api/v1/companies',
    {
      config: { permission: 'companies:create' },
      schema: { tags, summary: 'Create a company', body: createCompanyBody },
    },
    async (req, reply) => {
      const company = await createCompany(ctx, principalOf(req), actorOf(principalOf(req)), req.body);
      return withVersionTag(reply.status(201), company.version).send(company);
    },
  );

  app.get(
    '/api/v1/companies/:id',
    {
      config: { permission: 'companies:read' },
      schema: { tags, summary: 'Get a company', params: idParams },
    },
    async (req, reply) => {
      const company = await findCompany(ctx.db, principalOf(req), req.params.id);
      if (!company) {
        // A merged company answers 301 to the survivor, like a merged person.
        return redirectToSurvivorOrNotFound(req, reply, {
          code: 'company_merged',
          label: 'Company',
          collection: 'companies',
          id: req.params.id,
          survivorId: await findMergedCompany(ctx.db, principalOf(req), req.params.id),
        });
      }
      return withVersionTag(reply, company.version).send(company);
    },
  );

  app.post(
    '/api/v1/companies/merge',
    {
      config: { permission: 'companies:update' },
      schema: { tags, summary: 'Merge one company into another (one transaction)', body: mergeCompaniesBody },
    },
    async (req) => {
      const principal = principalOf(req);
      return mergeCompanies(ctx, principal, actorOf(principal), req.body);
    },
  );

  app.patch(
    '/api/v1/companies/:id',
    {
      config: { permission: 'companies:update' },
      schema: {
        tags,
        summary: 'Update a company (If-Match: <version> optional)',
        params: idParams,
        body: updateCompanyBody,
      },
    },
    async (req, reply) => {
      const ifMatch = parseIfMatch(req.headers['if-match']);
      const company = await updateCompany(
        ctx,
        principalOf(req),
        actorOf(principalOf(req)),
        req.params.id,
        req.body,
        ifMatch,
      );
      return withVersionTag(reply, company.version).send(company);
    },
  );

  app.delete(
    '/api/v1/companies/:id',
    {
      config: { permission: 'companies:delete' },
      schema: { tags, summary: 'Delete a company', params: idParams },
    },
    async (req, reply) => {
      await deleteCompany(ctx, principalOf(req), actorOf(principalOf(req)), req.params.id);
      return reply.status(204).send();
    },
  );
}
