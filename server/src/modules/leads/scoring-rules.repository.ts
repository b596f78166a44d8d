import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { FilterNode } from '../../platform/lists/filter-tree.js';
import type { PayloadCondition } from './leads.schemas.js';
import type { ScoringRuleRow } from './leads.table.js';

export type ScoringRule = {
  id: string;
  name: string;
  kind: 'field' | 'event';
  condition: FilterNode | PayloadCondition | null;
  eventType: string | null;
  points: number;
  halfLifeDays: number | null;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
};

export function toRule(r: ScoringRuleRow): ScoringRule {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as ScoringRule['kind'],
    condition: r.condition == null ? null : fromJson(r.condition),
    eventType: r.eventType,
    points: Number(r.points),
    halfLifeDays: r.halfLifeDays == null ? null : Number(r.halfLifeDays),
    enabled: r.enabled === 1,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function listRules(db: Executor, onlyEnabled = false): Promise<ScoringRule[]> {
  let q = db.selectFrom('leadScoringRules').selectAll().orderBy('createdAt').orderBy('id');
  if (onlyEnabled) q = q.where('enabled', '=', 1);
  return (await q.execute()).map(toRule);
}

/** Reads a dotted path (`a.b`) of an event payload. */
export function payloadValue(payload: unknown, path: string): unknown {
  let v: unknown = payload;
  for (const part of path.split('.')) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Whether an event payload meets an event rule's condition (none = every event of the type). */
export function payloadMatches(payload: unknown, c: PayloadCondition | null): boolean {
  if (!c) return true;
  const v = payloadValue(payload, c.path);
  if (v == null) return c.op === 'neq';
  const s = String(v);
  switch (c.op) {
    case 'eq':
      return s === String(c.value);
    case 'neq':
      return s !== String(c.value);
    case 'contains':
      return s.toLowerCase().includes(String(c.value).toLowerCase());
    case 'startsWith':
      return s.startsWith(String(c.value));
    case 'in':
      return Array.isArray(c.value) && c.value.map(String).includes(s);
  }
}
