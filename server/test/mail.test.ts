import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { JobHandler } from '../src/platform/jobs/job-handler.js';
import { JobRunner } from '../src/platform/jobs/job-runner.js';
import { closeTransports } from '../src/platform/mail/mail-transport.js';
import { queueMail } from '../src/platform/mail/queue-mail.js';
import { sendMailJob } from '../src/platform/mail/send-mail.job.js';
import { as, createUser, setupAdmin } from './auth-helpers.js';
import { createTestApp, createTestContext, describeEachDialect, type TestContext } from './context.js';
import { startSmtpSink } from './smtp-sink.js';

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  closeTransports();
  await sink.close();
});

const runner = (t: TestContext) =>
  new JobRunner(t, [sendMailJob as JobHandler], { owner: 'test', schedules: false });
const outbox = (t: TestContext) => t.db.selectFrom('mailOutbox').selectAll().orderBy('createdAt').execute();

describeEachDialect('mail', (dialect) => {
  let t: TestContext;
  afterEach(() => t?.close());

  it('sends through a real SMTP server, once, and records the send in the outbox', async () => {
    t = await createTestContext(dialect, { SMTP_URL: sink.url, PUBLIC_URL: 'https://crm.example.com' });
    const before = sink.received.length;
    const key = `test:${dialect}:${Date.now()}`;
    await queueMail(t.db, t.clock, {
      to: 'olga@example.lv',
      subject: 'Sveiki — hello',
      text: 'Body line ✓',
      key,
    });
    await queueMail(t.db, t.clock, {
      to: 'olga@example.lv',
      subject: 'Sveiki — hello',
      text: 'Body line ✓',
      key,
    });
    const r = runner(t);
    await r.tick();
    await r.tick();
    const mine = sink.received.slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.to).toEqual(['olga@example.lv']);
    expect(mine[0]!.from).toBe('no-reply@crm.example.com');
    expect(mine[0]!.raw).toMatch(/^Subject: =\?UTF-8\?/m); // encoded non-ASCII subject
    expect(mine[0]!.raw).toMatch(/^To: olga@example\.lv/m);
    const rows = await outbox(t);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', transport: 'smtp', sentAt: t.clock.now() });
    expect(mine[0]!.raw).toContain(`Message-ID: <${rows[0]!.id}@crm.example.com>`);
    // The job running again (a duplicate delivery) finds the row sent and does not send again.
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('type', '=', 'mail.send')
      .executeTakeFirstOrThrow();
    const result = await sendMailJob.handle(
      { ...job, payload: { outboxId: rows[0]!.id } } as never,
      { ctx: t } as never,
    );
    expect(result).toMatchObject({ skipped: true });
    expect(sink.received.length - before).toBe(1);
  });

  it('decodes the subject and body the server received', async () => {
    t = await createTestContext(dialect, { SMTP_URL: sink.url });
    const before = sink.received.length;
    await queueMail(t.db, t.clock, {
      to: 'a@example.com',
      subject: 'Plain subject',
      text: 'Plain body text',
      key: `k2:${dialect}`,
    });
    await runner(t).tick();
    const raw = sink.received[before]!.raw;
    expect(raw).toMatch(/^Subject: Plain subject$/m);
    expect(raw).toContain('Plain body text');
  });

  it('keeps mail in the sandbox outbox without SMTP_URL', async () => {
    t = await createTestContext(dialect);
    const before = sink.received.length;
    await queueMail(t.db, t.clock, { to: 'x@example.com', subject: 'Hi', text: 'T', key: 'sandbox-1' });
    t.clock.advance(1000);
    await runner(t).tick();
    expect(await outbox(t)).toMatchObject([
      { to: 'x@example.com', status: 'sandbox', sentAt: t.clock.now() },
    ]);
    expect(sink.received.length).toBe(before);
  });

  it('retries a failed send and records the error', async () => {
    t = await createTestContext(dialect, { SMTP_URL: 'smtp://127.0.0.1:1' });
    await queueMail(t.db, t.clock, { to: 'x@example.com', subject: 'Hi', text: 'T', key: 'fail-1' });
    await runner(t).tick();
    const [row] = await outbox(t);
    expect(row).toMatchObject({ status: 'queued', sentAt: null });
    expect(row!.error).toBeTruthy();
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('type', '=', 'mail.send')
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
  });
});

describeEachDialect('mail outbox API', (dialect) => {
  it('lists the outbox for admins only', async () => {
    const t = await createTestApp(dialect);
    try {
      const admin = await setupAdmin(t);
      await createUser(t, admin, { email: 'agent@example.com', role: 'agent', password: 'password-123' });
      await queueMail(t.db, t.clock, { to: 'y@example.com', subject: 'S', text: 'T', key: 'api-1' });
      const res = await as(t, admin, { method: 'GET', url: '/api/v1/mail/outbox' });
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toMatchObject([{ to: 'y@example.com', subject: 'S', status: 'queued' }]);
      await queueMail(t.db, t.clock, { to: 'z@example.org', subject: 'Other', text: 'T', key: 'api-2' });
      const found = await as(t, admin, { method: 'GET', url: '/api/v1/mail/outbox?q=example.org' });
      expect(found.json().data.map((m: { to: string }) => m.to)).toEqual(['z@example.org']);
      const { login } = await import('./auth-helpers.js');
      const agent = await login(t, 'agent@example.com', 'password-123');
      expect((await as(t, agent, { method: 'GET', url: '/api/v1/mail/outbox' })).statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});
