import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { dialectOf } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import { systemActor } from '../../platform/actor.js';
import { DAY } from '../../platform/clock.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { compileFilter } from '../../platform/lists/compile-filter.js';
import type { FilterNode } from '../../platform/lists/filter-tree.js';
import type { Lead, PayloadCondition } from './leads.schemas.js';
import { leadsRegistry } from './list-leads.js';
import { listRules, payloadMatches, type ScoringRule } from './scoring-rules.repository.js';

/** Points of one event `ageMs` old: halved every halfLifeDays (no half-life = no decay). */
export function decayed(points: number, ageMs: number, halfLifeDays: number | null): number {
  if (!halfLifeDays) return points;
  return points * 0.5 ** (Math.max(0, ageMs) / (halfLifeDays * DAY));
}

/**
 * A lead's score at `now`: the points of every field rule its row meets, plus the decayed points of
 * every event (on the lead, or on its person once linked) an event rule matches. Rounded.
 */
export async function computeScore(db: Executor, lead: Lead, now: number, rules?: ScoringRule[]) {
  const all = rules ?? (await listRules(db, true));
  let score = 0;
  const clock = { now: () => now };
  for (const rule of all.filter((r) => r.kind === 'field' && r.condition)) {
    const where = compileFilter(rule.condition as FilterNode, leadsRegistry(), clock, dialectOf(db));
    const hit = await db
      .selectFrom('leads')
      .select('id')
      .where('id', '=', lead.id)
      .where(where)
      .executeTakeFirst();
    if (hit) score += rule.points;
  }
  const eventRules = all.filter((r) => r.kind === 'event' && r.eventType);
  if (eventRules.length) {
    const types = [...new Set(eventRules.map((r) => r.eventType as string))];
    const events = await db
      .selectFrom('events')
      .select(['type', 'payload', 'occurredAt'])
      .where('type', 'in', types)
      .where('occurredAt', '<=', now)
      .where((eb) =>
        eb.or([
          eb.and([eb('entityType', '=', 'lead'), eb('entityId', '=', lead.id)]),
          ...(lead.personId ? [eb('personId', '=', lead.personId)] : []),
        ]),
      )
      .execute();
    for (const e of events) {
      const payload = fromJson(e.payload);
      for (const r of eventRules) {
        if (r.eventType !== e.type || !payloadMatches(payload, r.condition as PayloadCondition | null))
          continue;
        score += decayed(r.points, now - Number(e.occurredAt), r.halfLifeDays);
      }
    }
  }
  return Math.round(score);
}

/**
 * Recomputes and stores a lead's score; when it changed, writes a history row and `lead.score_changed`
 * (on the person's timeline once linked). Returns the new score.
 */
export async function applyScore(
  db: Executor,
  lead: Lead,
  now: number,
  reason: string,
  rules?: ScoringRule[],
) {
  const score = await computeScore(db, lead, now, rules);
  if (score === lead.score) return score;
  await db
    .updateTable('leads')
    .set({ score, version: sql`version + 1` as unknown as number, updatedAt: now })
    .where('id', '=', lead.id)
    .execute();
  await db
    .insertInto('leadScoreHistory')
    .values({ id: newId('lsh'), leadId: lead.id, at: now, score, reason })
    .execute();
  await appendEvent(db, { now: () => now }, systemActor, {
    type: 'lead.score_changed',
    entityType: 'lead',
    entityId: lead.id,
    personId: lead.personId,
    payload: { from: lead.score, to: score, reason },
  });
  return score;
}
