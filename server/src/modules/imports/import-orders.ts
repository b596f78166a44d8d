import type { Executor } from '../../db/database.js';
import type { NewEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { orderEventPayload } from '../orders/create-order.js';
import { insertLines } from '../orders/insert-order.js';
import { lineTotals, toLine, toOrder } from '../orders/orders.repository.js';
import type { Order, OrderLine } from '../orders/orders.schemas.js';
import type { UpsertCounts, WriteEnv } from './import-people.js';
import { customerKey, resolveCustomers, resolveProducts } from './order-import-refs.js';
import { kyselyOrderStore, type NewOrder } from './order-store.js';
import { kyselyPeopleStore } from './people-store.js';
import type { ImportedOrderLine } from './read-order-row.js';

const lineKey = (l: { sku: string | null; productName: string | null }) =>
  l.sku ? `s:${l.sku}` : `n:${(l.productName ?? '').toLowerCase()}`;

/**
 * Writes one batch of valid order lines: rows with the same order_id form one order (externalId).
 * A new order is inserted with its lines and `order.placed`; a stored one gets its lines upserted by
 * SKU (or product name) and its totals recomputed (`order.updated`) only when something differs, so
 * re-importing a file changes nothing. Counts are per line.
 */
export async function upsertOrderBatch(trx: Executor, env: WriteEnv, rows: ImportedOrderLine[]) {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const people = await resolveCustomers(trx, env, rows);
  const { products } = await resolveProducts(trx, env, rows);
  const groups = new Map<string, ImportedOrderLine[]>();
  for (const r of rows) {
    const g = groups.get(r.orderId);
    if (g) g.push(r);
    else groups.set(r.orderId, [r]);
  }
  const ids = [...groups.keys()];
  const store = env.orders ?? kyselyOrderStore;
  // Stored orders (a re-import) are read in full with their lines; new ones only probe the index.
  const known = [...(await store.findOrderIds(trx, ids)).values()];
  const stored = new Map<string, Order>();
  const storedLines = new Map<string, OrderLine[]>();
  for (let i = 0; i < known.length; i += 500) {
    const chunk = known.slice(i, i + 500);
    for (const o of await trx.selectFrom('orders').selectAll().where('id', 'in', chunk).execute())
      stored.set(o.externalId!, toOrder(o));
    const ls = await trx
      .selectFrom('orderLines')
      .selectAll()
      .where('orderId', 'in', chunk)
      .orderBy('position')
      .execute();
    for (const l of ls) storedLines.set(l.orderId, [...(storedLines.get(l.orderId) ?? []), toLine(l)]);
  }
  const fresh: NewOrder[] = [];
  const now = env.clock.now();
  const events: NewEvent[] = [];
  for (const [externalId, group] of groups) {
    const cur = stored.get(externalId);
    const lines: OrderLine[] = cur ? [...(storedLines.get(cur.id) ?? [])] : [];
    const changed: OrderLine[] = [];
    const added: OrderLine[] = [];
    for (const r of group) {
      const next = {
        productId: r.sku ? (products.get(r.sku) ?? null) : null,
        sku: r.sku ?? null,
        productName: r.productName ?? r.sku ?? null,
        category: r.category ?? null,
        quantity: r.quantity,
        unitPrice: r.unitPrice,
        discount: r.discount,
        total: lineTotals([r]).total,
      };
      const i = lines.findIndex((l) => lineKey(l) === lineKey(next));
      const old = i >= 0 ? lines[i]! : undefined;
      if (
        old &&
        old.quantity === next.quantity &&
        old.unitPrice === next.unitPrice &&
        old.discount === next.discount
      ) {
        counts.unchanged++;
      } else if (old) {
        lines[i] = { ...old, ...next };
        changed.push(lines[i]!);
        counts.updated++;
      } else {
        const l = { id: newId('oln'), position: lines.length, ...next };
        lines.push(l);
        added.push(l);
        if (cur) counts.updated++;
        else counts.created++;
      }
    }
    if (cur && !changed.length && !added.length) continue;
    const t = lineTotals(lines);
    const first = group[0]!;
    const order: Order = cur
      ? { ...cur, subtotal: t.subtotal, discount: t.discount, total: t.total, lineCount: lines.length }
      : {
          id: newId('ord'),
          externalId,
          number: externalId,
          personId: people.get(customerKey(first.customer)) ?? null,
          companyId: null,
          ownerId: env.ownerId,
          orderedAt: first.orderedAt ?? now,
          status: first.status,
          channel: first.channel,
          storeId: null,
          location: null,
          currency: first.currency,
          subtotal: t.subtotal,
          discount: t.discount,
          total: t.total,
          lineCount: lines.length,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
    const base = {
      entityType: 'order',
      entityId: order.id,
      personId: order.personId,
      companyId: order.companyId,
    };
    if (!cur) {
      fresh.push({ ...order, lines });
      events.push({ ...base, type: 'order.placed', payload: { ...orderEventPayload(order), via: 'import' } });
      continue;
    }
    await insertLines(trx, order.id, added);
    for (const l of changed)
      await trx
        .updateTable('orderLines')
        .set({
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discount: l.discount,
          total: l.total,
          productId: l.productId,
        })
        .where('id', '=', l.id)
        .execute();
    await trx
      .updateTable('orders')
      .set({
        subtotal: t.subtotal,
        discount: t.discount,
        total: t.total,
        lineCount: lines.length,
        version: cur.version + 1,
        updatedAt: now,
      })
      .where('id', '=', cur.id)
      .execute();
    events.push({ ...base, type: 'order.updated', payload: { ...orderEventPayload(order), via: 'import' } });
  }
  await store.insertOrders(trx, fresh);
  await (env.people ?? kyselyPeopleStore).appendEvents(trx, env.clock, env.actor, events);
  return counts;
}
