import type { DB } from '../../db/database.js';
import type { RandomSource } from '../backoff.js';
import type { Clock } from '../clock.js';
import { releaseConsumerLease } from './event-consumers.repository.js';
import { type ConsumerBatchResult, type EventConsumer, runConsumerBatch } from './run-consumer-batch.js';

export interface ConsumerRunnerOptions {
  owner: string;
  /** Wait between rounds when nothing was processed (ms of real time). */
  pollMs?: number;
  leaseMs?: number;
  random?: RandomSource;
  onError?: (consumer: string, error: unknown) => void;
}

/**
 * Runs a set of consumers: `tick()` gives each one batch (tests call it directly); `start()` loops
 * with `setTimeout`, immediately again while there is a backlog, else after `pollMs`.
 */
export class ConsumerRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly ctx: { db: DB; clock: Clock },
    private readonly consumers: EventConsumer[],
    private readonly opts: ConsumerRunnerOptions,
  ) {}

  /** One batch per consumer; returns each consumer's result by name. */
  async tick(): Promise<Record<string, ConsumerBatchResult>> {
    const results: Record<string, ConsumerBatchResult> = {};
    for (const consumer of this.consumers) {
      try {
        const result = await runConsumerBatch(this.ctx, consumer, this.opts);
        if (result.status === 'failed') this.opts.onError?.(consumer.name, new Error(result.error));
        results[consumer.name] = result;
      } catch (err) {
        // The database itself failed (not the handler): try again next round.
        this.opts.onError?.(consumer.name, err);
        results[consumer.name] = { status: 'busy' };
      }
    }
    return results;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the loop, waits for the batch in flight, and releases the leases for a quick takeover. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    for (const c of this.consumers) {
      await releaseConsumerLease(this.ctx.db, c.name, this.opts.owner).catch(() => {});
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch(() => ({}) as Record<string, ConsumerBatchResult>)
        .then((results) => {
          const backlog = Object.entries(results).some(([name, r]) => {
            const size = this.consumers.find((c) => c.name === name)?.batchSize ?? 100;
            return r.status === 'processed' && r.count >= size;
          });
          this.schedule(backlog ? 0 : (this.opts.pollMs ?? 1000));
        });
    }, ms);
  }
}
