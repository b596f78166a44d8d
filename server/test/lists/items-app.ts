import { type AppInstance, buildApp } from '../../src/app.js';
import type { Dialect } from '../../src/db/database.js';
import { CSV_PAGE_SIZE, type CsvColumn, streamCsv } from '../../src/platform/lists/csv-export.js';
import { runListQuery } from '../../src/platform/lists/list-query.js';
import { listQuerySchema } from '../../src/platform/lists/list-query.schema.js';
import { createTestContext, type TestContext } from '../context.js';
import {
  type AnyDb,
  createItemsTable,
  type Item,
  itemFields,
  readItem,
  selectItems,
} from './list-fixture.js';

export const itemColumns: CsvColumn<Item>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (r) => r.name },
  { header: 'amount', value: (r) => r.amount },
  { header: 'seenAt', value: (r) => r.seenAt },
  { header: 'tags', value: (r) => r.tags },
  { header: 'tier', value: (r) => r.custom?.tier },
];

/** A test app with one list endpoint, `GET /api/v1/items`, wired the way real modules will be. */
export async function createItemsApp(
  dialect: Dialect,
): Promise<TestContext & { app: AppInstance; db: AnyDb }> {
  const t = await createTestContext(dialect);
  const db = t.db as unknown as AnyDb;
  await createItemsTable(db);
  const app = await buildApp(t, { logger: false, webDist: '/nonexistent' });
  app.get(
    '/api/v1/items',
    {
      config: { public: true },
      schema: { tags: ['test'], summary: 'List test items', querystring: listQuerySchema },
    },
    async (req, reply) => {
      const opts = { baseQuery: selectItems(db), registry: itemFields, clock: t.clock, mapRow: readItem };
      if (req.query.format === 'csv') {
        return streamCsv(reply, {
          filename: 'items export.csv',
          columns: itemColumns,
          fetchPage: (cursor) =>
            runListQuery(db, { ...opts, query: { ...req.query, cursor, limit: CSV_PAGE_SIZE } }),
        });
      }
      return runListQuery(db, { ...opts, query: req.query });
    },
  );
  await app.ready();
  const close = t.close;
  return Object.assign(t, {
    app,
    db,
    async close() {
      await app.close();
      await close();
    },
  });
}
