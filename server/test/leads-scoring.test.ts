import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leadScoringConsumer } from '../src/modules/leads/lead-scoring.consumer.js';
import { decayScores } from '../src/modules/leads/score-decay.job.js';
import { systemActor } from '../src/platform/actor.js';
import { DAY } from '../src/platform/clock.js';
import { appendEvent } from '../src/platform/events/append-event.js';
import { as, createUser, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { drainConsumer } from './drain-consumer.js';

describeEachDialect('lead scoring and conversion', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload: object) => api({ method: 'POST', url, payload });
  const getLead = async (id: string) => (await api({ url: `/api/v1/leads/${id}` })).json();
  const pageView = (leadId: string, path: string) =>
    appendEvent(t.db, t.clock, systemActor, {
      type: 'site.page_viewed',
      entityType: 'lead',
      entityId: leadId,
      payload: { path },
    });

  it('scores field rules, event rules with decay via the consumer, and keeps history', async () => {
    const bad = await post('/api/v1/lead-scoring-rules', {
      kind: 'field',
      name: 'x',
      condition: { field: 'nope', op: 'eq', value: 1 },
      points: 5,
    });
    expect(bad.statusCode).toBe(400);
    // An empty tree would score every lead: refused, never saved as {"and": []}.
    for (const condition of [{ and: [] }, { or: [{ and: [] }] }]) {
      const empty = await post('/api/v1/lead-scoring-rules', {
        kind: 'field',
        name: 'x',
        condition,
        points: 5,
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().errors[0].path).toBe('condition');
    }
    const field = await post('/api/v1/lead-scoring-rules', {
      kind: 'field',
      name: 'Exhibition visitor',
      condition: { field: 'source', op: 'eq', value: 'exhibition' },
      points: 10,
    });
    expect(field.statusCode).toBe(201);
    await post('/api/v1/lead-scoring-rules', {
      kind: 'event',
      name: 'Pricing page',
      eventType: 'site.page_viewed',
      condition: { path: 'path', op: 'eq', value: '/pricing' },
      points: 20,
      halfLifeDays: 7,
    });
    const lead = (await post('/api/v1/leads', { firstName: 'Hot', source: 'exhibition' })).json();
    expect(lead.score).toBe(10);
    const cold = (await post('/api/v1/leads', { firstName: 'Cold', source: 'call' })).json();
    expect(cold.score).toBe(0);

    await pageView(lead.id, '/pricing');
    await pageView(lead.id, '/blog');
    await drainConsumer(t, leadScoringConsumer);
    expect((await getLead(lead.id)).score).toBe(30);
    await drainConsumer(t, leadScoringConsumer); // replay-safe: nothing new
    expect((await getLead(lead.id)).score).toBe(30);

    t.clock.advance(7 * DAY);
    const stats = await decayScores(t);
    expect(stats.changed).toBe(1);
    expect((await getLead(lead.id)).score).toBe(20); // 10 + 20 halved

    const history = (await api({ url: `/api/v1/leads/${lead.id}/score-history` })).json().data;
    expect(history.map((h: { score: number; reason: string }) => [h.score, h.reason])).toEqual([
      [10, 'created'],
      [30, 'site.page_viewed'],
      [20, 'decay'],
    ]);
    const changed = await t.db
      .selectFrom('events')
      .select('type')
      .where('type', '=', 'lead.score_changed')
      .where('entityId', '=', lead.id)
      .execute();
    expect(changed).toHaveLength(3);
  });

  it('converts to a new person with a deal; the lead history moves to the person timeline', async () => {
    const lead = (
      await post('/api/v1/leads', {
        firstName: 'Ilze',
        lastName: 'Kalna',
        email: 'ilze@x.lv',
        companyName: 'Kalna SIA',
      })
    ).json();
    const res = await post(`/api/v1/leads/${lead.id}/convert`, {
      createDeal: { title: 'First order', amount: 50_000, currency: 'EUR' },
    });
    expect(res.statusCode).toBe(200);
    const done = res.json();
    expect(done).toMatchObject({ status: 'converted' });
    expect(done.personId).toMatch(/^per_/);
    const deal = (await api({ url: `/api/v1/deals/${done.dealId}` })).json();
    expect(deal).toMatchObject({ personId: done.personId, amount: 50_000, title: 'First order' });
    expect(deal.companyId).toMatch(/^com_/);
    const types = (
      await t.db
        .selectFrom('events')
        .select('type')
        .where('personId', '=', done.personId)
        .orderBy('seq')
        .execute()
    ).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['lead.created', 'person.created', 'deal.created', 'lead.converted']),
    );
    const timeline = await api({ url: `/api/v1/people/${done.personId}/timeline` });
    expect(timeline.statusCode).toBe(200);
    expect(JSON.stringify(timeline.json())).toContain('lead.created');
    expect((await post(`/api/v1/leads/${lead.id}/convert`, {})).statusCode).toBe(409);
  });

  it('gives the person and deal of an unowned lead an owner: the one chosen, else the converting user', async () => {
    const agent = await createUser(t, admin, { email: 'owner@x.io', role: 'agent' });
    const unowned = async (email: string) =>
      (await post('/api/v1/leads', { firstName: 'Web', email, ownerId: null })).json();
    const a = await unowned('web1@x.lv');
    expect(a.ownerId).toBeNull();
    const byDefault = (
      await post(`/api/v1/leads/${a.id}/convert`, { createDeal: { title: 'Web deal', amount: 1 } })
    ).json();
    expect(byDefault.ownerId).toBe(admin.userId);
    const person = (await api({ url: `/api/v1/people/${byDefault.personId}` })).json();
    const deal = (await api({ url: `/api/v1/deals/${byDefault.dealId}` })).json();
    expect([person.ownerId, deal.ownerId]).toEqual([admin.userId, admin.userId]);

    const b = await unowned('web2@x.lv');
    const chosen = (
      await post(`/api/v1/leads/${b.id}/convert`, {
        ownerId: agent.id,
        createDeal: { title: 'Agent deal', amount: 1 },
      })
    ).json();
    expect(chosen.ownerId).toBe(agent.id);
    expect((await api({ url: `/api/v1/deals/${chosen.dealId}` })).json().ownerId).toBe(agent.id);
    expect((await api({ url: `/api/v1/people/${chosen.personId}` })).json().ownerId).toBe(agent.id);

    const c = await unowned('web3@x.lv');
    const bad = await post(`/api/v1/leads/${c.id}/convert`, { ownerId: 'usr_nope' });
    expect(bad.statusCode).toBe(400);
    expect((await getLead(c.id)).status).toBe('new');
  });

  it('dedups to an existing person by email and rolls back wholly on a bad deal', async () => {
    const person = (
      await post('/api/v1/people', { firstName: 'Old', emails: [{ email: 'old@x.lv', primary: true }] })
    ).json();
    const lead = (await post('/api/v1/leads', { firstName: 'Old', email: 'OLD@x.lv' })).json();
    const bad = await post(`/api/v1/leads/${lead.id}/convert`, {
      createDeal: { title: 'x', pipelineId: 'pip_nope' },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect((await getLead(lead.id)).status).toBe('new');
    const res = await post(`/api/v1/leads/${lead.id}/convert`, {});
    expect(res.json()).toMatchObject({ status: 'converted', personId: person.id, dealId: null });
    const people = await t.db
      .selectFrom('personEmails')
      .select('personId')
      .where('email', '=', 'old@x.lv')
      .execute();
    expect(people).toHaveLength(1);
  });
});
