import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('saved views', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let ann: Session; // team A
  let bob: Session; // team A
  let cid: Session; // team B
  let viewer: Session; // team B, read-only role
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    const team = async (name: string) =>
      (await as(t, admin, { method: 'POST', url: '/api/v1/teams', payload: { name } })).json().id as string;
    const [a, b] = [await team('A'), await team('B')];
    const user = async (email: string, role: string, teamIds: string[]) => {
      await createUser(t, admin, { email, role, teamIds });
      return login(t, email, 'password-123');
    };
    ann = await user('ann@x.io', 'agent', [a]);
    bob = await user('bob@x.io', 'manager', [a]);
    cid = await user('cid@x.io', 'agent', [b]);
    viewer = await user('vic@x.io', 'viewer', [b]);
  });
  afterAll(() => t.close());

  const call = (who: Session, opts: InjectOptions) => as(t, who, opts);
  const create = (who: Session, payload: object) =>
    call(who, { method: 'POST', url: '/api/v1/views', payload });
  const names = async (who: Session, query = '') =>
    (await call(who, { url: `/api/v1/views${query}` })).json().data.map((v: { name: string }) => v.name);

  it('saves a view with filter, sort and columns, and validates them against the entity', async () => {
    const filter = {
      and: [
        { field: 'city', op: 'eq', value: 'Riga' },
        { field: 'tags', op: 'in', value: ['vip'] },
      ],
    };
    const res = await create(ann, {
      name: 'Riga VIPs',
      entity: 'person',
      filter,
      sort: '-createdAt',
      columns: ['firstName', 'email', 'email'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Riga VIPs',
      entity: 'person',
      filter,
      sort: '-createdAt',
      columns: ['firstName', 'email'],
      shared: false,
      ownerId: ann.userId,
    });
    const got = await call(ann, { url: `/api/v1/views/${res.json().id}` });
    expect(got.json().filter).toEqual(filter);

    const bad = await create(ann, {
      name: 'x',
      entity: 'person',
      filter: { field: 'nope', op: 'eq', value: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_filter', errors: [{ path: 'filter.field' }] });
    // A company field is not a person field.
    const wrong = await create(ann, {
      name: 'x',
      entity: 'person',
      filter: { field: 'industry', op: 'eq', value: 'IT' },
    });
    expect(wrong.json().code).toBe('invalid_filter');
    expect(
      (
        await create(ann, {
          name: 'x',
          entity: 'company',
          filter: { field: 'industry', op: 'eq', value: 'IT' },
        })
      ).statusCode,
    ).toBe(201);
    const badSort = await create(ann, { name: 'x', entity: 'person', sort: 'shoeSize' });
    expect(badSort.statusCode).toBe(400);
    expect((await create(ann, { name: 'x', entity: 'deal' })).statusCode).toBe(400);
    expect((await create(ann, { name: 'x', entity: 'person', extra: 1 })).statusCode).toBe(400);
  });

  it('shows own views and views shared within the owner’s teams only', async () => {
    await create(bob, { name: 'Bob private', entity: 'person' });
    await create(bob, { name: 'Bob shared', entity: 'person', shared: true });
    await create(cid, { name: 'Cid shared', entity: 'person', shared: true });
    expect(await names(ann)).toEqual(expect.arrayContaining(['Bob shared', 'Riga VIPs']));
    expect(await names(ann)).not.toContain('Bob private');
    expect(await names(ann)).not.toContain('Cid shared');
    expect(await names(bob)).toEqual(['Bob private', 'Bob shared']);
    expect(await names(cid)).toEqual(['Cid shared']);
    expect(await names(viewer)).toEqual(['Cid shared']);
    expect(await names(admin)).toEqual([]);
    expect(await names(ann, '?entity=company')).toEqual(['x']);
  });

  it('lets only the owner or an admin change or delete a view', async () => {
    const shared = (await call(ann, { url: '/api/v1/views' }))
      .json()
      .data.find((v: { name: string }) => v.name === 'Bob shared');
    const patch = (who: Session, payload: object) =>
      call(who, { method: 'PATCH', url: `/api/v1/views/${shared.id}`, payload });
    expect((await patch(ann, { name: 'mine now' })).statusCode).toBe(403);
    expect((await call(ann, { method: 'DELETE', url: `/api/v1/views/${shared.id}` })).statusCode).toBe(403);
    // Not visible at all to team B.
    expect((await patch(cid, { name: 'x' })).statusCode).toBe(404);
    expect((await call(cid, { url: `/api/v1/views/${shared.id}` })).statusCode).toBe(404);
    const ok = await patch(bob, {
      name: 'Bob team',
      filter: { field: 'lastName', op: 'startsWith', value: 'O' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Bob team', shared: true, filter: { field: 'lastName' } });
    expect((await patch(bob, { filter: { field: 'lastName', op: 'gt', value: 'O' } })).json().code).toBe(
      'invalid_filter',
    );
    expect((await patch(bob, { shared: false })).json().shared).toBe(false);
    expect(await names(ann)).not.toContain('Bob team');
    expect((await patch(admin, { name: 'Renamed by admin' })).statusCode).toBe(200);
    expect((await call(admin, { method: 'DELETE', url: `/api/v1/views/${shared.id}` })).statusCode).toBe(204);
    expect(await names(bob)).toEqual(['Bob private']);
    const types = await t.db
      .selectFrom('events')
      .select('type')
      .where('entityId', '=', shared.id)
      .orderBy('seq')
      .execute();
    expect(types.map((e) => e.type)).toEqual([
      'view.created',
      'view.updated',
      'view.updated',
      'view.updated',
      'view.deleted',
    ]);
  });
});
