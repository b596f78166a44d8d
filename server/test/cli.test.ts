import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminCreate, apiKeyCreate } from '../src/cli/admin.js';
import { as, login } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('cli: admin create, apikey create', (dialect) => {
  let t: TestApp;
  let lines: string[];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    lines = [];
  });
  afterEach(() => t.close());
  const out = (l: string) => lines.push(l);

  it('creates an admin before setup, and another one after', async () => {
    await adminCreate(t, { email: 'Root@x.io', password: 'password-1' }, out);
    expect(lines[0]).toMatch(/^Created admin root@x.io \(usr_/);
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needsSetup: false });
    const s = await login(t, 'root@x.io', 'password-1');
    expect((await as(t, s, { url: '/api/v1/auth/session' })).json().user).toMatchObject({
      role: 'admin',
      name: 'Root',
    });
    await adminCreate(t, { email: 'second@x.io', password: 'password-2', name: 'Second' }, out);
    const users = (await as(t, s, { url: '/api/v1/users' })).json().data;
    expect(users.map((u: { role: string }) => u.role)).toEqual(['admin', 'admin']);
    await expect(adminCreate(t, { email: 'root@x.io', password: 'password-1' }, out)).rejects.toThrow(
      /exists/,
    );
    await expect(adminCreate(t, { email: 'x@x.io', password: 'short' }, out)).rejects.toThrow(/--password/);
  });

  it('prints an API key once that then authenticates', async () => {
    await apiKeyCreate(t, { name: 'Import', role: 'viewer' }, out);
    const key = lines[1]!;
    expect(key).toMatch(/^rk_/);
    expect((await as(t, key, { url: '/api/v1/users' })).statusCode).toBe(200);
    expect(
      (await as(t, key, { method: 'POST', url: '/api/v1/teams', payload: { name: 'x' } })).statusCode,
    ).toBe(403);
    await expect(apiKeyCreate(t, { name: 'x', role: 'root' }, out)).rejects.toThrow(/--role/);
  });
});

describe('cli process', () => {
  it('prints one line and exits 1 on bad input', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-cli-'));
    const run = promisify(execFile);
    const { DATABASE_URL: _ignored, ...env } = process.env;
    try {
      await run(
        process.execPath,
        ['--import', 'tsx', 'src/main.ts', 'admin', 'create', '--email', 'nope', '--password', 'x'],
        {
          cwd: path.resolve(import.meta.dirname, '..'),
          env: { ...env, RAPPORT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
        },
      );
      expect.unreachable('should exit 1');
    } catch (err) {
      const e = err as { code: number; stderr: string };
      expect(e.code).toBe(1);
      expect(e.stderr.trim().split('\n')).toEqual(['rapport: --email: Invalid email address']);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
