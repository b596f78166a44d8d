import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { parseIfMatch, withVersionTag } from '../../platform/http/versioned-record.js';
import { listOrExport } from '../../platform/lists/list-or-export.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import type { CustomerNames } from '../companies/companies.schemas.js';
import { idParams } from '../people/people.schemas.js';
import { createOrder } from './create-order.js';
import { listOrders } from './list-orders.js';
import { findOrder, personOrderTotals } from './orders.repository.js';
import { createOrderBody, type Order, updateOrderBody } from './orders.schemas.js';
import { updateOrderStatus } from './update-order-status.js';

const tags = ['orders'];
const CSV_COLUMNS: (keyof Order | keyof CustomerNames)[] = [
  'id',
  'number',
  'externalId',
  'orderedAt',
  'status',
  'channel',
  'storeId',
  'personId',
  'personName',
  'companyId',
  'companyName',
  'currency',
  'subtotal',
  'discount',
  'total',
  'lineCount',
];
const personParams = z.object({ id: z.string() });

export async function ordersRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags,
        summary: 'List orders (filter, sort; ?format=csv exports)',
        querystring: listQuerySchema,
      },
    },
    async (req, reply) =>
      listOrExport(ctx, req, reply, {
        resource: 'orders',
        list: listOrders,
        csv: {
          filename: 'orders.csv',
          columns: () => CSV_COLUMNS.map((k) => ({ header: k, value: (o: Order & CustomerNames) => o[k] })),
        },
      }),
  );

  app.post(
    '/api/v1/orders',
    {
      config: { permission: 'orders:create' },
      schema: {
        tags,
        summary: 'Create an order (idempotent by externalId and Idempotency-Key: 200 with the stored order)',
        body: createOrderBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const key = req.headers['idempotency-key'];
      const { order, created } = await createOrder(
        ctx,
        p,
        actorOf(p),
        req.body,
        typeof key === 'string' && key ? key.slice(0, 200) : undefined,
      );
      return withVersionTag(reply.status(created ? 201 : 200), order.version).send(order);
    },
  );

  app.get(
    '/api/v1/orders/:id',
    {
      config: { permission: 'orders:read' },
      schema: { tags, summary: 'Get an order with its lines', params: idParams },
    },
    async (req, reply) => {
      const order = await findOrder(ctx.db, principalOf(req), req.params.id);
      if (!order) throw notFound('Order', req.params.id);
      return withVersionTag(reply, order.version).send(order);
    },
  );

  app.patch(
    '/api/v1/orders/:id',
    {
      config: { permission: 'orders:update' },
      schema: {
        tags,
        summary: 'Change an order status (If-Match optional)',
        params: idParams,
        body: updateOrderBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const order = await updateOrderStatus(
        ctx,
        p,
        actorOf(p),
        req.params.id,
        req.body.status,
        parseIfMatch(req.headers['if-match']),
      );
      return withVersionTag(reply, order.version).send(order);
    },
  );

  app.get(
    '/api/v1/people/:id/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags,
        summary: "A person's purchase history (list convention) with totals per currency",
        params: personParams,
        querystring: listQuerySchema,
      },
    },
    async (req) => {
      const p = principalOf(req);
      const filter = { and: [{ field: 'personId', op: 'eq', value: req.params.id }] };
      const merged = req.query.filter ? { and: [filter, req.query.filter] } : filter;
      const { data, nextCursor } = await listOrders(ctx, p, { ...req.query, filter: merged as never });
      const totals = await personOrderTotals(ctx.db, p, req.params.id);
      return { data, nextCursor, totals };
    },
  );
}
