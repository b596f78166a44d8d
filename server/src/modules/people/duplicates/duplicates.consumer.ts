import type { EventConsumer } from '../../../platform/events/run-consumer-batch.js';
import { detectDuplicates } from './detect-duplicates.js';

/** Events after which a person's duplicate candidates may have changed. */
const TRIGGERS = new Set(['person.created', 'person.updated', 'person.merged', 'person.company_linked']);

/**
 * Keeps the duplicates queue current: recomputes the pairs of each person an event touched.
 * Transactional (all effects are rows here), and idempotent anyway: a recompute reads the current
 * state, so replaying an event changes nothing. A person touched twice in a batch is done once;
 * pair times are the event's time (consumers have no clock of their own).
 */
export const duplicatesConsumer: EventConsumer = {
  name: 'people.duplicates',
  batchSize: 100,
  transactional: true,
  async handle(events, trx) {
    const people = new Map<string, number>();
    for (const e of events) {
      if (TRIGGERS.has(e.type) && e.personId) people.set(e.personId, e.occurredAt);
    }
    for (const [id, at] of people) await detectDuplicates(trx!, at, id);
  },
};
