import type { AppContext } from '../../context.js';
import { findRule } from './automation.repository.js';
import { recordRuleFailure } from './rule-failures.js';

/** The run a webhook job belongs to (absent in jobs queued before this was recorded). */
export interface WebhookRun {
  ruleId: string;
  runId: string;
}

/**
 * A webhook that failed for good (a 4xx, or its last retry) fails the rule's run after the fact:
 * the run was `done` when the job was queued. Once per run (only a `done` run turns `failed`), so a
 * second webhook of the same run, or the job run twice, counts and notifies once.
 */
export async function failRunForWebhook(ctx: AppContext, run: WebhookRun, error: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('ruleRuns')
      .set({ status: 'failed', error })
      .where('id', '=', run.runId)
      .where('status', '=', 'done')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return;
    const rule = await findRule(trx, run.ruleId);
    if (rule) await recordRuleFailure(trx, ctx, rule, error);
  });
}
