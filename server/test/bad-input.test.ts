import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { as, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '..');

/** Runs the CLI as a user would; returns its exit code and output. */
async function cli(args: string[], env: NodeJS.ProcessEnv) {
  const { DATABASE_URL: _d, ...base } = process.env;
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: serverDir,
      env: { ...base, LOG_LEVEL: 'silent', ...env },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describeEachDialect('bad input over HTTP', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 invalid_json and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'invalid_json', status: 400 });
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needsSetup: true });
  });

  it('answers wrong types and unknown fields with 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { email: 'a@b.c', password: 12345678, name: 'A', colour: 'red' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths.some((p: string) => p.includes('password'))).toBe(true);
    expect(res.json().detail).toMatch(/colour/);
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needsSetup: true });
  });

  it('names the kind of each field problem (code and limit) so clients can word it in their language', async () => {
    const admin: Session = await setupAdmin(t);
    const post = async (url: string, payload: object) =>
      (await as(t, admin, { method: 'POST', url, payload })).json().errors;
    expect(await post('/api/v1/people', { firstName: 'x'.repeat(201) })).toEqual([
      expect.objectContaining({ path: 'body.firstName', code: 'too_long', params: { maximum: 200 } }),
    ]);
    expect(await post('/api/v1/people', { firstName: 'A', phones: [{ phone: '12' }] })).toEqual([
      expect.objectContaining({ code: 'invalid_phone', message: 'is not a valid phone number' }),
    ]);
    expect(await post('/api/v1/tasks', { type: 'todo' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.title', code: 'required' })]),
    );
    expect(await post('/api/v1/tasks', { title: ' ', type: 'todo' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.title', code: 'required' })]),
    );
  });

  it('answers an oversize body with 413 payload_too_large', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
  });
});

describe('bad input on the command line', () => {
  it('refuses a DATABASE_URL that cannot connect, in one line, exit 1', async () => {
    const r = await cli(['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^rapport: Cannot connect to the database \(postgres:\/\/nobody@127\.0\.0\.1:1\/none\)/,
    );
  });

  it('refuses a bad variable naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ RAPPORT_SECRET: 'short' })).toThrow(/RAPPORT_SECRET/);
  });

  it('backs up a live SQLite database into a consistent copy', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-backup-'));
    try {
      const env = { RAPPORT_DATA_DIR: dataDir };
      expect((await cli(['migrate'], env)).code).toBe(0);
      const created = await cli(['admin', 'create', '--email', 'b@x.io', '--password', 'password-1'], env);
      expect(created.code).toBe(0);
      const target = path.join(dataDir, 'copy.sqlite');
      const r = await cli(['backup', target], env);
      expect(r.code).toBe(0);
      const copy = new SQLite(target, { readonly: true });
      const row = copy.prepare('select email from users').get() as { email: string };
      copy.close();
      expect(row.email).toBe('b@x.io');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
