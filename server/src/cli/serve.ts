import { buildApp } from '../app.js';
import { createContext } from '../bootstrap.js';
import type { Config } from '../config.js';
import { startWorkers, type Workers } from '../platform/workers.js';
import { eventConsumers, jobHandlers, jobSchedulesFor } from '../worker-registry.js';

/** `rapport serve`: migrate, then listen and run the background workers; stops cleanly on SIGINT/SIGTERM. */
export async function serve(config: Config): Promise<void> {
  const ctx = await createContext(config);
  const app = await buildApp(ctx);
  let workers: Workers | undefined;
  const stop = async () => {
    // Workers first: they finish their batch and release leases while the database is still open.
    await workers?.stop();
    await app.close();
    await ctx.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  if (config.workers) {
    workers = await startWorkers(ctx, {
      jobHandlers,
      consumers: eventConsumers,
      schedules: jobSchedulesFor(config),
      log: app.log,
    });
    app.log.info(`Background workers started as ${workers.owner}`);
  }
  app.log.info(`Rapport is running at ${config.publicUrl} (${ctx.dialect})`);
}
