import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { dialectOf, openDatabase, SERVING_SQLITE_CACHE_MB } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { type Clock, systemClock } from './platform/clock.js';
import { resolveSecret } from './platform/secret.js';

/** Opens the database, brings its schema up to date and assembles the context. */
export async function createContext(config: Config, clock: Clock = systemClock): Promise<AppContext> {
  const db = await openDatabase(config.databaseUrl, { sqliteCacheMb: SERVING_SQLITE_CACHE_MB });
  await migrateToLatest(db);
  return {
    config,
    db,
    dialect: dialectOf(db),
    clock,
    secret: resolveSecret(config.secret, config.dataDir),
  };
}
