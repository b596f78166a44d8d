import { sql } from 'kysely';
import type { Config } from '../../config.js';
import type { Dialect, Executor } from '../../db/database.js';
import type { Clock } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { compileFilter } from '../../platform/lists/compile-filter.js';
import type { FilterNode } from '../../platform/lists/filter-tree.js';
import type { Rule, RuleEntity } from './automation.schemas.js';
import { performAction } from './perform-action.js';
import { recordRuleFailure, recordRuleSuccess } from './rule-failures.js';
import { ENTITY_TABLE, registryFor } from './rule-registry.js';

export interface RuleTarget {
  /** The event id, or `date:<record>:<day>` for a date trigger: the run's idempotency key. */
  key: string;
  entity: RuleEntity;
  entityId: string;
  /** How many automation steps led here (0 for a user's change). */
  depth: number;
}

export interface RunCtx {
  clock: Clock;
  config?: Config;
  dialect: Dialect;
}

/** `paused`: the run failed and the rule was switched off for failing too often in a row. */
export type RunOutcome = 'done' | 'skipped' | 'failed' | 'paused';

/**
 * Runs a rule once per target: the `rule_runs` row (unique rule+key) is inserted first, so a
 * redelivered event finds it and does nothing (null). Actions run inside a savepoint: a failing
 * action rolls back the rule's own effects only, the run is recorded as `failed` with the error,
 * and the people who can fix the rule are told (`recordRuleFailure`).
 */
export async function runRule(
  trx: Executor,
  ctx: RunCtx,
  rule: Rule,
  t: RuleTarget,
): Promise<RunOutcome | null> {
  const runId = newId('run');
  const inserted = await trx
    .insertInto('ruleRuns')
    .values({
      id: runId,
      ruleId: rule.id,
      eventId: t.key,
      entityType: t.entity,
      entityId: t.entityId,
      status: 'running',
      error: null,
      at: ctx.clock.now(),
    })
    .onConflict((oc) => oc.columns(['ruleId', 'eventId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  const finish = (status: string, error: string | null = null) =>
    trx.updateTable('ruleRuns').set({ status, error }).where('id', '=', runId).execute();
  if (!(await matches(trx, ctx, rule, t))) {
    await finish('skipped');
    return 'skipped';
  }
  await sql`savepoint automation_rule`.execute(trx);
  try {
    for (const [i, action] of rule.actions.entries()) {
      await performAction(trx, ctx, { rule, target: t, runId, index: i }, action);
    }
    await sql`release savepoint automation_rule`.execute(trx);
    await finish('done');
    await recordRuleSuccess(trx, rule.id);
    return 'done';
  } catch (err) {
    await sql`rollback to savepoint automation_rule`.execute(trx);
    const error = err instanceof Error ? err.message : String(err);
    await finish('failed', error);
    return (await recordRuleFailure(trx, ctx, rule, error)) ? 'paused' : 'failed';
  }
}

/** The record still exists and satisfies the rule's filter: `where id = ? and <filter>`. */
async function matches(trx: Executor, ctx: RunCtx, rule: Rule, t: RuleTarget): Promise<boolean> {
  const table = ENTITY_TABLE[t.entity];
  let q = trx
    .selectFrom(table)
    .select(sql<string>`${sql.ref(`${table}.id`)}`.as('id'))
    .where(sql.ref(`${table}.id`), '=', t.entityId);
  if (rule.condition) {
    const registry = await registryFor(trx, t.entity);
    if (registry) q = q.where(compileFilter(rule.condition as FilterNode, registry, ctx.clock, ctx.dialect));
  }
  return (await q.executeTakeFirst()) !== undefined;
}
