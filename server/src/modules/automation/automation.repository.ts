import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { FilterNode } from '../../platform/lists/filter-tree.js';
import type { Rule, RuleAction, RuleInput, RuleTrigger } from './automation.schemas.js';
import type { AutomationRuleRow } from './automation.table.js';

export function toRule(r: AutomationRuleRow): Rule {
  return {
    id: r.id,
    name: r.name,
    enabled: r.enabled === 1,
    trigger: fromJson<RuleTrigger>(r.trigger),
    condition: fromJson<FilterNode | null>(r.condition) ?? null,
    actions: fromJson<RuleAction[]>(r.actions),
    createdBy: r.createdBy,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function listRules(db: Executor, opts: { enabledOnly?: boolean } = {}): Promise<Rule[]> {
  let q = db.selectFrom('automationRules').selectAll().orderBy('name').orderBy('id');
  if (opts.enabledOnly) q = q.where('enabled', '=', 1);
  return (await q.execute()).map(toRule);
}

export async function findRule(db: Executor, id: string): Promise<Rule | null> {
  const row = await db.selectFrom('automationRules').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRule(row) : null;
}

export function ruleColumns(input: RuleInput) {
  return {
    name: input.name,
    enabled: input.enabled ? 1 : 0,
    trigger: toJson(input.trigger),
    condition: input.condition == null ? null : toJson(input.condition),
    actions: toJson(input.actions),
  };
}

export async function listRuns(db: Executor, ruleId: string, limit: number) {
  const rows = await db
    .selectFrom('ruleRuns')
    .selectAll()
    .where('ruleId', '=', ruleId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, at: Number(r.at) }));
}
