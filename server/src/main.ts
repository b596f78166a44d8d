#!/usr/bin/env node
import { createRequire } from 'node:module';
import { Command } from 'commander';
import { createContext } from './bootstrap.js';
import { adminCreate, apiKeyCreate } from './cli/admin.js';
import { backup } from './cli/backup.js';
import { importCsv } from './cli/import.js';
import { serve } from './cli/serve.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import type { AppContext } from './context.js';
import { DatabaseUnavailableError, openDatabase } from './db/database.js';
import { MigrationError, migrateToLatest } from './db/migrate.js';
import { AppError } from './platform/errors.js';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** Runs a command; expected failures print one line and exit 1, never a stack trace. */
function run(action: (config: Config, ...args: any[]) => Promise<void>) {
  return async (...args: any[]) => {
    try {
      await action(loadConfig(), ...args);
    } catch (err) {
      const known = [ConfigError, DatabaseUnavailableError, MigrationError, AppError].some(
        (t) => err instanceof t,
      );
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`rapport: ${known ? message : ((err as Error).stack ?? message)}\n`);
      process.exit(1);
    }
  };
}

const program = new Command()
  .name('rapport')
  .description('Rapport CRM: server and administration commands')
  .version(version, '-v, --version');

program
  .command('serve')
  .description('run the web app, the API and the background workers')
  .action(run((config) => serve(config)));

program
  .command('migrate')
  .description('bring the database schema up to date (serve does this too)')
  .action(
    run(async (config) => {
      const db = await openDatabase(config.databaseUrl);
      try {
        const applied = await migrateToLatest(db);
        console.log(
          applied.length
            ? `Applied ${applied.length} migrations:\n  ${applied.join('\n  ')}`
            : 'Schema is up to date',
        );
      } finally {
        await db.destroy();
      }
    }),
  );

program
  .command('backup')
  .description('write a consistent copy of the SQLite database to <file> (advice for PostgreSQL)')
  .argument('<file>', 'target file')
  .action(run((config, file: string) => backup(config, file, (l) => console.log(l))));

/** Opens the database (migrating it) for one administrative command, and closes it after. */
async function withContext(config: Config, action: (ctx: AppContext) => Promise<void>): Promise<void> {
  const ctx = await createContext(config);
  try {
    await action(ctx);
  } finally {
    await ctx.db.destroy();
  }
}

const admin = program.command('admin').description('manage administrators');
admin
  .command('create')
  .description('create an admin user (works before the first-run setup, and after it)')
  .requiredOption('--email <email>', 'email address to sign in with')
  .requiredOption('--password <password>', 'password (at least 8 characters)')
  .option('--name <name>', 'display name (default: the part of the email before @)')
  .action(
    run((config, opts: { email: string; password: string; name?: string }) =>
      withContext(config, (ctx) => adminCreate(ctx, opts, (l) => console.log(l))),
    ),
  );

const apikey = program.command('apikey').description('manage API keys');
apikey
  .command('create')
  .description('create an API key and print it once (only its hash is stored)')
  .requiredOption('--name <name>', 'what the key is for')
  .option('--role <role>', 'admin, supervisor, manager, marketer, agent or viewer', 'admin')
  .action(
    run((config, opts: { name: string; role: string }) =>
      withContext(config, (ctx) => apiKeyCreate(ctx, opts, (l) => console.log(l))),
    ),
  );

program
  .command('import')
  .description('import people, companies or order lines from a CSV file (known headers map themselves)')
  .argument('<entity>', 'people, companies or orders')
  .argument('<file>', 'CSV file with a header row')
  .option('--map <pairs>', 'column mapping, e.g. "Work Email=email,Score=custom.score,Notes=-" (- ignores)')
  .option('--dry-run', 'validate and match every row, write nothing')
  .addHelpText(
    'after',
    '\nRows match existing records by external id, then email, then phone; re-importing a file changes nothing.\n' +
      'Bad rows are listed with line number, column and reason.',
  )
  .action(
    run((config, entity: string, file: string, opts: { map?: string; dryRun?: boolean }) =>
      importCsv(config, entity, file, opts),
    ),
  );

program
  .command('version')
  .description('print the version')
  .action(() => console.log(version));

await program.parseAsync(process.argv);
