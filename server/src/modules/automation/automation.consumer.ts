import type { Dialect } from '../../db/database.js';
import type { ConsumerContext, EventConsumer } from '../../platform/events/run-consumer-batch.js';
import { listRules } from './automation.repository.js';
import { automationOrigin, MAX_AUTOMATION_DEPTH } from './automation-origin.js';
import { matchTrigger } from './match-trigger.js';
import { runRule } from './run-rule.js';

/**
 * Runs the enabled rules against every new event. Transactional: all effects (tasks, field changes,
 * notifications, queued mails and webhook jobs) are rows here, and `rule_runs` (unique rule+event)
 * makes a redelivered event a no-op. A rule ignores changes it made itself; chains stop at
 * MAX_AUTOMATION_DEPTH. Times (due dates) come from the runner's clock.
 */
export const automationConsumer: EventConsumer = {
  name: 'automation',
  batchSize: 50,
  transactional: true,
  async handle(events, trx, ctx) {
    if (!ctx) throw new Error('automation consumer needs the runner context');
    const rules = (await listRules(trx!, { enabledOnly: true })).filter(
      (r) => r.trigger.kind !== 'date_reached',
    );
    if (rules.length === 0) return;
    const runCtx = { clock: ctx.clock, config: ctx.config, dialect: dialectOf(ctx) };
    const paused = new Set<string>(); // switched off by a failure earlier in this batch
    for (const e of events) {
      const origin = automationOrigin(e);
      if (origin && origin.depth >= MAX_AUTOMATION_DEPTH) continue;
      for (const rule of rules) {
        if (origin?.ruleId === rule.id || paused.has(rule.id)) continue;
        const target = matchTrigger(rule.trigger, e);
        if (!target) continue;
        const outcome = await runRule(trx!, runCtx, rule, {
          key: e.id,
          ...target,
          depth: origin?.depth ?? 0,
        });
        if (outcome === 'paused') paused.add(rule.id);
      }
    }
  },
};

function dialectOf(ctx: ConsumerContext): Dialect {
  return ctx.dialect ?? 'sqlite';
}
