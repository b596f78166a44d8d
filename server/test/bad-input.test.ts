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
import { pricingApi } from './pricing-fixture.js';

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
  // The first tests need Rapport not set up yet; the owner is created once, by the first test that needs one.
  let admin: Session | undefined;
  const owner = async () => {
    admin ??= await setupAdmin(t);
    return admin;
  };

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
    const admin = await owner();
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

  it("names the kind of a domain rule's refusal too, with its values, and keeps the English sentence", async () => {
    const admin = await owner();
    const api = pricingApi(t, admin);
    const refusal = async (res: { statusCode: number; json(): { errors: unknown[] } }) => {
      expect(res.statusCode).toBe(400);
      return res.json().errors;
    };
    const deal = await api.deal({ amount: 100 });
    expect(await refusal(await api.post(`/api/v1/deals/${deal.id}/move`, { stageId: 'stg_lost' }))).toEqual([
      { path: 'lostReasonId', message: 'is required to move a deal to a lost stage', code: 'required' },
    ]);
    await api.patch('/api/v1/lost-reasons/lr_not_a_fit', { archived: true });
    const archived = { stageId: 'stg_lost', lostReasonId: 'lr_not_a_fit' };
    expect(await refusal(await api.post(`/api/v1/deals/${deal.id}/move`, archived))).toEqual([
      expect.objectContaining({
        code: 'not_available',
        params: { entity: 'lost_reason', id: 'lr_not_a_fit' },
      }),
    ]);
    const other = (
      await api.post('/api/v1/pipelines', {
        name: 'Partners',
        stages: [{ name: 'Talk', probability: 20, kind: 'open' }],
      })
    ).json();
    const cross = await api.post(`/api/v1/deals/${deal.id}/move`, { stageId: other.stages[0].id });
    expect(await refusal(cross)).toEqual([
      {
        path: 'stageId',
        message: `is not a stage of the deal's pipeline ${deal.pipelineId}`,
        code: 'not_in_pipeline',
        params: { pipelineId: deal.pipelineId },
      },
    ]);
    expect(await refusal(await api.post('/api/v1/deals', { title: 'X', personId: 'per_nope' }))).toEqual([
      {
        path: 'personId',
        message: 'person per_nope does not exist',
        code: 'not_found',
        params: { entity: 'person', id: 'per_nope' },
      },
    ]);

    // Deal lines: a free-text line of 10.00 × 2.
    const line = { name: 'Delivery', quantity: 2, unitPrice: 1000 };
    expect(await refusal(await api.line(deal.id, { ...line, discountAmount: 2001 }))).toEqual([
      expect.objectContaining({ path: 'discountAmount', code: 'exceeds_total', params: { maximum: 2000 } }),
    ]);
    expect(
      await refusal(await api.line(deal.id, { ...line, discountAmount: 1, discountPercent: 1 })),
    ).toEqual([
      expect.objectContaining({ code: 'mutually_exclusive', params: { other: 'discountPercent' } }),
    ]);
    const usd = await api.priceList({ name: 'Export', currency: 'USD' });
    const chair = await api.product('CH-1', 'Chair');
    await api.price(usd.id, { productId: chair.id, unitPrice: 5000 });
    const foreign = await api.line(deal.id, { productId: chair.id, priceListId: usd.id, quantity: 1 });
    expect(await refusal(foreign)).toEqual([
      {
        path: 'priceListId',
        message: 'price list "Export" is in USD; the deal is in EUR',
        code: 'currency_mismatch',
        params: { currency: 'USD', expected: 'EUR' },
      },
    ]);
    expect((await api.line(deal.id, line)).statusCode).toBe(201);
    expect(await refusal(await api.patch(`/api/v1/deals/${deal.id}`, { currency: 'USD' }))).toEqual([
      expect.objectContaining({ path: 'currency', code: 'locked_by_lines' }),
    ]);

    // Merging and tasks, in other modules.
    const company = (await api.post('/api/v1/companies', { name: 'Co' })).json();
    const person = (await api.post('/api/v1/people', { firstName: 'Anna' })).json();
    const merge = (survivorId: string, mergedId: string) =>
      api.post('/api/v1/companies/merge', { survivorId, mergedId });
    expect(await refusal(await merge(company.id, company.id))).toEqual([
      expect.objectContaining({ path: 'mergedId', code: 'self_merge' }),
    ]);
    expect(await refusal(await merge(company.id, person.id))).toEqual([
      expect.objectContaining({
        path: 'mergedId',
        code: 'wrong_entity',
        params: { entity: 'person', expected: 'company', id: person.id },
      }),
    ]);
    const task = await api.post('/api/v1/tasks', {
      title: 'Call',
      dueAt: 1,
      related: { companyId: 'cmp_nope' },
    });
    expect(await refusal(task)).toEqual([
      expect.objectContaining({
        path: 'related.companyId',
        message: 'no company with this id',
        code: 'not_found',
        params: { entity: 'company', id: 'cmp_nope' },
      }),
    ]);
  });

  it('refuses owners and user-type custom values that name no user, on people, companies and deals', async () => {
    const admin = await owner();
    const post = (url: string, payload: object) => as(t, admin, { method: 'POST', url, payload });
    for (const entity of ['person', 'company', 'deal'])
      expect(
        (
          await post('/api/v1/fields', {
            entity,
            key: 'account_manager',
            label: { en: 'Account manager' },
            type: 'user',
          })
        ).statusCode,
      ).toBe(201);
    const me = admin.userId;
    const nobody = { code: 'not_found', params: { entity: 'user', id: 'usr_nobody' } };
    const refused = async (url: string, payload: object, path: string) => {
      const res = await post(url, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path, ...nobody })]);
    };
    await refused('/api/v1/people', { firstName: 'A', ownerId: 'usr_nobody' }, 'ownerId');
    await refused(
      '/api/v1/people',
      { firstName: 'A', custom: { account_manager: 'usr_nobody' } },
      'custom.account_manager',
    );
    await refused('/api/v1/companies', { name: 'Acme', ownerId: 'usr_nobody' }, 'ownerId');
    await refused(
      '/api/v1/companies',
      { name: 'Acme', custom: { account_manager: 'usr_nobody' } },
      'custom.account_manager',
    );
    await refused(
      '/api/v1/deals',
      { title: 'Big', custom: { account_manager: 'usr_nobody' } },
      'custom.account_manager',
    );
    expect(await t.db.selectFrom('people').select('id').where('firstName', '=', 'A').execute()).toEqual([]);
    const person = await post('/api/v1/people', {
      firstName: 'A',
      ownerId: me,
      custom: { account_manager: me },
    });
    expect(person.statusCode).toBe(201);
    expect(person.json().custom.account_manager).toBe(me);
    const patch = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/people/${person.json().id}`,
      payload: { custom: { account_manager: 'usr_nobody' } },
    });
    expect(patch.statusCode).toBe(400);
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
