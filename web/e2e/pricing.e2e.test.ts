import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiCall as callApi, login, logout, SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Pēteris Price', email: 'peteris@example.com', password: 'owner-password-1' };

let server: RunningServer;
let page: Page;
let dealId = '';
let teaId = '';

/** A JSON request as the signed-in user. */
const apiCall = (method: string, path: string, body?: object) => callApi(page, method, path, body);

/** Picks an option of a Mantine Select found by test id (typing `search` first, for remote pickers). */
async function pick(testId: string, option: string, search?: string) {
  const input = page.getByTestId(testId);
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('price lists, deal line items and quotes in a real browser', () => {
  useSuiteApp({ owner: OWNER }, (app) => ({ server, page } = app));
  beforeAll(async () => {
    // The catalogue's create form belongs to another screen: the product comes from the API.
    teaId = (await apiCall('POST', '/products', { sku: 'TEA-1', name: 'Green tea', unit: 'kg' })).id;
    const person = await apiCall('POST', '/people', { firstName: 'Алексей', lastName: 'Бērziņš' });
    dealId = (
      await apiCall('POST', '/deals', { title: 'Tea for the office', personId: person.id, amount: 1_850_000 })
    ).id;
  });

  it('creates a price list with a price for the product', async () => {
    await page.goto(`${server.baseUrl}/sales/price-lists`);
    await page.getByTestId('price-lists-empty').waitFor();
    await page.getByTestId('price-list-create').click();
    await page.getByTestId('price-list-name').fill('Retail EUR');
    await page.getByTestId('price-list-save').click();
    // Where the prices go is said, not guessed.
    await page.getByText('Choose a price list above to see and set its prices.').waitFor();
    await page.getByTestId('price-list-row').filter({ hasText: 'Retail EUR' }).click();
    await page.getByTestId('price-list-pick').waitFor({ state: 'detached' });
    await pick('price-product', 'TEA-1 · Green tea', 'TEA');
    await page.getByTestId('price-unit').fill('12.50');
    await page.getByTestId('price-add').click();
    const row = page.getByTestId('price-row');
    await row.waitFor();
    expect(await row.textContent()).toContain('€12.50');
  });

  it('adds a line to the deal: the unit price comes from the price list, the total updates live', async () => {
    await page.goto(`${server.baseUrl}/sales/list?deal=${dealId}`);
    await page.getByTestId('deal-lines').waitFor();
    // The typed amount gives way to the lines: the drawer says so before and when it happens.
    await page.getByTestId('deal-lines-amount-warning').waitFor();
    expect(await page.getByTestId('deal-lines-amount-warning').textContent()).toContain('€18,500.00');
    await pick('line-product', 'TEA-1 · Green tea', 'TEA');
    await pick('line-price-list', 'Retail EUR · Retail');
    await expect.poll(() => page.getByTestId('line-unit-price').inputValue()).toBe('12.50');
    await page.getByTestId('line-quantity').fill('4');
    await expect.poll(() => page.getByTestId('line-live-total').textContent()).toContain('€50.00');
    await page.getByTestId('line-add').click();
    const line = page.getByTestId('deal-line-row');
    await line.waitFor();
    await page.getByText('now follows its line items (it was €18,500.00)').waitFor();
    await page.getByTestId('deal-lines-amount-warning').waitFor({ state: 'detached' });
    expect(await line.getByTestId('deal-line-unit-price').textContent()).toContain('€12.50');
    await expect.poll(() => page.getByTestId('deal-lines-total').textContent()).toContain('€50.00');
    const deal = (await apiCall('GET', `/deals/${dealId}`)) as unknown as { amount: number };
    expect(deal.amount).toBe(5000);
  });

  it('adds a free-text service line beside the product', async () => {
    await page.getByTestId('line-kind').getByText('Free text (service)').click();
    await page.getByTestId('line-name').fill('Delivery');
    await page.getByTestId('line-unit').fill('trip');
    await page.getByTestId('line-unit-price').fill('15');
    await expect.poll(() => page.getByTestId('line-live-total').textContent()).toContain('€15.00');
    await page.getByTestId('line-add').click();
    await expect.poll(() => page.getByTestId('deal-line-row').count()).toBe(2);
    expect(await page.getByTestId('deal-line-row').nth(1).textContent()).toContain('Delivery');
    await expect.poll(() => page.getByTestId('deal-lines-total').textContent()).toContain('€65.00');
    const lines = (await apiCall('GET', `/deals/${dealId}/lines`)) as unknown as {
      data: { productId: string | null; name: string; unit: string | null; total: number }[];
    };
    expect(lines.data[1]).toMatchObject({ productId: null, name: 'Delivery', unit: 'trip', total: 1500 });
  });

  it('says as soon as a chosen list does not price the product, before "Add line"', async () => {
    await apiCall('POST', '/price-lists', { name: 'Promo EUR', kind: 'promo', currency: 'EUR' });
    await page.reload();
    await page.getByTestId('line-kind').getByText('Catalogue product').click();
    await pick('line-product', 'TEA-1 · Green tea', 'TEA');
    await pick('line-price-list', 'Promo EUR · Promo');
    await page.getByText('This list has no price for the product (at this quantity)').waitFor();
    expect(await page.getByTestId('line-add').isDisabled()).toBe(true);
    await pick('line-price-list', 'Retail EUR · Retail');
    await expect.poll(() => page.getByTestId('line-add').isDisabled()).toBe(false);
  });

  it('keeps wide tables inside the page at 1024 px: the deals list and the price lists scroll in place', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    for (const path of ['/sales/list', '/sales/price-lists', '/analytics']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.locator('table').first().waitFor();
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, sideways }).toEqual({ path, sideways: 0 });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps the company details for documents in Settings', async () => {
    await page.goto(`${server.baseUrl}/settings/company`);
    await page.getByTestId('company-legalName').fill('SIA Tējas Nams');
    await page.getByTestId('company-iban').fill('LV80 BANK 0000 4351 9500 1');
    await page.getByTestId('company-save').click();
    await expect
      .poll(async () => ((await apiCall('GET', '/settings/company')) as unknown as { iban: string }).iban)
      .toBe('LV80BANK0000435195001');
    expect(await page.getByTestId('company-legalName').inputValue()).toBe('SIA Tējas Nams');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('company-logo').waitFor();
  });

  it('creates a quote that appears on the deal and downloads as a PDF', async () => {
    await page.goto(`${server.baseUrl}/sales/list?deal=${dealId}`);
    // Read-only once the deal's lines have loaded (the field renders before they arrive).
    await expect.poll(() => page.getByTestId('deal-amount').getAttribute('readonly')).not.toBeNull();
    await page.getByTestId('quote-create').click();
    const link = page.getByTestId('quote-download');
    await link.waitFor();
    expect(await link.textContent()).toMatch(/^Q-\d{4}-0001$/);
    await page.screenshot({ path: `${SHOTS}/rapport-pricing-deal.png` });
    const href = await link.getAttribute('href');
    const download = await page.evaluate(async (url) => {
      const res = await fetch(url!);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        head: String.fromCharCode(...bytes.slice(0, 5)),
      };
    }, href);
    expect(download).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    const timeline = (await apiCall('GET', `/deals/${dealId}/timeline`)) as { data: { type: string }[] };
    expect(timeline.data[0]?.type).toBe('quote.created');
    // The deal's timeline in the drawer shows the quote and the line item.
    const quoteItem = page.getByTestId('timeline-item-quote.created');
    await quoteItem.waitFor();
    expect(await quoteItem.getByTestId('timeline-quote').textContent()).toMatch(
      /^Q-\d{4}-0001 · Tea for the office · €65\.00$/,
    );
    await page.getByTestId('timeline-item-deal.line_added').first().waitFor();
  });

  it('a cost price gives the deal its margin, and the won deal its profit on Analytics', async () => {
    await page.goto(`${server.baseUrl}/sales/products`);
    await page.getByTestId('product-row-TEA-1').click();
    await page.getByTestId('product-cost-price').fill('8');
    await page.getByTestId('product-save').click();
    await expect
      .poll(
        async () =>
          ((await apiCall('GET', `/products/${teaId}`)) as unknown as { costPrice: number }).costPrice,
      )
      .toBe(800);
    // 2 kg at 12.50 = 25.00; they cost 16.00: margin 9.00, 36% of the total.
    const board = (await apiCall('POST', '/deals', { title: 'Tea for the board' })).id;
    await page.goto(`${server.baseUrl}/sales/list?deal=${board}`);
    await pick('line-product', 'TEA-1 · Green tea', 'TEA');
    await pick('line-price-list', 'Retail EUR · Retail');
    await expect.poll(() => page.getByTestId('line-unit-price').inputValue()).toBe('12.50');
    await page.getByTestId('line-quantity').fill('2');
    await page.getByTestId('line-add').click();
    await expect.poll(() => page.getByTestId('deal-lines-margin').textContent()).toContain('€9.00 (36%)');
    await apiCall('POST', `/deals/${board}/move`, { stageId: 'stg_payment_received' });
    await page.goto(`${server.baseUrl}/analytics`);
    const top = page.getByTestId('top-profit');
    await top.waitFor();
    expect(await top.textContent()).toBe(`Most profit: ${OWNER.name} (€9.00)`);
    expect(await page.getByTestId('profit-cell').first().textContent()).toBe('€9.00');
    await page.getByTestId('profit-chart-EUR').locator('svg').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/rapport-analytics-profit.png` });
  });

  it('gives a rep without the price override permission the list price and no discount', async () => {
    const rep = { name: 'Rita Rep', email: 'rita@example.com', password: 'rep-password-123' };
    await apiCall('POST', '/users', { ...rep, role: 'manager' });
    await page.goto(`${server.baseUrl}/sales/list`);
    await logout(page);
    await login(page, rep.email, rep.password);
    const own = (await apiCall('POST', '/deals', { title: 'Tea for the rep' })).id;
    await page.goto(`${server.baseUrl}/sales/list?deal=${own}`);
    await page.getByTestId('line-override-note').waitFor();
    expect(await page.getByTestId('line-discount').isDisabled()).toBe(true);
    await pick('line-product', 'TEA-1 · Green tea', 'TEA');
    await pick('line-price-list', 'Retail EUR · Retail');
    await expect.poll(() => page.getByTestId('line-unit-price').inputValue()).toBe('12.50');
    expect(await page.getByTestId('line-unit-price').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/rapport-pricing-rep.png` });
    await page.getByTestId('line-add').click();
    const line = page.getByTestId('deal-line-row');
    await line.waitFor();
    expect(await line.getByTestId('deal-line-unit-price').textContent()).toBe('€12.50');
    // A free-text line is priced by hand, also by a rep.
    await page.getByTestId('line-kind').getByText('Free text (service)').click();
    expect(await page.getByTestId('line-unit-price').isDisabled()).toBe(false);
  });
});
