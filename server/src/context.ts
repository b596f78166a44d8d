import type { Config } from './config.js';
import type { DB, Dialect } from './db/database.js';
import type { Clock } from './platform/clock.js';

/** What every route, use case and worker gets: built once in `main.ts`, or per test. */
export interface AppContext {
  readonly config: Config;
  readonly db: DB;
  readonly dialect: Dialect;
  readonly clock: Clock;
  /** Signs session cookies and public links; from RAPPORT_SECRET or the data directory. */
  readonly secret: string;
}
