import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { visibleCompanies } from '../companies/companies.repository.js';
import { visiblePeople } from '../people/people.repository.js';
import { nextDocumentNumber } from '../quotes/next-document-number.js';
import { insertOrder } from './insert-order.js';
import { findOrder, findOrderByKey } from './orders.repository.js';
import type { CreateOrderInput, Order } from './orders.schemas.js';
import { resolveOrderLines } from './resolve-order-lines.js';

/**
 * Creates an order, or returns the one already stored under the same externalId / Idempotency-Key
 * (`created: false`): POS and shops retry. A concurrent duplicate loses on the unique index and
 * then reads the winner.
 */
export async function createOrder(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CreateOrderInput,
  idempotencyKey?: string,
): Promise<{ order: Order; created: boolean }> {
  const key = { externalId: input.externalId, idempotencyKey };
  const existing = async (db: Executor) => {
    const row = await findOrderByKey(db, key);
    if (!row) return undefined;
    const order = await findOrder(db, principal, row.id);
    if (!order) throw new AppError('conflict', 'An order with this externalId or Idempotency-Key exists');
    return { order, created: false };
  };
  const before = await existing(ctx.db);
  if (before) return before;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      if (!input.personId && !input.companyId)
        throw validationError('personId', 'an order needs personId and/or companyId', 'required');
      const person = input.personId
        ? await visiblePeople(trx, principal).where('people.id', '=', input.personId).executeTakeFirst()
        : undefined;
      if (input.personId && !person)
        throw validationError('personId', `person ${input.personId} not found`, 'not_found', {
          entity: 'person',
          id: input.personId,
        });
      const company = input.companyId
        ? await visibleCompanies(trx, principal)
            .where('companies.id', '=', input.companyId)
            .executeTakeFirst()
        : undefined;
      if (input.companyId && !company)
        throw validationError('companyId', `company ${input.companyId} not found`, 'not_found', {
          entity: 'company',
          id: input.companyId,
        });
      const resolved = await resolveOrderLines(trx, input.status, input.lines);
      const now = ctx.clock.now();
      const order: Order = {
        id: newId('ord'),
        externalId: input.externalId ?? null,
        number: input.externalId ?? orderNumber(await nextDocumentNumber(trx, 'order')),
        personId: input.personId ?? null,
        companyId: input.companyId ?? null,
        ownerId: person?.ownerId ?? company?.ownerId ?? principal.userId ?? null,
        orderedAt: input.orderedAt ?? now,
        status: input.status,
        channel: input.channel ?? null,
        storeId: input.storeId ?? null,
        location: input.location ?? null,
        currency: input.currency,
        subtotal: resolved.subtotal,
        discount: resolved.discount,
        total: resolved.total,
        lineCount: resolved.lines.length,
        version: 1,
        createdAt: now,
        updatedAt: now,
        lines: resolved.lines,
      };
      await insertOrder(trx, order, idempotencyKey ?? null);
      await appendEvent(trx, ctx.clock, actor, {
        type: 'order.placed',
        entityType: 'order',
        entityId: order.id,
        personId: order.personId,
        companyId: order.companyId,
        payload: orderEventPayload(order),
      });
      await recordAudit(trx, ctx, actor, {
        entityType: 'order',
        entityId: order.id,
        action: 'create',
        before: null,
        after: { ...order },
      });
      return { order, created: true };
    });
  } catch (err) {
    const again = err instanceof AppError ? undefined : await existing(ctx.db);
    if (again) return again;
    throw err;
  }
}

/** `ORD-00042`: the number of an order that came without an external one. */
export const orderNumber = (n: number) => `ORD-${String(n).padStart(5, '0')}`;

export function orderEventPayload(o: Order) {
  return {
    externalId: o.externalId,
    number: o.number,
    personId: o.personId,
    companyId: o.companyId,
    orderedAt: o.orderedAt,
    status: o.status,
    channel: o.channel,
    total: o.total,
    currency: o.currency,
    lineCount: o.lineCount,
  };
}
