import type { EventConsumer } from '../src/platform/events/run-consumer-batch.js';
import { runConsumerBatch } from '../src/platform/events/run-consumer-batch.js';
import type { TestContext } from './context.js';

/**
 * Runs a consumer until it has handled every event written so far. On PostgreSQL an open
 * transaction of another session on the server (parallel test files, other schemas) briefly holds
 * back pg_snapshot_xmin, so "idle" below the last seq is retried rather than trusted.
 */
export async function drainConsumer(t: TestContext, consumer: EventConsumer): Promise<void> {
  const last = await t.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirstOrThrow();
  const upTo = Number(last.max ?? 0);
  for (let i = 0; i < 1000; i++) {
    const r = await runConsumerBatch(t, consumer, { owner: 'test', random: () => 1 });
    if (r.status === 'idle' && r.position >= upTo) return;
    if (r.status === 'failed' || r.status === 'busy') throw new Error(`unexpected ${JSON.stringify(r)}`);
    if (r.status === 'idle') await new Promise((res) => setTimeout(res, 10));
  }
  throw new Error('consumer did not catch up');
}
