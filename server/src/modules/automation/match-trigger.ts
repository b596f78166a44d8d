import { fromJson } from '../../db/json.js';
import type { EventRow } from '../../platform/events/events.table.js';
import type { RuleEntity, RuleTrigger } from './automation.schemas.js';

/**
 * The record an event fires a trigger for, or null. `field_changed` reads `payload.changes`
 * (`{field: [old, new]}`); a deal's stage also counts as field `stageId`. With `value`, the field must
 * become that value, or (a list such as tags) newly contain it.
 */
export function matchTrigger(
  trigger: RuleTrigger,
  e: EventRow,
): { entity: RuleEntity; entityId: string } | null {
  const payload = fromJson<Record<string, unknown>>(e.payload) ?? {};
  switch (trigger.kind) {
    case 'record_created':
      return e.type === `${trigger.entity}.created` ? { entity: trigger.entity, entityId: e.entityId } : null;
    case 'stage_entered':
      return e.type === 'deal.stage_changed' && payload.to === trigger.stageId
        ? { entity: 'deal', entityId: e.entityId }
        : null;
    case 'task_overdue':
      return e.type === 'task.overdue' ? { entity: 'task', entityId: e.entityId } : null;
    case 'field_changed': {
      const change = fieldChange(trigger.entity, trigger.field, e, payload);
      if (!change) return null;
      if (trigger.value !== undefined && !becomes(change, trigger.value)) return null;
      return { entity: trigger.entity, entityId: e.entityId };
    }
    default:
      return null;
  }
}

function fieldChange(entity: string, field: string, e: EventRow, payload: Record<string, unknown>) {
  if (entity === 'deal' && field === 'stageId' && e.type === 'deal.stage_changed')
    return [payload.from, payload.to] as [unknown, unknown];
  if (e.type !== `${entity}.updated`) return null;
  const changes = (payload.changes ?? {}) as Record<string, [unknown, unknown]>;
  return changes[field] ?? null;
}

function becomes([before, after]: [unknown, unknown], value: unknown): boolean {
  if (Array.isArray(after))
    return after.includes(value) && !(Array.isArray(before) && before.includes(value));
  return after === value && before !== value;
}
