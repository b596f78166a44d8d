import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { allowedStatuses, findOrder } from './orders.repository.js';
import type { Order, OrderStatus } from './orders.schemas.js';

/** Moves an order to another status; writes `order.status_changed` (from, to, total) on the customer's timeline. */
export async function updateOrderStatus(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  status: OrderStatus,
  ifMatch?: number,
): Promise<Order> {
  return ctx.db.transaction().execute(async (trx) => {
    const cur = await findOrder(trx, principal, id);
    if (!cur) throw notFound('Order', id);
    if (ifMatch !== undefined && ifMatch !== cur.version)
      throw new AppError('precondition_failed', `Order ${id} is at version ${cur.version}`);
    if (cur.status === status) return cur;
    const negative = cur.lines!.findIndex((l) => l.quantity < 0);
    if (!allowedStatuses(cur.lines!).includes(status))
      throw validationError(
        'status',
        `lines[${negative}].quantity is negative, so the order must stay returned`,
        'must_stay_returned',
        { line: negative },
      );
    const now = ctx.clock.now();
    const next: Order = { ...cur, status, version: cur.version + 1, updatedAt: now };
    const res = await trx
      .updateTable('orders')
      .set({ status, version: next.version, updatedAt: now })
      .where('id', '=', id)
      .where('version', '=', cur.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', `Order ${id} changed meanwhile`);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'order.status_changed',
      entityType: 'order',
      entityId: id,
      personId: cur.personId,
      companyId: cur.companyId,
      payload: {
        externalId: cur.externalId,
        number: cur.number,
        from: cur.status,
        to: status,
        total: cur.total,
        currency: cur.currency,
      },
    });
    const { lines: _l, allowedStatuses: _a, ...before } = cur;
    const { lines: _n, allowedStatuses: _b, ...after } = next;
    await recordAudit(trx, ctx, actor, {
      entityType: 'order',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return next;
  });
}
