import path from 'node:path';
import { z } from 'zod';

/** Environment variables Rapport reads, parsed once at start. Unknown variables are ignored. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres://, postgresql:// or sqlite:')
    .optional(),
  RAPPORT_DATA_DIR: z.string().min(1).default('./data'),
  RAPPORT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RAPPORT_WORKERS: z.enum(['on', 'off']).default('on'),
  RAPPORT_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  /** Cron of the overdue-task scan (default every 5 minutes); the browser test uses seconds. */
  RAPPORT_OVERDUE_SCAN_CRON: z.string().min(9).max(100).optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** `sqlite:<file>` or a postgres URL; defaults to `<dataDir>/rapport.sqlite`. */
  readonly databaseUrl: string;
  readonly dataDir: string;
  /** Signs sessions and links. Generated and kept in the data directory when not given. */
  readonly secret: string | undefined;
  readonly publicUrl: string;
  readonly smtpUrl: string | undefined;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly workers: boolean;
  /** Believe X-Forwarded-For (only behind a reverse proxy; otherwise clients could fake their IP). */
  readonly trustProxy: boolean;
  readonly overdueScanCron: string | undefined;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.RAPPORT_DATA_DIR);
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'rapport.sqlite')}`,
    dataDir,
    secret: e.RAPPORT_SECRET,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    logLevel: e.LOG_LEVEL,
    workers: e.RAPPORT_WORKERS === 'on',
    trustProxy: e.RAPPORT_TRUST_PROXY === 'on',
    overdueScanCron: e.RAPPORT_OVERDUE_SCAN_CRON,
  });
}
