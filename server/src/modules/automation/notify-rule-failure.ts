import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import { notify } from '../../platform/notifications/notify.js';
import { ROLE_PERMISSIONS, ROLES } from '../../platform/users/roles.js';
import type { RunCtx } from './run-rule.js';

export const RULE_FAILED = 'automation.failed';
export const RULE_PAUSED = 'automation.paused';
/** Who may fix a rule: the permission of the automation settings routes. */
const MANAGE_AUTOMATION = 'settings:manage';
const MAX_ERROR = 300;

/** The web page that opens the rule (Settings → Automation with its run history). */
export const ruleLink = (ruleId: string) => `/settings/automation?rule=${encodeURIComponent(ruleId)}`;

export interface RuleFailure {
  rule: { id: string; name: string };
  createdBy: string | null;
  error: string;
  /** Failed runs in a row, this one included. */
  streak: number;
  /** The rule was switched off just now. */
  paused: boolean;
}

/**
 * Tells the people who can fix a rule that it failed: its creator while active and still allowed
 * to manage automation, else every such user (the admins). At most one unread notification per rule
 * and user: while one is unread it is updated (count, newest error, paused) instead of adding more;
 * once read, the next failure notifies (and e-mails) again. `count` is the failures it covers; for
 * `automation.paused` it is the failures in a row that paused the rule.
 */
export async function notifyRuleFailure(trx: Executor, ctx: RunCtx, f: RuleFailure): Promise<void> {
  const link = ruleLink(f.rule.id);
  const kind = f.paused ? RULE_PAUSED : RULE_FAILED;
  const error = f.error.length > MAX_ERROR ? `${f.error.slice(0, MAX_ERROR - 1)}…` : f.error;
  for (const userId of await fixersOf(trx, f.createdBy)) {
    const latest = await trx
      .selectFrom('notifications')
      .select(['id', 'readAt', 'params'])
      .where('userId', '=', userId)
      .where('link', '=', link)
      .where('kind', 'in', [RULE_FAILED, RULE_PAUSED])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (latest && latest.readAt == null) {
      const before = fromJson<{ count?: number }>(latest.params) ?? {};
      const count = f.paused ? f.streak : (before.count ?? 1) + 1;
      await trx
        .updateTable('notifications')
        .set({
          kind,
          titleKey: `notifications.${kind}`,
          params: toJson({ rule: f.rule.name, ruleId: f.rule.id, error, count }),
        })
        .where('id', '=', latest.id)
        .execute();
      continue;
    }
    // Keyed by the notification it follows: two runs failing at once still add only one.
    await notify(
      trx,
      ctx as Pick<AppContext, 'clock' | 'config'>,
      userId,
      {
        kind,
        params: { rule: f.rule.name, ruleId: f.rule.id, error, count: f.paused ? f.streak : 1 },
        link,
        dedupeKey: `${RULE_FAILED}:${f.rule.id}:${userId}:${latest?.id ?? 'first'}`,
      },
      { email: ctx.config !== undefined },
    );
  }
}

/** The creator while active and allowed to manage automation; else all active users who are. */
async function fixersOf(trx: Executor, createdBy: string | null): Promise<string[]> {
  const roles = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(MANAGE_AUTOMATION));
  const active = trx.selectFrom('users').select('id').where('active', '=', 1).where('role', 'in', roles);
  if (createdBy) {
    const creator = await active.where('id', '=', createdBy).executeTakeFirst();
    if (creator) return [creator.id];
  }
  return (await active.orderBy('id').execute()).map((u) => u.id);
}
