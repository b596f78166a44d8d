import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * RAPPORT_SECRET when set; otherwise a random secret kept in `<dataDir>/secret` so sessions and
 * signed links survive restarts of a default install.
 */
export function resolveSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
