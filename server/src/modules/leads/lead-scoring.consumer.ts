import type { Executor } from '../../db/database.js';
import type { EventConsumer } from '../../platform/events/run-consumer-batch.js';
import { applyScore } from './compute-score.js';
import { toLead } from './leads.repository.js';
import { listRules } from './scoring-rules.repository.js';

/** Leads an event concerns: the lead it is about, or the leads linked to its person. */
async function leadsOf(trx: Executor, e: { entityType: string; entityId: string; personId: string | null }) {
  if (e.entityType === 'lead') return [e.entityId];
  if (!e.personId) return [];
  const rows = await trx.selectFrom('leads').select('id').where('personId', '=', e.personId).execute();
  return rows.map((r) => r.id);
}

/**
 * Recomputes a lead's score when an event an event rule names arrives for the lead or its person.
 * Transactional, and idempotent anyway: a recompute reads the current state. Decay is measured to
 * the triggering event's time (consumers have no clock of their own); the daily decay job moves it on.
 */
export const leadScoringConsumer: EventConsumer = {
  name: 'leads.scoring',
  batchSize: 100,
  transactional: true,
  async handle(events, trx) {
    const db = trx!;
    const rules = await listRules(db, true);
    const types = new Set(rules.filter((r) => r.kind === 'event').map((r) => r.eventType));
    const touched = new Map<string, { at: number; type: string }>();
    for (const e of events) {
      if (e.type === 'lead.score_changed' || !types.has(e.type)) continue;
      for (const id of await leadsOf(db, e)) touched.set(id, { at: Number(e.occurredAt), type: e.type });
    }
    for (const [id, { at, type }] of touched) {
      const row = await db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
      if (row) await applyScore(db, toLead(row), at, type, rules);
    }
  },
};
