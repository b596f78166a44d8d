import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { idParams } from '../people/people.schemas.js';
import { deletePriceList } from './delete-price-list.js';
import { findPriceList, listPrices, toPriceList } from './price-lists.repository.js';
import { priceBody, priceListBody, priceListPatch, priceParams } from './price-lists.schemas.js';
import { priceListsRegistry } from './price-lists-registry.js';
import { savePriceList } from './save-price-list.js';
import { removePrice, setPrice } from './set-price.js';

const tags = ['pricing'];

/** Price lists (price types with currency and validity) and their per-product prices. */
export async function priceListsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const read = { permission: 'products:read' } as const;
  const update = { permission: 'products:update' } as const;
  const actor = (req: Parameters<typeof principalOf>[0]) => actorOf(principalOf(req));

  app.get(
    '/api/v1/price-lists',
    { config: read, schema: { tags, summary: 'List price lists', querystring: listQuerySchema } },
    async (req) =>
      runListQuery(ctx.db, {
        baseQuery: ctx.db.selectFrom('priceLists').selectAll('priceLists'),
        registry: priceListsRegistry,
        query: req.query,
        clock: ctx.clock,
        idColumn: 'priceLists.id',
        defaultSort: 'name',
        mapRow: toPriceList,
      }),
  );
  app.post(
    '/api/v1/price-lists',
    {
      config: { permission: 'products:create' },
      schema: { tags, summary: 'Create a price list', body: priceListBody },
    },
    async (req, reply) => reply.status(201).send(await savePriceList(ctx, actor(req), undefined, req.body)),
  );
  app.get(
    '/api/v1/price-lists/:id',
    { config: read, schema: { tags, summary: 'Get a price list', params: idParams } },
    async (req) =>
      (await findPriceList(ctx.db, req.params.id)) ?? Promise.reject(notFound('Price list', req.params.id)),
  );
  app.patch(
    '/api/v1/price-lists/:id',
    {
      config: update,
      schema: {
        tags,
        summary: 'Update a price list (overlapping validity → 400)',
        params: idParams,
        body: priceListPatch,
      },
    },
    async (req) => savePriceList(ctx, actor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/price-lists/:id',
    {
      config: { permission: 'products:delete' },
      schema: { tags, summary: 'Delete a price list', params: idParams },
    },
    async (req, reply) => {
      await deletePriceList(ctx, actor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/price-lists/:id/prices',
    { config: read, schema: { tags, summary: "A price list's prices", params: idParams } },
    async (req) => {
      if (!(await findPriceList(ctx.db, req.params.id))) throw notFound('Price list', req.params.id);
      return { data: await listPrices(ctx.db, req.params.id) };
    },
  );
  app.post(
    '/api/v1/price-lists/:id/prices',
    {
      config: update,
      schema: {
        tags,
        summary: 'Set the price of a product (per quantity break; 201 new, 200 replaced)',
        params: idParams,
        body: priceBody,
      },
    },
    async (req, reply) => {
      const { price, created } = await setPrice(ctx, actor(req), req.params.id, req.body);
      return reply.status(created ? 201 : 200).send(price);
    },
  );
  app.delete(
    '/api/v1/price-lists/:id/prices/:priceId',
    { config: update, schema: { tags, summary: 'Remove a price', params: priceParams } },
    async (req, reply) => {
      await removePrice(ctx, actor(req), req.params.id, req.params.priceId);
      return reply.status(204).send();
    },
  );
}
