import type { AppContext } from '../../context.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { validateFilter } from '../../platform/lists/validate-filter.js';
import type { ScoringRuleInput } from './leads.schemas.js';
import { leadsRegistry } from './list-leads.js';
import { type ScoringRule, toRule } from './scoring-rules.repository.js';

const isEmptyTree = (n: unknown): boolean => {
  if (!n || typeof n !== 'object') return true;
  const o = n as { and?: unknown[]; or?: unknown[]; field?: unknown; not?: unknown };
  if (o.field !== undefined || o.not !== undefined) return false;
  const children = o.and ?? o.or;
  return !children || children.every(isEmptyTree);
};

/**
 * Creates (id null) or replaces a scoring rule. Field conditions are validated against the lead
 * registry (a 400 names `condition.<path>`; an empty tree, which would match every lead, is a 400 on
 * `condition`). Scores follow on the next event or the daily decay run.
 */
export async function saveScoringRule(
  ctx: AppContext,
  actor: Actor,
  id: string | null,
  input: ScoringRuleInput,
): Promise<ScoringRule> {
  if (input.kind === 'field' && isEmptyTree(input.condition)) {
    // An empty tree matches every lead: almost always a condition lost on the way, never saved silently.
    throw validationError('condition', 'needs at least one condition', 'no_condition');
  }
  const condition =
    input.kind === 'field'
      ? validateFilter(input.condition, leadsRegistry(), 'condition')
      : (input.condition ?? null);
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const before = id
      ? await trx.selectFrom('leadScoringRules').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
    if (id && !before) throw notFound('Scoring rule', id);
    const row = {
      name: input.name,
      kind: input.kind,
      condition: condition == null ? null : toJson(condition),
      eventType: input.kind === 'event' ? input.eventType : null,
      points: input.points,
      halfLifeDays: input.kind === 'event' ? (input.halfLifeDays ?? null) : null,
      enabled: input.enabled ? 1 : 0,
      updatedAt: now,
    };
    const ruleId = id ?? newId('lsr');
    if (before) await trx.updateTable('leadScoringRules').set(row).where('id', '=', ruleId).execute();
    else
      await trx
        .insertInto('leadScoringRules')
        .values({ ...row, id: ruleId, createdAt: now })
        .execute();
    const after = toRule(
      await trx.selectFrom('leadScoringRules').selectAll().where('id', '=', ruleId).executeTakeFirstOrThrow(),
    );
    await appendEvent(trx, ctx.clock, actor, {
      type: before ? 'lead_scoring_rule.updated' : 'lead_scoring_rule.created',
      entityType: 'lead_scoring_rule',
      entityId: ruleId,
      payload: { name: after.name, kind: after.kind, points: after.points },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'lead_scoring_rule',
      entityId: ruleId,
      action: before ? 'update' : 'create',
      before: before ? toRule(before) : null,
      after,
    });
    return after;
  });
}
