import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Config } from '../config.js';

/**
 * `rapport backup <file>`: a consistent online copy of the SQLite database (safe while Rapport runs,
 * through SQLite's backup API). PostgreSQL has its own tools, so there we say which.
 */
export async function backup(config: Config, target: string, out: (line: string) => void): Promise<void> {
  if (!config.databaseUrl.startsWith('sqlite:')) {
    out('Rapport is on PostgreSQL: back it up with pg_dump, for example');
    out(`  pg_dump --format=custom --file=${target} "$DATABASE_URL"`);
    out('and restore with pg_restore --clean --dbname "$DATABASE_URL" <file>.');
    return;
  }
  const source = config.databaseUrl.slice('sqlite:'.length);
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    const started = Date.now();
    await db.backup(path.resolve(target));
    out(`Backed up ${source} to ${path.resolve(target)} in ${Date.now() - started} ms`);
  } finally {
    db.close();
  }
}
