import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createImport } from '../src/modules/imports/create-import.js';
import { runImport } from '../src/modules/imports/run-import.js';
import { systemActor } from '../src/platform/actor.js';
import { newId } from '../src/platform/ids.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('organisation settings: default phone region; user time zone', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'agent@example.com', role: 'agent' });
    agent = await login(t, 'agent@example.com', 'password-123');
  }, 30_000);
  afterAll(() => t.close());

  const createPerson = (who: Session, phone: string) =>
    as(t, who, { method: 'POST', url: '/api/v1/people', payload: { firstName: 'P', phones: [{ phone }] } });

  it('reads LV until an admin changes it; agents may read but not change', async () => {
    const read = await as(t, agent, { method: 'GET', url: '/api/v1/settings/org' });
    expect(read.json()).toEqual({ defaultPhoneRegion: 'LV' });
    const regions = await as(t, agent, { method: 'GET', url: '/api/v1/settings/org/phone-regions' });
    expect(regions.json().data).toContainEqual({ code: 'EE', callingCode: '372' });
    const lv = await createPerson(admin, '20 123 456');
    expect(lv.json().phone).toBe('+37120123456');

    const denied = await as(t, agent, {
      method: 'PATCH',
      url: '/api/v1/settings/org',
      payload: { defaultPhoneRegion: 'EE' },
    });
    expect(denied.statusCode).toBe(403);
    const bad = await as(t, admin, {
      method: 'PATCH',
      url: '/api/v1/settings/org',
      payload: { defaultPhoneRegion: 'XX' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.defaultPhoneRegion');
    expect((await as(t, agent, { method: 'GET', url: '/api/v1/settings/org' })).json()).toEqual({
      defaultPhoneRegion: 'LV',
    });
  });

  it('reads local numbers in the new region at once: writes, search, imports', async () => {
    const set = await as(t, admin, {
      method: 'PATCH',
      url: '/api/v1/settings/org',
      payload: { defaultPhoneRegion: 'ee' },
    });
    expect(set.json()).toEqual({ defaultPhoneRegion: 'EE' });
    const audit = await t.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityType', '=', 'org_settings')
      .execute();
    expect(audit).toHaveLength(1);
    const event = await t.db
      .selectFrom('events')
      .select('type')
      .where('type', '=', 'org_settings.updated')
      .execute();
    expect(event).toHaveLength(1);

    // An Estonian mobile without +372 is valid now (and was not a valid Latvian number).
    const ee = await createPerson(agent, '5123 4567');
    expect(ee.statusCode).toBe(201);
    expect(ee.json().phone).toBe('+37251234567');
    const found = await as(t, agent, { method: 'GET', url: '/api/v1/people?q=51234567' });
    expect(found.json().data.map((p: { id: string }) => p.id)).toEqual([ee.json().id]);

    const id = newId('imp');
    const filePath = path.join(t.config.dataDir, `${id}.csv`);
    fs.writeFileSync(filePath, 'First Name,Phone\nImported,5123 9999\n');
    await createImport(
      t,
      { id, entity: 'people', filePath, ownerId: null, actor: systemActor },
      { queue: false },
    );
    const result = await runImport({ db: t.db, clock: t.clock, importId: id });
    expect(result.counts.created).toBe(1);
    const phones = await t.db
      .selectFrom('personPhones')
      .select('phone')
      .where('phone', '=', '+37251239999')
      .execute();
    expect(phones).toHaveLength(1);

    // The same value again changes nothing.
    await as(t, admin, {
      method: 'PATCH',
      url: '/api/v1/settings/org',
      payload: { defaultPhoneRegion: 'EE' },
    });
    expect(
      await t.db.selectFrom('events').select('id').where('type', '=', 'org_settings.updated').execute(),
    ).toHaveLength(1);
  });

  it('keeps a time zone per user; my-day uses it when the request names none', async () => {
    const bad = await as(t, agent, {
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { timeZone: 'Mars/Base' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.timeZone');
    const utc = await as(t, agent, { method: 'GET', url: '/api/v1/tasks/my-day' });
    expect(utc.json().timeZone).toBe('UTC');

    const set = await as(t, agent, {
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { timeZone: 'Asia/Tokyo' },
    });
    expect(set.json().timeZone).toBe('Asia/Tokyo');
    const session = await as(t, agent, { method: 'GET', url: '/api/v1/auth/session' });
    expect(session.json().user.timeZone).toBe('Asia/Tokyo');
    const own = await as(t, agent, { method: 'GET', url: '/api/v1/tasks/my-day' });
    expect(own.json().timeZone).toBe('Asia/Tokyo');
    const explicit = await as(t, agent, { method: 'GET', url: '/api/v1/tasks/my-day?timeZone=Europe/Riga' });
    expect(explicit.json().timeZone).toBe('Europe/Riga');

    const cleared = await as(t, agent, { method: 'PATCH', url: '/api/v1/me', payload: { timeZone: null } });
    expect(cleared.json().timeZone).toBeNull();
  });
});
