import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DB } from '../src/db/database.js';
import { systemActor } from '../src/platform/actor.js';
import { appendEvent } from '../src/platform/events/append-event.js';
import { getConsumer } from '../src/platform/events/event-consumers.repository.js';
import type { EventRow } from '../src/platform/events/events.table.js';
import { readEventsAfter } from '../src/platform/events/read-events-after.js';
import {
  type ConsumerBatchResult,
  type EventConsumer,
  runConsumerBatch,
} from '../src/platform/events/run-consumer-batch.js';
import { createTestContext, describeEachDialect, reopen, type TestContext } from './context.js';

async function appendMany(t: TestContext, n: number, db: DB = t.db): Promise<void> {
  for (let i = 0; i < n; i++) {
    await appendEvent(db, t.clock, systemActor, {
      type: 'test.happened',
      entityType: 't',
      entityId: `e${i}`,
    });
  }
}

/**
 * Waits until consumers can see every event. On PostgreSQL an open transaction of any other session
 * on the server (other test files run in parallel) briefly holds back pg_snapshot_xmin.
 */
async function untilVisible(t: TestContext): Promise<void> {
  const last = await t.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirstOrThrow();
  for (let i = 0; i < 500; i++) {
    if ((await readEventsAfter(t.db, Number(last.max ?? 0) - 1, 1)).length === 1) return;
    await new Promise((res) => setTimeout(res, 10));
  }
  throw new Error('events never became visible');
}

/**
 * Runs batches until the consumer reports idle at `upTo`. On PostgreSQL another session's open
 * transaction (any database on the server) can briefly hold back visibility, so idle is retried.
 */
async function drain(t: TestContext, consumer: EventConsumer, upTo: number, owner = 'w1') {
  for (let i = 0; i < 500; i++) {
    const r: ConsumerBatchResult = await runConsumerBatch(t, consumer, { owner, random: () => 1 });
    if (r.status === 'idle' && r.position >= upTo) return;
    if (r.status === 'failed' || r.status === 'busy') throw new Error(`unexpected ${JSON.stringify(r)}`);
    if (r.status === 'idle') await new Promise((res) => setTimeout(res, 10));
  }
  throw new Error('consumer did not catch up');
}

describeEachDialect('event consumers', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    await t.db.schema
      .createTable('tally')
      .addColumn('k', 'text', (c) => c.primaryKey())
      .addColumn('n', 'integer', (c) => c.notNull())
      .execute();
  });
  afterEach(() => t.close());

  it('processes every event exactly once, in seq order, across batches', async () => {
    await appendMany(t, 250);
    const seen: number[] = [];
    const consumer: EventConsumer = {
      name: 'collect',
      batchSize: 100,
      handle: async (evs) => void seen.push(...evs.map((e) => e.seq)),
    };
    await drain(t, consumer, 250);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect((await getConsumer(t.db, 'collect'))?.position).toBe(250);
    await appendMany(t, 3);
    await drain(t, consumer, 253);
    expect(seen.slice(250)).toEqual([251, 252, 253]);
  });

  it('transactional mode: a crash mid-batch resumes from the checkpoint and applies each event once', async () => {
    await appendMany(t, 10);
    await untilVisible(t);
    let crash = true;
    const consumer: EventConsumer = {
      name: 'count',
      batchSize: 4,
      transactional: true,
      handle: async (evs, trx) => {
        for (const e of evs) {
          if (crash && e.seq === 6) throw new Error('boom at event 6');
          // Deliberately NOT idempotent: only the shared transaction keeps this exactly-once.
          await sql`insert into tally (k, n) values (${'total'}, 1)
            on conflict (k) do update set n = tally.n + 1`.execute(trx!);
          await sql`insert into tally (k, n) values (${e.id}, 1)
            on conflict (k) do update set n = tally.n + 1`.execute(trx!);
        }
      },
    };
    const ok = await runConsumerBatch(t, consumer, { owner: 'w1', random: () => 1 });
    expect(ok).toEqual({ status: 'processed', count: 4, position: 4 });
    // Second batch (5–8) applies event 5, then throws at 6: the whole batch rolls back.
    const failed = await runConsumerBatch(t, consumer, { owner: 'w1', random: () => 1 });
    expect(failed).toEqual({ status: 'failed', error: 'boom at event 6', retryAt: t.clock.now() + 1000 });
    const row = await getConsumer(t.db, 'count');
    expect(row).toMatchObject({ position: 4, attempts: 1, lastError: 'boom at event 6' });
    expect((await tally(t.db)).find((r) => r.k === 'total')?.n).toBe(4);
    // Backing off: nothing runs before retryAt.
    crash = false;
    expect(await runConsumerBatch(t, consumer, { owner: 'w1' })).toEqual({ status: 'busy' });
    t.clock.advance(1000);
    await drain(t, consumer, 10);
    const rows = await tally(t.db);
    expect(rows.find((r) => r.k === 'total')?.n).toBe(10);
    expect(rows.filter((r) => r.k !== 'total').every((r) => r.n === 1)).toBe(true);
    expect(await getConsumer(t.db, 'count')).toMatchObject({ position: 10, attempts: 0, lastError: null });
  });

  it('at-least-once mode: a crash redelivers the batch and an idempotent handler ends right', async () => {
    await appendMany(t, 8);
    await untilVisible(t);
    const deliveries: number[] = [];
    let crash = true;
    const consumer: EventConsumer = {
      name: 'mark',
      batchSize: 3,
      handle: async (evs) => {
        for (const e of evs) {
          deliveries.push(e.seq);
          await sql`insert into tally (k, n) values (${e.id}, ${e.seq}) on conflict (k) do nothing`.execute(
            t.db,
          );
          if (crash && e.seq === 5) throw new Error('crash after applying 5');
        }
      },
    };
    expect((await runConsumerBatch(t, consumer, { owner: 'w1', random: () => 0 })).status).toBe('processed');
    expect((await runConsumerBatch(t, consumer, { owner: 'w1', random: () => 0 })).status).toBe('failed');
    expect((await getConsumer(t.db, 'mark'))?.position).toBe(3);
    crash = false;
    t.clock.advance(1000);
    await drain(t, consumer, 8);
    // The failed batch (4–6) came again from the checkpoint (3), yet every event is applied once.
    expect(deliveries).toEqual([1, 2, 3, 4, 5, 4, 5, 6, 7, 8]);
    expect((await tally(t.db)).map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('two owners never hold the lease at once; an expired lease is taken over', async () => {
    const other = dialect === 'postgres' ? await reopen(t) : t.db;
    try {
      for (let round = 0; round < 10; round++) {
        await appendMany(t, 2);
        await untilVisible(t);
        const name = `race${round}`;
        let inside = 0;
        let overlap = false;
        const consumer: EventConsumer = {
          name,
          handle: async () => {
            inside++;
            if (inside > 1) overlap = true;
            await new Promise((r) => setTimeout(r, 5));
            inside--;
          },
        };
        const [a, b] = await Promise.all([
          runConsumerBatch(t, consumer, { owner: 'A' }),
          runConsumerBatch({ db: other, clock: t.clock }, consumer, { owner: 'B' }),
        ]);
        expect(overlap).toBe(false);
        expect([a.status, b.status].filter((s) => s === 'busy')).toHaveLength(1);
      }
      // Once A's lease is past, B takes over, and A is then shut out.
      const consumer: EventConsumer = { name: 'handover', handle: async () => {} };
      expect((await runConsumerBatch(t, consumer, { owner: 'A', leaseMs: 1000 })).status).not.toBe('busy');
      expect(await runConsumerBatch(t, consumer, { owner: 'B' })).toEqual({ status: 'busy' });
      t.clock.advance(1000);
      expect((await runConsumerBatch(t, consumer, { owner: 'B' })).status).not.toBe('busy');
      expect(await runConsumerBatch(t, consumer, { owner: 'A' })).toEqual({ status: 'busy' });
    } finally {
      if (other !== t.db) await other.destroy();
    }
  });

  if (dialect === 'postgres') {
    it('does not skip an event from a transaction still open when a later seq commits', async () => {
      const other = await reopen(t);
      const open = await other.startTransaction().execute();
      try {
        await appendEvent(open, t.clock, systemActor, { type: 'slow', entityType: 't', entityId: 'slow' });
        await appendMany(t, 1); // seq 2, committed while seq 1 is still open
        const seen: EventRow[] = [];
        const consumer: EventConsumer = { name: 'xmin', handle: async (evs) => void seen.push(...evs) };
        const before = await runConsumerBatch(t, consumer, { owner: 'w1' });
        expect(before).toEqual({ status: 'idle', position: 0 });
        expect(await readEventsAfter(t.db, 0, 10)).toEqual([]);
        await open.commit().execute();
        await drain(t, consumer, 2);
        expect(seen.map((e) => [e.seq, e.type])).toEqual([
          [1, 'slow'],
          [2, 'test.happened'],
        ]);
      } finally {
        if (!open.isCommitted) await open.rollback().execute();
        await other.destroy();
      }
    });
  }
});

async function tally(db: DB): Promise<{ k: string; n: number }[]> {
  const res = await sql<{ k: string; n: number }>`select k, n from tally order by n, k`.execute(db);
  return res.rows;
}
