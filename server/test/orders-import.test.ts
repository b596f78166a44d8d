import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createImport } from '../src/modules/imports/create-import.js';
import { runImport } from '../src/modules/imports/run-import.js';
import { systemActor } from '../src/platform/actor.js';
import { newId } from '../src/platform/ids.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

const HEADER =
  'order_id,customer_external_id,customer_email,ordered_at,sku,product_name,category,quantity,unit_price,currency,channel,status';
const FILE = [
  HEADER,
  'A1,C-1,,2026-01-05,SKU-1,Tea,Drinks,2,3.50,EUR,pos,paid', // 2
  'A1,C-1,,2026-01-05,SKU-2,Mug,Kitchen,1,8.00,EUR,pos,paid', // 3
  'A2,,eva@example.com,2026-01-06,SKU-1,Tea,Drinks,1,3.50,EUR,online,placed', // 4
  'A3,C-2,,2026-01-07,SKU-3,Cake,Food,-1,5.00,EUR,store,placed', // 5 bad: negative, not returned
  'A4,C-2,,2026-01-08,SKU-3,Cake,Food,1,abc,EUR,store,placed', // 6 bad price
  'A1,C-1,,2026-01-05,SKU-3,Cake,Food,3,5.00,EUR,pos,paid', // 7 same order, not adjacent
  'A5,C-2,,2026-01-09,SKU-3,Cake,Food,-1,5.00,EUR,store,returned', // 8
].join('\n');

describeEachDialect('order lines import', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(() => t.close());

  async function importOrders(csv: string, entity: 'orders' | 'people' = 'orders') {
    const id = newId('imp');
    const filePath = path.join(t.config.dataDir, `${id}.csv`);
    fs.writeFileSync(filePath, csv);
    await createImport(t, { id, entity, filePath, ownerId: null, actor: systemActor }, { queue: false });
    // Batches of 2 lines: A1's late line arrives in another batch than its first two.
    await runImport({ db: t.db, clock: t.clock, importId: id, batchSize: 2 });
    return t.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  it('imports lines into orders, creates customers and products, reports bad lines', async () => {
    const imp = await importOrders(FILE);
    expect(imp).toMatchObject({ status: 'done', rowsDone: 7, failed: 2, created: 4, updated: 1 });
    const errors = await t.db
      .selectFrom('importErrors')
      .selectAll()
      .where('importId', '=', imp.id)
      .orderBy('line')
      .execute();
    expect(errors.map((e) => [e.line, e.columnName])).toEqual([
      [5, 'quantity'],
      [6, 'unit_price'],
    ]);
    const orders = await t.db.selectFrom('orders').selectAll().orderBy('externalId').execute();
    expect(orders.map((o) => [o.externalId, Number(o.total), o.lineCount, o.status])).toEqual([
      ['A1', 700 + 800 + 1500, 3, 'paid'],
      ['A2', 350, 1, 'placed'],
      ['A5', -500, 1, 'returned'],
    ]);
    expect(orders[0]!.personId).toBeTruthy();
    const ext = await t.db
      .selectFrom('personExternalIds')
      .selectAll()
      .where('externalId', '=', 'C-1')
      .execute();
    expect(ext.map((x) => x.personId)).toEqual([orders[0]!.personId]);
    const eva = await t.db
      .selectFrom('personEmails')
      .selectAll()
      .where('email', '=', 'eva@example.com')
      .execute();
    expect(eva.map((x) => x.personId)).toEqual([orders[1]!.personId]);
    const products = await t.db.selectFrom('products').select(['sku', 'categoryId']).orderBy('sku').execute();
    expect(products.map((p) => p.sku)).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
    expect(await t.db.selectFrom('productCategories').select('name').orderBy('name').execute()).toEqual([
      { name: 'Drinks' },
      { name: 'Food' },
      { name: 'Kitchen' },
    ]);
    const placed = await t.db.selectFrom('events').selectAll().where('type', '=', 'order.placed').execute();
    expect(placed).toHaveLength(3);
    expect(placed.every((e) => e.personId)).toBe(true);
  });

  it('changes nothing when the same file is imported again', async () => {
    const count = async () => ({
      events: Number(
        (
          await t.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      people: Number(
        (
          await t.db
            .selectFrom('people')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      lines: Number(
        (
          await t.db
            .selectFrom('orderLines')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const before = await count();
    const imp = await importOrders(FILE);
    expect(imp).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 2 });
    const after = await count();
    // Only the import's own import.created event is new.
    expect(after).toEqual({ ...before, events: before.events + 1 });
  });

  it('finds the customers a people file imported by their External ID, instead of creating them again', async () => {
    const people = await importOrders(
      'External ID,First Name,Email\nK-100,Marta,marta@example.com',
      'people',
    );
    expect(people).toMatchObject({ created: 1, failed: 0 });
    const marta = await t.db
      .selectFrom('personEmails')
      .select('personId')
      .where('email', '=', 'marta@example.com')
      .executeTakeFirstOrThrow();
    const peopleBefore = await t.db.selectFrom('people').select('id').execute();
    const imp = await importOrders(`${HEADER}\nK1,K-100,,2026-02-01,SKU-1,Tea,Drinks,1,3.50,EUR,store,paid`);
    expect(imp).toMatchObject({ created: 1, failed: 0 });
    const order = await t.db
      .selectFrom('orders')
      .selectAll()
      .where('externalId', '=', 'K1')
      .executeTakeFirstOrThrow();
    expect(order.personId).toBe(marta.personId);
    expect(await t.db.selectFrom('people').select('id').execute()).toHaveLength(peopleBefore.length);
  });
});
