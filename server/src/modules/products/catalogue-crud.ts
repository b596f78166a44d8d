import type { z } from 'zod';
import type { AppInstance } from '../../app.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import type { FieldRegistry } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { idParams } from '../people/people.schemas.js';

/**
 * A catalogue resource (products, categories, price lists): a plain table named by id, listed by the
 * list convention (default sort `name`), created, read, patched and deleted through its use cases.
 */
export interface CatalogueResource<Item, Create extends z.ZodType, Patch extends z.ZodType> {
  /** Collection path, e.g. `/api/v1/products`; one item is `<path>/:id`. */
  path: string;
  tags: string[];
  /** The routes need `<resource>:read|create|update|delete`. */
  resource: string;
  /** Names the record in a 404: `notFound(label, id)`. */
  label: string;
  summaries: { list: string; create: string; get: string; update: string; delete: string };
  table: keyof Database & string;
  registry: FieldRegistry;
  // biome-ignore lint/suspicious/noExplicitAny: a row of `table`, as runListQuery hands it over.
  toItem: (row: any) => Item;
  find: (db: Executor, id: string) => Promise<Item | undefined>;
  createBody: Create;
  patchBody: Patch;
  /** Creates (id undefined) or patches the record. */
  save: (
    ctx: AppContext,
    actor: Actor,
    id: string | undefined,
    input: z.output<Create | Patch>,
  ) => Promise<Item>;
  remove: (ctx: AppContext, actor: Actor, id: string) => Promise<void>;
}

/** Registers list, create (201), get (404 when missing), patch and delete (204) of one catalogue resource. */
export function registerCatalogueCrud<Item, Create extends z.ZodType, Patch extends z.ZodType>(
  app: AppInstance,
  r: CatalogueResource<Item, Create, Patch>,
): void {
  const { ctx } = app;
  const { tags, summaries } = r;
  const can = (action: 'read' | 'create' | 'update' | 'delete') => ({
    permission: `${r.resource}:${action}` as const,
  });
  const read = can('read');
  const actor = (req: Parameters<typeof principalOf>[0]) => actorOf(principalOf(req));
  const item = `${r.path}/:id`;

  app.get(
    r.path,
    { config: read, schema: { tags, summary: summaries.list, querystring: listQuerySchema } },
    async (req) =>
      runListQuery(ctx.db, {
        baseQuery: ctx.db.selectFrom(r.table).selectAll(r.table),
        registry: r.registry,
        query: req.query,
        clock: ctx.clock,
        idColumn: `${r.table}.id`,
        defaultSort: 'name',
        mapRow: r.toItem,
      }),
  );
  app.post(
    r.path,
    {
      config: can('create'),
      schema: { tags, summary: summaries.create, body: r.createBody },
    },
    // The type provider cannot see through a generic schema: the body is what `createBody` parsed.
    async (req, reply) =>
      reply.status(201).send(await r.save(ctx, actor(req), undefined, req.body as z.output<Create>)),
  );
  app.get(
    item,
    { config: read, schema: { tags, summary: summaries.get, params: idParams } },
    async (req) => (await r.find(ctx.db, req.params.id)) ?? Promise.reject(notFound(r.label, req.params.id)),
  );
  app.patch(
    item,
    {
      config: can('update'),
      schema: { tags, summary: summaries.update, params: idParams, body: r.patchBody },
    },
    async (req) => r.save(ctx, actor(req), req.params.id, req.body as z.output<Patch>),
  );
  app.delete(
    item,
    {
      config: can('delete'),
      schema: { tags, summary: summaries.delete, params: idParams },
    },
    async (req, reply) => {
      await r.remove(ctx, actor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
