import { buildApp } from '../app.js';
import { createContext } from '../bootstrap.js';
import type { Config } from '../config.js';

/** `rapport serve`: migrate, then listen; stops cleanly on SIGINT/SIGTERM. */
export async function serve(config: Config): Promise<void> {
  const ctx = await createContext(config);
  const app = await buildApp(ctx);
  const stop = async () => {
    await app.close();
    await ctx.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Rapport is running at ${config.publicUrl} (${ctx.dialect})`);
}
