import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { checkPriceOverlap } from './check-price-overlap.js';
import { findPriceList, lockPricing } from './price-lists.repository.js';
import type { PriceList, PriceListInput } from './price-lists.schemas.js';

function checkDate(field: string, value: string | null | undefined) {
  if (!value) return;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw validationError(field, 'is not a calendar date', 'invalid_date');
}

/** Fields whose change can make the list's prices collide with another list's (first changed one is named). */
const OVERLAP_FIELDS = ['validFrom', 'validTo', 'kind', 'currency', 'active'] as const;

/**
 * Creates (id undefined) or patches a price list. A change of validity, kind, currency or activation
 * is refused (400 naming that field) when it would give one of its products two prices of the same
 * kind and currency on one day (see check-price-overlap).
 */
export async function savePriceList(
  ctx: AppContext,
  actor: Actor,
  id: string | undefined,
  input: PriceListInput,
): Promise<PriceList> {
  checkDate('validFrom', input.validFrom);
  checkDate('validTo', input.validTo);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPricing(trx);
    const cur = id ? await findPriceList(trx, id) : undefined;
    if (id && !cur) throw notFound('Price list', id);
    const now = ctx.clock.now();
    const pick = <K extends keyof PriceListInput & keyof PriceList>(k: K, fallback: PriceList[K]) =>
      (input[k] !== undefined ? input[k] : cur ? cur[k] : fallback) as PriceList[K];
    const next: PriceList = {
      id: cur?.id ?? newId('prl'),
      name: pick('name', ''),
      kind: pick('kind', 'retail'),
      currency: pick('currency', 'EUR'),
      validFrom: pick('validFrom', null),
      validTo: pick('validTo', null),
      active: pick('active', true),
      version: (cur?.version ?? 0) + 1,
      createdAt: cur?.createdAt ?? now,
      updatedAt: now,
    };
    if (next.validFrom && next.validTo && next.validFrom > next.validTo)
      throw validationError('validTo', `is before validFrom ${next.validFrom}`, 'end_before_start', {
        start: next.validFrom,
      });
    if (cur) {
      const changed = OVERLAP_FIELDS.find((f) => next[f] !== cur[f]);
      if (changed) await checkPriceOverlap(trx, next, changed);
    }
    const row = {
      name: next.name,
      searchName: next.name.toLowerCase(),
      kind: next.kind,
      currency: next.currency,
      validFrom: next.validFrom,
      validTo: next.validTo,
      active: next.active ? 1 : 0,
      version: next.version,
      updatedAt: now,
    };
    if (cur) await trx.updateTable('priceLists').set(row).where('id', '=', next.id).execute();
    else
      await trx
        .insertInto('priceLists')
        .values({ ...row, id: next.id, createdAt: now })
        .execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: cur ? 'price_list.updated' : 'price_list.created',
      entityType: 'price_list',
      entityId: next.id,
      payload: { name: next.name, kind: next.kind, currency: next.currency },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'price_list',
      entityId: next.id,
      action: cur ? 'update' : 'create',
      before: cur ?? null,
      after: next,
    });
    return next;
  });
}
