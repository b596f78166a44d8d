import { afterAll, beforeAll, expect, it } from 'vitest';
import { nextDocumentNumber, quoteNumber } from '../src/modules/quotes/next-document-number.js';
import { createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { pdfText } from './pdf-text.js';
import { pricingApi } from './pricing-fixture.js';

/** The total as the quote prints it in that language (ICU's grouping differs: "5 747,50 €", "5747,50 €"). */
const total = (locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
    .format(5747.5)
    .replace(/[\s\u00a0\u202f]+/g, ' ');

const COMPANY = {
  legalName: 'SIA Rapport Demo',
  address: 'Brīvības iela 1, Rīga, LV-1010',
  taxId: 'LV40003000000',
  registrationNumber: '40003000000',
  bankName: 'Swedbank',
  iban: 'LV80 BANK 0000 4351 9500 1',
  swift: 'HABALV22',
  phone: '+371 6700 0000',
  email: 'sales@example.lv',
  website: 'https://example.lv',
  vatRate: 21,
};

describeEachDialect('quotes', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let api: ReturnType<typeof pricingApi>;
  let chair: { id: string };
  let retail: { id: string };
  const dealWithLine = async (body: object = {}) => {
    const deal = await api.deal(body);
    const res = await api.line(deal.id, {
      productId: chair.id,
      priceListId: retail.id,
      quantity: 4,
      discountPercent: 5,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return deal;
  };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    api = pricingApi(t, admin);
    chair = await api.product('KRS-1', 'Krēsls ozolkoka');
    retail = await api.priceList({ name: 'Mazumtirdzniecība' });
    await api.price(retail.id, { productId: chair.id, unitPrice: 125000 });
  });
  afterAll(() => t.close());

  it('keeps the company details admins edit in Settings', async () => {
    const empty = (await api.get('/api/v1/settings/company')).json();
    expect(empty).toMatchObject({ legalName: null, quoteValidityDays: 30, version: 0 });
    const saved = await api.api({ method: 'PUT', url: '/api/v1/settings/company', payload: COMPANY });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...COMPANY, iban: 'LV80BANK0000435195001', version: 1 });
    const bad = await api.api({ method: 'PUT', url: '/api/v1/settings/company', payload: { iban: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('iban');
    await createUser(t, admin, { email: 'sup@example.com', role: 'supervisor' });
    const sup = pricingApi(t, await login(t, 'sup@example.com', 'password-123'));
    expect((await sup.get('/api/v1/settings/company')).json().legalName).toBe('SIA Rapport Demo');
    expect((await sup.api({ method: 'PUT', url: '/api/v1/settings/company', payload: {} })).statusCode).toBe(
      403,
    );
  });

  it('generates a numbered PDF in the customer language, stored on the deal and on the timelines', async () => {
    const person = (
      await api.post('/api/v1/people', { firstName: 'Анна', lastName: 'Кузнецова', language: 'ru' })
    ).json();
    const deal = await dealWithLine({ title: 'Мебель для офиса', personId: person.id });
    const res = await api.post(`/api/v1/deals/${deal.id}/quotes`, {});
    expect(res.statusCode, res.body).toBe(201);
    const quote = res.json();
    // 4 × 1,250.00 = 5,000.00, −5 % = 4,750.00, VAT 21 % = 997.50, total 5,747.50.
    expect(quote).toMatchObject({
      number: 'Q-2026-0001',
      language: 'ru',
      currency: 'EUR',
      subtotal: 500000,
      discount: 25000,
      netTotal: 475000,
      vatRate: 21,
      vatAmount: 99750,
      total: 574750,
      validUntil: '2026-02-04',
    });
    const download = await api.get(quote.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('Q-2026-0001.pdf');
    const { text } = await pdfText(download.rawPayload);
    expect(text).toContain('Q-2026-0001');
    expect(text).toContain('Коммерческое предложение');
    expect(text).toContain('Анна Кузнецова');
    expect(text).toContain('Krēsls ozolkoka');
    expect(text).toContain('Brīvības iela 1, Rīga');
    expect(text).toContain(total('ru-RU'));
    expect(text).toContain('LV80BANK0000435195001');
    // Percent signs as Russian writes them (a space before %), English and Latvian without.
    expect(text).toMatch(/НДС 21\s%/);

    const list = (await api.get(`/api/v1/deals/${deal.id}/quotes`)).json().data;
    expect(list.map((q: { number: string }) => q.number)).toEqual(['Q-2026-0001']);
    const files = (await api.get(`/api/v1/deals/${deal.id}/attachments`)).json().data;
    expect(files[0]).toMatchObject({
      id: quote.attachmentId,
      contentType: 'application/pdf',
      dealId: deal.id,
    });
    const dealTimeline = (await api.get(`/api/v1/deals/${deal.id}/timeline`)).json().data;
    expect(dealTimeline[0]).toMatchObject({ type: 'quote.created', payload: { number: 'Q-2026-0001' } });
    const personTimeline = (await api.get(`/api/v1/people/${person.id}/timeline`)).json().data;
    expect(personTimeline[0]).toMatchObject({ type: 'quote.created', payload: { total: 574750 } });
  });

  it('prints Latvian and English on request and numbers quotes gap-free, also concurrently', async () => {
    const deal = await dealWithLine({ title: 'Krēsli birojam' });
    const lv = (
      await api.post(`/api/v1/deals/${deal.id}/quotes`, { language: 'lv', validUntil: '2026-03-31' })
    ).json();
    const lvText = (await pdfText((await api.get(lv.downloadUrl)).rawPayload)).text;
    expect(lvText).toContain('Komerciālais piedāvājums');
    expect(lvText).toContain('Derīgs līdz: 31.03.2026');
    expect(lvText).toContain(total('lv-LV'));
    expect(lvText).toContain('Piedāvājums derīgs līdz 31.03.2026.');
    expect(lvText).not.toContain('2026..');
    expect(lvText).toContain('PVN 21%');
    // Two requests at once get two different, consecutive numbers.
    const [a, b] = await Promise.all([
      api.post(`/api/v1/deals/${deal.id}/quotes`, { language: 'en' }),
      api.post(`/api/v1/deals/${deal.id}/quotes`, { language: 'en' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const numbers = [a.json().number, b.json().number, lv.number].sort();
    expect(numbers).toEqual(['Q-2026-0002', 'Q-2026-0003', 'Q-2026-0004']);
    const enText = (await pdfText((await api.get(a.json().downloadUrl)).rawPayload)).text;
    expect(enText).toContain(`Quote No. ${a.json().number}`);
    expect(enText).toContain(total('en-GB'));
    expect(enText).toContain('VAT 21%');
    // A refused quote gives no number away; each year has its own sequence.
    const empty = await api.deal({});
    const refused = await api.post(`/api/v1/deals/${empty.id}/quotes`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('lines');
    const nextIn2027 = await t.db.transaction().execute((trx) => nextDocumentNumber(trx, 'quote:2027'));
    expect(nextIn2027).toBe(1);
    // Eight transactions racing for a fresh sequence (its row created by the first) share 1..8.
    const raced = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.db.transaction().execute((trx) => nextDocumentNumber(trx, 'quote:2030')),
      ),
    );
    expect(raced.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(quoteNumber(2027, nextIn2027)).toBe('Q-2027-0001');
    expect((await api.post(`/api/v1/deals/${deal.id}/quotes`, {})).json().number).toBe('Q-2026-0005');
  });

  it('prints free-text service lines beside product lines', async () => {
    const deal = await dealWithLine({ title: 'Office fit-out' });
    const service = await api.line(deal.id, {
      name: 'Uzstādīšana (installation)',
      unit: 'h',
      quantity: 3,
      unitPrice: 4500,
    });
    expect(service.statusCode, service.body).toBe(201);
    const res = await api.post(`/api/v1/deals/${deal.id}/quotes`, { language: 'en' });
    expect(res.statusCode, res.body).toBe(201);
    // 4 chairs 4,750.00 + 3 h × 45.00 = 4,885.00 net.
    expect(res.json()).toMatchObject({ netTotal: 488500, vatAmount: 102585, total: 591085 });
    expect(res.json().lines[1]).toMatchObject({ name: 'Uzstādīšana (installation)', sku: null, unit: 'h' });
    const { text } = await pdfText((await api.get(res.json().downloadUrl)).rawPayload);
    expect(text).toContain('Krēsls ozolkoka');
    expect(text).toContain('Uzstādīšana (installation)');
    expect(text).toContain('3 h');
    expect(text).toContain('€135.00');
    expect(text).toContain('€5,910.85');
  });

  it('prints the company logo set in Settings', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const put = (payload: Buffer, type: string) =>
      api.api({
        method: 'PUT',
        url: '/api/v1/settings/company/logo',
        payload,
        headers: { 'content-type': type },
      });
    expect((await put(Buffer.from('GIF89a not really'), 'image/gif')).statusCode).toBe(415);
    const set = await put(png, 'image/png');
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      legalName: 'SIA Rapport Demo',
      logo: { contentType: 'image/png', size: png.length },
    });
    // Replacing the details keeps the logo.
    const details = await api.api({ method: 'PUT', url: '/api/v1/settings/company', payload: COMPANY });
    expect(details.json().logo).toMatchObject({ contentType: 'image/png' });
    const logo = await api.get('/api/v1/settings/company/logo');
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(png)).toBe(true);
    const deal = await dealWithLine({});
    const quote = (await api.post(`/api/v1/deals/${deal.id}/quotes`, {})).json();
    const pdf = (await api.get(quote.downloadUrl)).rawPayload.toString('latin1');
    expect(pdf).toContain('/Subtype /Image');
    expect(
      (await api.api({ method: 'DELETE', url: '/api/v1/settings/company/logo' })).json().logo,
    ).toBeNull();
    expect((await api.get('/api/v1/settings/company/logo')).statusCode).toBe(404);
  });

  it('answers 500 when the PDF cannot be rendered, and gives the number back', async () => {
    const deal = await dealWithLine({});
    const good = (await api.post(`/api/v1/deals/${deal.id}/quotes`, {})).json();
    const seq = Number(good.number.slice(-4));
    // A PNG signature passes the upload check; the rendering thread finds the rest corrupt.
    const corrupt = Buffer.concat([
      Buffer.from('89504e470d0a1a0a', 'hex'),
      Buffer.from('no image data here'),
    ]);
    const put = await api.api({
      method: 'PUT',
      url: '/api/v1/settings/company/logo',
      payload: corrupt,
      headers: { 'content-type': 'image/png' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const failed = await api.post(`/api/v1/deals/${deal.id}/quotes`, {});
    expect(failed.statusCode).toBe(500);
    expect(failed.json().code).toBe('internal');
    expect((await api.get(`/api/v1/deals/${deal.id}/quotes`)).json().data).toHaveLength(1);
    expect((await api.get(`/api/v1/deals/${deal.id}/attachments`)).json().data).toHaveLength(1);
    await api.api({ method: 'DELETE', url: '/api/v1/settings/company/logo' });
    const next = (await api.post(`/api/v1/deals/${deal.id}/quotes`, {})).json();
    expect(next.number).toBe(`Q-2026-${String(seq + 1).padStart(4, '0')}`);
  });

  it('downloads only for those who may see the deal', async () => {
    const deal = await dealWithLine({});
    const quote = (await api.post(`/api/v1/deals/${deal.id}/quotes`, {})).json();
    await createUser(t, admin, { email: 'own@example.com', role: 'manager' });
    const manager = pricingApi(t, await login(t, 'own@example.com', 'password-123'));
    expect((await manager.get(quote.downloadUrl)).statusCode).toBe(404);
    expect((await manager.get(`/api/v1/deals/${deal.id}/quotes`)).statusCode).toBe(404);
    expect((await manager.post(`/api/v1/deals/${deal.id}/quotes`, {})).statusCode).toBe(404);
    // Deleting the deal removes its quotes and files.
    expect((await api.api({ method: 'DELETE', url: `/api/v1/deals/${deal.id}` })).statusCode).toBe(204);
    expect((await api.get(quote.downloadUrl)).statusCode).toBe(404);
  });
});
