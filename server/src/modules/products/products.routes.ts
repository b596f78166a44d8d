import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { idParams } from '../people/people.schemas.js';
import { findCategory, findProduct, toCategory, toProduct } from './products.repository.js';
import { categoryBody, categoryPatch, productBody, productPatch } from './products.schemas.js';
import { categoriesRegistry, productsRegistry } from './products-registry.js';
import { saveCategory } from './save-category.js';
import { saveProductUseCase } from './save-product.js';

const tags = ['products'];

/** Catalogue CRUD: products (unique SKU) and the category tree. */
export async function productsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const read = { permission: 'products:read' } as const;

  app.get(
    '/api/v1/products',
    { config: read, schema: { tags, summary: 'List products', querystring: listQuerySchema } },
    async (req) => {
      const { data, nextCursor } = await runListQuery(ctx.db, {
        baseQuery: ctx.db.selectFrom('products').selectAll('products'),
        registry: productsRegistry,
        query: req.query,
        clock: ctx.clock,
        idColumn: 'products.id',
        defaultSort: 'name',
        mapRow: toProduct,
      });
      return { data, nextCursor };
    },
  );
  app.post(
    '/api/v1/products',
    {
      config: { permission: 'products:create' },
      schema: { tags, summary: 'Create a product', body: productBody },
    },
    async (req, reply) =>
      reply.status(201).send(await saveProductUseCase(ctx, actorOf(principalOf(req)), undefined, req.body)),
  );
  app.get(
    '/api/v1/products/:id',
    { config: read, schema: { tags, summary: 'Get a product', params: idParams } },
    async (req) =>
      (await findProduct(ctx.db, req.params.id)) ?? Promise.reject(notFound('Product', req.params.id)),
  );
  app.patch(
    '/api/v1/products/:id',
    {
      config: { permission: 'products:update' },
      schema: { tags, summary: 'Update a product', params: idParams, body: productPatch },
    },
    async (req) => saveProductUseCase(ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/products/:id',
    {
      config: { permission: 'products:delete' },
      schema: { tags, summary: 'Delete a product', params: idParams },
    },
    async (req, reply) => {
      await ctx.db.transaction().execute(async (trx) => {
        const p = await findProduct(trx, req.params.id);
        if (!p) throw notFound('Product', req.params.id);
        await trx.deleteFrom('products').where('id', '=', p.id).execute();
        await appendEvent(trx, ctx.clock, actorOf(principalOf(req)), {
          type: 'product.deleted',
          entityType: 'product',
          entityId: p.id,
          payload: { sku: p.sku },
        });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/product-categories',
    { config: read, schema: { tags, summary: 'List product categories', querystring: listQuerySchema } },
    async (req) => {
      const { data, nextCursor } = await runListQuery(ctx.db, {
        baseQuery: ctx.db.selectFrom('productCategories').selectAll('productCategories'),
        registry: categoriesRegistry,
        query: req.query,
        clock: ctx.clock,
        idColumn: 'productCategories.id',
        defaultSort: 'name',
        mapRow: toCategory,
      });
      return { data, nextCursor };
    },
  );
  app.post(
    '/api/v1/product-categories',
    {
      config: { permission: 'products:create' },
      schema: { tags, summary: 'Create a product category', body: categoryBody },
    },
    async (req, reply) =>
      reply.status(201).send(await saveCategory(ctx, actorOf(principalOf(req)), undefined, req.body)),
  );
  app.get(
    '/api/v1/product-categories/:id',
    { config: read, schema: { tags, summary: 'Get a product category', params: idParams } },
    async (req) =>
      (await findCategory(ctx.db, req.params.id)) ?? Promise.reject(notFound('Category', req.params.id)),
  );
  app.patch(
    '/api/v1/product-categories/:id',
    {
      config: { permission: 'products:update' },
      schema: { tags, summary: 'Update a product category', params: idParams, body: categoryPatch },
    },
    async (req) => saveCategory(ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/product-categories/:id',
    {
      config: { permission: 'products:delete' },
      schema: {
        tags,
        summary: 'Delete a product category (children and products are detached)',
        params: idParams,
      },
    },
    async (req, reply) => {
      const c = await findCategory(ctx.db, req.params.id);
      if (!c) throw notFound('Category', req.params.id);
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('products').set({ categoryId: null }).where('categoryId', '=', c.id).execute();
        await trx
          .updateTable('productCategories')
          .set({ parentId: c.parentId })
          .where('parentId', '=', c.id)
          .execute();
        await trx.deleteFrom('productCategories').where('id', '=', c.id).execute();
        await appendEvent(trx, ctx.clock, actorOf(principalOf(req)), {
          type: 'product_category.deleted',
          entityType: 'product_category',
          entityId: c.id,
          payload: { name: c.name },
        });
      });
      return reply.status(204).send();
    },
  );
}
