import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromJson } from '../src/db/json.js';
import { leadScoringConsumer } from '../src/modules/leads/lead-scoring.consumer.js';
import { as, createUser, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { drainConsumer } from './drain-consumer.js';

describeEachDialect('web-to-lead forms', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let formId: string;
  let members: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    const a = await createUser(t, admin, { email: 'a@x.io', role: 'agent' });
    const b = await createUser(t, admin, { email: 'b@x.io', role: 'agent' });
    members = [a.id, b.id].sort();
    const team = (
      await as(t, admin, {
        method: 'POST',
        url: '/api/v1/teams',
        payload: { name: 'Sales', memberIds: members },
      })
    ).json();
    const res = await api({
      method: 'POST',
      url: '/api/v1/forms',
      payload: {
        name: 'Contact us',
        language: 'lv',
        source: 'web_form',
        fields: [
          { key: 'name', label: { en: 'Name', lv: 'Vārds', ru: 'Имя' }, required: true, mapsTo: 'firstName' },
          { key: 'email', label: { en: 'Email' }, type: 'email', required: true, mapsTo: 'email' },
          { key: 'budget', label: { en: 'Budget' }, mapsTo: 'custom.budget' },
        ],
        consents: [
          {
            purpose: 'data_processing',
            text: { en: 'I agree', lv: 'Piekrītu' },
            textVersion: 'v1',
            required: true,
          },
          { purpose: 'marketing_email', text: { en: 'Send news' }, textVersion: 'v2' },
        ],
        assignment: { mode: 'round_robin', teamId: team.id },
        redirectUrl: 'https://example.com/thanks',
      },
    });
    expect(res.statusCode).toBe(201);
    formId = res.json().id;
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const submit = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1/forms/${formId}/submit`, payload, headers });
  /** The form as saved, in the shape PUT takes. */
  const formBody = async () => {
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...body
    } = (await api({ url: `/api/v1/forms/${formId}` })).json();
    return body;
  };
  const leadsBy = (email: string) =>
    t.db.selectFrom('leads').selectAll().where('email', '=', email).execute();

  it('serves the embed snippet and the hosted page in the asked language', async () => {
    const embed = (await api({ url: `/api/v1/forms/${formId}/embed` })).json();
    expect(embed.html).toContain(`/api/v1/forms/${formId}/submit`);
    expect(embed.html).toContain('name="website"');
    const page = await t.app.inject({ url: `/f/${formId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Vārds');
    expect((await t.app.inject({ url: `/f/${formId}?lang=ru` })).body).toContain('Имя');
  });

  it('requires fields and consents, drops honeypot posts, alternates owners', async () => {
    const missing = await submit({ email: 'x@y.lv', consents: { data_processing: true } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('name');
    const noConsent = await submit({ name: 'X', email: 'x@y.lv' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0].path).toBe('consents.data_processing');

    const bot = await submit({
      name: 'Bot',
      email: 'bot@y.lv',
      website: 'http://spam',
      consents: { data_processing: true },
    });
    expect(bot.statusCode).toBe(201);
    expect(await leadsBy('bot@y.lv')).toHaveLength(0);

    const owners: (string | null)[] = [];
    for (const n of [1, 2, 3]) {
      const res = await submit({
        name: `P${n}`,
        email: `p${n}@y.lv`,
        budget: '1000',
        consents: { data_processing: true },
      });
      expect(res.statusCode).toBe(201);
      const [lead] = await leadsBy(`p${n}@y.lv`);
      owners.push(lead?.ownerId ?? null);
    }
    expect(owners).toEqual([members[0], members[1], members[0]]);
    const [p1] = await leadsBy('p1@y.lv');
    expect(p1).toMatchObject({ source: 'web_form', firstName: 'P1' });
    expect(JSON.stringify(p1?.consents)).toContain('data_processing');
    const events = await t.db
      .selectFrom('events')
      .select(['type', 'payload'])
      .where('entityId', '=', p1?.id ?? '')
      .execute();
    expect(events.map((e) => e.type)).toContain('form.submitted');
    // The event carries what was filled in, labelled as on the form, for the timeline to show.
    const submitted = events.find((e) => e.type === 'form.submitted');
    expect(fromJson<Record<string, unknown>>(submitted?.payload ?? '{}')).toMatchObject({
      formName: 'Contact us',
      fields: [
        { key: 'name', label: { en: 'Name', lv: 'Vārds', ru: 'Имя' }, value: 'P1' },
        { key: 'email', label: { en: 'Email' }, value: 'p1@y.lv' },
        { key: 'budget', label: { en: 'Budget' }, value: '1000' },
      ],
      consents: ['data_processing'],
    });

    // Same email again updates the open lead rather than adding one.
    await submit({ name: 'P1 again', email: 'P1@y.lv', consents: { data_processing: true } });
    expect(await leadsBy('p1@y.lv')).toHaveLength(1);
  });

  it('records consent on a known person and accepts urlencoded posts with a 303', async () => {
    const person = (
      await api({
        method: 'POST',
        url: '/api/v1/people',
        payload: { firstName: 'K', emails: [{ email: 'k@y.lv' }] },
      })
    ).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forms/${formId}/submit`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=K%C4%81rlis&email=k%40y.lv&consents.data_processing=on&consents.marketing_email=on',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('https://example.com/thanks');
    const [lead] = await leadsBy('k@y.lv');
    expect(lead).toMatchObject({ firstName: 'Kārlis', personId: person.id });
    const consents = await t.db
      .selectFrom('personConsents')
      .selectAll()
      .where('personId', '=', person.id)
      .execute();
    expect(consents.map((c) => [c.purpose, c.status, c.textVersion]).sort()).toEqual([
      ['data_processing', 'granted', 'v1'],
      ['marketing_email', 'granted', 'v2'],
    ]);
  });

  it('scores form.submitted through the scoring consumer', async () => {
    const rule = await api({
      method: 'POST',
      url: '/api/v1/lead-scoring-rules',
      payload: {
        kind: 'event',
        name: 'Form',
        eventType: 'form.submitted',
        condition: { path: 'formId', op: 'eq', value: formId },
        points: 15,
      },
    });
    expect(rule.statusCode).toBe(201);
    await submit({ name: 'S', email: 's@y.lv', consents: { data_processing: true } });
    await drainConsumer(t, leadScoringConsumer);
    const [lead] = await leadsBy('s@y.lv');
    expect(lead?.score).toBe(15);
  });

  it("the hosted page shows refused input again in the visitor's language, then thanks on itself", async () => {
    const page = (await t.app.inject({ url: `/f/${formId}?lang=ru` })).body;
    expect(page).toContain(`action="/f/${formId}?lang=ru"`);
    const post = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: `/f/${formId}?lang=ru`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
    const bad = await post('name=%D0%98%D0%BB%D0%B7%D0%B5&email=nope&budget=500&consents.marketing_email=on');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('text/html');
    expect(bad.body).toContain('<html lang="ru">');
    expect(bad.body).toContain('Введите правильный адрес эл. почты');
    expect(bad.body).toContain('Для отправки формы нужно ваше согласие');
    expect(bad.body).toMatch(/id="rf-email"[^>]*aria-invalid="true"/);
    expect(bad.body).toContain('value="Илзе"');
    expect(bad.body).toContain('value="500"');
    expect(bad.body).toMatch(/name="consents.marketing_email" value="on" checked/);
    expect(bad.body).not.toContain('is not a valid');
    expect(await leadsBy('nope')).toHaveLength(0);

    // A bad phone number on a form with a phone field: the same, worded in Russian.
    const withPhone = (
      await api({
        method: 'POST',
        url: '/api/v1/forms',
        payload: {
          name: 'Call me',
          language: 'ru',
          fields: [
            { key: 'name', label: { en: 'Name', ru: 'Имя' }, required: true, mapsTo: 'fullName' },
            {
              key: 'phone',
              label: { en: 'Phone', ru: 'Телефон' },
              type: 'phone',
              required: true,
              mapsTo: 'phone',
            },
          ],
        },
      })
    ).json();
    const badPhone = await t.app.inject({
      method: 'POST',
      url: `/f/${withPhone.id}?lang=ru`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=%D0%9E%D0%BB%D1%8C%D0%B3%D0%B0&phone=123',
    });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.body).toContain('Введите правильный номер телефона');
    expect(badPhone.body).toMatch(/id="rf-phone"[^>]*value="123"[^>]*aria-invalid="true"/);
    expect(badPhone.body).toContain('value="Ольга"');
    expect(badPhone.body).not.toContain('"phone: is not a valid phone number"');

    // An embed posting to the API gets the same page rather than JSON.
    const embed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forms/${formId}/submit?lang=lv`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=h%40y.lv',
    });
    expect(embed.statusCode).toBe(400);
    expect(embed.body).toContain('Lūdzu, aizpildiet šo lauku.');
    expect(embed.body).toContain(`action="/f/${formId}?lang=lv"`);

    const good = await post('name=Ilze+Kalni%C5%86a&email=ilze%40y.lv&consents.data_processing=on');
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe('https://example.com/thanks');
    const [lead] = await leadsBy('ilze@y.lv');
    expect(lead).toMatchObject({ firstName: 'Ilze', lastName: 'Kalniņa' });

    await api({
      method: 'PUT',
      url: `/api/v1/forms/${formId}`,
      payload: { ...(await formBody()), redirectUrl: null },
    });
    const thanks = await post('name=Juris&email=juris%40y.lv&consents.data_processing=on');
    expect(thanks.statusCode).toBe(303);
    expect(thanks.headers.location).toBe(`/f/${formId}/thanks?lang=ru`);
    const thanksPage = await t.app.inject({ url: thanks.headers.location as string });
    expect(thanksPage.body).toContain('Спасибо!');
  });

  it("answers an unknown or switched-off form with a small page in the visitor's language", async () => {
    const unknown = await t.app.inject({
      url: '/f/form_nope',
      headers: { 'accept-language': 'lv-LV,lv;q=0.9' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('text/html');
    expect(unknown.body).toContain('Veidlapa nav pieejama');
    await api({
      method: 'PUT',
      url: `/api/v1/forms/${formId}`,
      payload: { ...(await formBody()), active: false },
    });
    const off = await t.app.inject({ url: `/f/${formId}?lang=ru` });
    expect(off.statusCode).toBe(404);
    expect(off.body).toContain('Форма недоступна');
    // The API keeps its JSON problem for embeds.
    const api404 = await submit({ name: 'Z', email: 'z@y.lv' });
    expect(api404.statusCode).toBe(404);
    expect(api404.json().code).toBe('not_found');
    await api({
      method: 'PUT',
      url: `/api/v1/forms/${formId}`,
      payload: { ...(await formBody()), active: true },
    });
  });

  it('limits submissions per IP (429)', async () => {
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++)
      last = (await submit({ name: 'R', email: 'r@y.lv' })).statusCode;
    expect(last).toBe(429);
  });
});
