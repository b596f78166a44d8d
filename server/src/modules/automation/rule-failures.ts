import type { Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Rule } from './automation.schemas.js';
import { notifyRuleFailure } from './notify-rule-failure.js';
import type { RunCtx } from './run-rule.js';

/** A rule that fails this many times in a row (no success between) is switched off. */
export const PAUSE_AFTER_FAILURES = 20;

/**
 * After a failed run, in its transaction: counts the failure on the rule (an SQL increment, so runs
 * on two nodes both count), keeps the error, switches the rule off at PAUSE_AFTER_FAILURES in a row
 * (audited as `pause` by the system), and tells the people who can fix it. Returns true when this
 * failure paused the rule.
 */
export async function recordRuleFailure(
  trx: Executor,
  ctx: RunCtx,
  rule: Rule,
  error: string,
): Promise<boolean> {
  const now = ctx.clock.now();
  const row = await trx
    .updateTable('automationRules')
    .set((eb) => ({ failureStreak: eb('failureStreak', '+', 1), lastError: error, lastFailedAt: now }))
    .where('id', '=', rule.id)
    .returning(['failureStreak', 'enabled', 'createdBy'])
    .executeTakeFirst();
  if (!row) return false;
  const streak = Number(row.failureStreak);
  const paused = row.enabled === 1 && streak >= PAUSE_AFTER_FAILURES;
  if (paused) {
    await trx
      .updateTable('automationRules')
      .set({ enabled: 0, pausedAt: now, updatedAt: now })
      .where('id', '=', rule.id)
      .execute();
    await recordAudit(
      trx,
      ctx,
      { type: 'system', id: 'automation' },
      {
        entityType: 'automation_rule',
        entityId: rule.id,
        action: 'pause',
        before: { enabled: true },
        after: { enabled: false, failureStreak: streak, lastError: error },
      },
    );
  }
  await notifyRuleFailure(trx, ctx, { rule, createdBy: row.createdBy, error, streak, paused });
  return paused;
}

/** A successful run ends the rule's failure streak. */
export async function recordRuleSuccess(trx: Executor, ruleId: string): Promise<void> {
  await trx
    .updateTable('automationRules')
    .set({ failureStreak: 0 })
    .where('id', '=', ruleId)
    .where('failureStreak', '>', 0)
    .execute();
}
