import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { idParams } from '../people/people.schemas.js';
import { registerCatalogueCrud } from '../products/catalogue-crud.js';
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

  registerCatalogueCrud(app, {
    path: '/api/v1/price-lists',
    tags,
    resource: 'products',
    label: 'Price list',
    summaries: {
      list: 'List price lists',
      create: 'Create a price list',
      get: 'Get a price list',
      update: 'Update a price list (overlapping validity → 400)',
      delete: 'Delete a price list',
    },
    table: 'priceLists',
    registry: priceListsRegistry,
    toItem: toPriceList,
    find: findPriceList,
    createBody: priceListBody,
    patchBody: priceListPatch,
    save: savePriceList,
    remove: deletePriceList,
  });

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
