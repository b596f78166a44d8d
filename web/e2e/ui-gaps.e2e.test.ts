import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall as callApi, SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' };
// A 1×1 PNG: the server sniffs the type from these bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let server: RunningServer;
let page: Page;
let survivorId = '';
const dialog = () => page.getByRole('dialog');

/** A JSON request as the signed-in user. */
const apiCall = <T>(method: string, path: string, body?: unknown) => callApi<T>(page, method, path, body);

describe('UI gaps: duplicates queue, photos, product and order forms, rule conditions', () => {
  // Duplicate detection is a background consumer, so the workers run.
  useSuiteApp({ owner: OWNER, env: { RAPPORT_WORKERS: 'on' } }, (app) => ({ server, page } = app));

  it('shows the empty queue, then merges a suspected pair from it', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-tab-duplicates').click();
    await page.getByTestId('duplicates-empty').waitFor();
    expect(await page.getByTestId('duplicates-empty').textContent()).toContain('No suspected duplicates');

    await apiCall('POST', '/people', {
      firstName: 'Anna',
      lastName: 'Liepa',
      emails: [{ email: 'anna@liepa.lv' }],
    });
    await apiCall('POST', '/people', {
      firstName: 'Anna',
      lastName: 'Liepa',
      emails: [{ email: 'ANNA@liepa.lv' }],
      phones: [{ phone: '20 000 111' }],
    });
    // The consumer finds the pair shortly; the page shows it after a reload.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('duplicates-page').waitFor();
          return page.getByTestId('duplicates-row').count();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1);
    const row = page.getByTestId('duplicates-row');
    expect(await row.getByTestId('duplicate-reason').textContent()).toBe('same email: anna@liepa.lv');
    expect(await row.textContent()).toContain('90');
    await page.screenshot({ path: `${SHOTS}/rapport-duplicates-queue.png`, fullPage: true });

    await row.getByTestId('queue-merge').click();
    await dialog().getByTestId('merge-survivor').waitFor();
    await dialog().getByTestId('merge-confirm').click();
    await page.getByTestId('duplicates-empty').waitFor();
    const people = await apiCall<{ data: { id: string; phone: string | null }[] }>('GET', '/people');
    expect(people.data).toHaveLength(1);
    // The merged person's phone was unioned into the survivor.
    expect(people.data[0]!.phone).toBe('+37120000111');
    survivorId = people.data[0]!.id;
    await page.getByTestId('duplicates-status').getByText('Merged', { exact: true }).click();
    await expect.poll(() => page.getByTestId('duplicates-row').count()).toBe(1);
  });

  it('uploads a photo on the person page and shows it', async () => {
    await page.goto(`${server.baseUrl}/customers/people/${survivorId}`);
    await page.getByTestId('person-page').waitFor();
    await expect.poll(() => page.getByTestId('record-photo').getAttribute('data-has-photo')).toBe('false');
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'anna.png', mimeType: 'image/png', buffer: PNG });
    await expect
      .poll(() =>
        page
          .getByTestId('record-photo')
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBe(1);
    expect(await page.getByTestId('record-photo').getAttribute('data-has-photo')).toBe('true');
    await page.getByTestId('photo-remove').waitFor();

    // The people list shows the photo as the row's avatar; rows without one show initials.
    await page.goto(`${server.baseUrl}/customers`);
    const avatars = page
      .getByTestId('people-page')
      .locator('[data-testid="person-avatar"][data-has-photo="true"]');
    await expect.poll(() => avatars.count()).toBe(1);
    await expect
      .poll(() =>
        avatars.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      )
      .toBe(1);
  });

  it('creates a product, then an order for the person that shows on the timeline', async () => {
    await page.getByTestId('nav-sales').click();
    await page.getByTestId('sales-tab-products').click();
    // Categories are managed beside the catalogue: a top-level one and one inside it.
    await page.getByTestId('product-categories').click();
    await dialog().getByTestId('category-name').fill('Drinks');
    await dialog().getByTestId('category-add').click();
    await expect.poll(() => dialog().getByTestId('category-row').count()).toBe(1);
    await dialog().getByTestId('category-name').fill('Tea');
    await dialog().getByTestId('category-parent').click();
    await page.getByRole('option', { name: 'Drinks' }).click();
    await dialog().getByTestId('category-add').click();
    await expect.poll(() => dialog().getByTestId('category-row').count()).toBe(2);
    expect(await dialog().getByTestId('categories-table').textContent()).toContain('Drinks /');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('product-create').click();
    await dialog().getByTestId('product-name').fill('Green tea');
    await dialog().getByLabel('Category').click();
    await page.getByRole('option', { name: 'Drinks / Tea' }).click();
    await dialog().getByTestId('product-sku').fill('TEA-GREEN');
    await dialog().getByLabel('Unit').fill('box');
    await dialog().getByTestId('product-save').click();
    await page.getByTestId('product-row-TEA-GREEN').waitFor();
    expect(await page.getByTestId('product-row-TEA-GREEN').textContent()).toContain('Green tea');
    expect(await page.getByTestId('product-row-TEA-GREEN').textContent()).toContain('Drinks / Tea');

    await page.goto(`${server.baseUrl}/customers/people/${survivorId}`);
    await page.getByTestId('person-order-create').click();
    await dialog().getByTestId('order-line-product-0').click();
    await dialog().getByTestId('order-line-product-0').fill('TEA');
    await page.getByRole('option', { name: 'TEA-GREEN · Green tea' }).click();
    await dialog().getByTestId('order-line-qty-0').fill('2');
    await dialog().getByTestId('order-line-price-0').fill('12.50');
    await expect.poll(() => dialog().getByTestId('order-total').textContent()).toContain('25.00');
    await page.screenshot({ path: `${SHOTS}/rapport-order-form.png` });
    await dialog().getByTestId('order-save').click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('person-orders').textContent()).toContain('25.00');
    await expect.poll(() => page.getByTestId('timeline-order').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('timeline-order').first().textContent()).toContain('25.00');

    // An order recorded later than it was placed (an imported history) shows its own date.
    await apiCall('POST', '/orders', {
      personId: survivorId,
      externalId: 'HIST-1',
      orderedAt: Date.UTC(2026, 2, 1, 12),
      currency: 'EUR',
      lines: [{ productName: 'Black tea', quantity: 1, unitPrice: 450 }],
    });
    await page.reload();
    const history = page.getByTestId('timeline-order').filter({ hasText: 'HIST-1' });
    await expect.poll(() => history.textContent()).toContain('ordered Mar 1, 2026');
  });

  it('lists the order under Sales → Orders with its customer, changes its status and filters by it', async () => {
    await page.getByTestId('nav-sales').click();
    await page.getByTestId('sales-tab-orders').click();
    await page.getByTestId('orders-page').waitFor();
    // Orders belong to no pipeline: the pipeline picker is not offered here.
    expect(await page.getByTestId('pipeline-picker').count()).toBe(0);
    const table = page.getByTestId('orders-table');
    await expect.poll(() => table.textContent()).toContain('Anna Liepa');
    expect(await table.textContent()).toContain('Placed');
    // The number cell: a click on the customer's name would open the customer instead.
    await table.getByRole('row').nth(1).getByRole('cell').nth(1).click();
    await page.getByTestId('order-drawer').waitFor();
    expect(await page.getByTestId('order-drawer').textContent()).toContain('Anna Liepa');
    await page.getByTestId('order-status').click();
    await page.getByRole('option', { name: 'Paid' }).click();
    await expect.poll(() => table.textContent()).toContain('Paid');
    await page.keyboard.press('Escape');
    await page.getByTestId('order-drawer').waitFor({ state: 'detached' });

    // The search box finds orders by their customer too.
    await page.getByTestId('orders-search').fill('liepa');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    for (const row of await table.getByRole('row').all()) {
      const text = await row.textContent();
      if (!text?.startsWith('Date')) expect(text).toContain('Anna Liepa');
    }
    // An order made without an external number has one the server assigned: shown, linkable, found.
    await expect.poll(() => table.textContent()).toContain('ORD-00001');
    expect(await table.textContent()).not.toContain('ord_');
    await page.getByTestId('orders-search').fill('ord-00001');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('row').nth(1).getByRole('cell').nth(1).click();
    await page.getByTestId('order-drawer').waitFor();
    expect(new URL(page.url()).searchParams.get('order')).toMatch(/^ord_/);
    await page.reload();
    await page.getByTestId('order-drawer').waitFor();
    expect(await page.getByTestId('order-drawer').textContent()).toContain('ORD-00001');
    await page.keyboard.press('Escape');
    await page.getByTestId('order-drawer').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('order')).toBeNull();

    // A return with negative quantities can only stay returned: the other statuses are not offered.
    const ret = await apiCall<{ id: string }>('POST', '/orders', {
      personId: survivorId,
      status: 'returned',
      currency: 'EUR',
      lines: [{ productName: 'Green tea', quantity: -1, unitPrice: 1250 }],
    });
    await page.goto(`${server.baseUrl}/sales/orders?order=${ret.id}`);
    await page.getByTestId('order-drawer').waitFor();
    expect(await page.getByTestId('order-drawer').textContent()).toContain(
      'A return with negative quantities',
    );
    await page.getByTestId('order-status').click();
    expect(await page.getByRole('option', { name: 'Paid' }).getAttribute('data-combobox-disabled')).toBe(
      'true',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByTestId('order-drawer').waitFor({ state: 'detached' });

    await page.getByTestId('orders-search').fill('nobody-like-this');
    await page.getByTestId('orders-empty').waitFor();
    await page.getByTestId('orders-search').fill('');
    await expect.poll(() => table.textContent()).toContain('Anna Liepa');

    await page.getByTestId('orders-status').click();
    await page.getByRole('option', { name: 'Cancelled' }).click();
    await page.getByTestId('orders-empty').waitFor();
    expect(await page.getByTestId('orders-empty').textContent()).toContain('No orders match');
    await page.screenshot({ path: `${SHOTS}/rapport-orders-filtered.png` });
  });

  it('imports order lines from Sales → Orders through the import wizard', async () => {
    await page.getByTestId('nav-sales').click();
    await page.getByTestId('sales-tab-orders').click();
    await page.getByTestId('orders-import').click();
    await page.getByTestId('import-wizard').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Order number,Email,Date,SKU,Product,Qty,Price,currency,status',
          'WEB-7,anna@liepa.lv,2020-05-04,TEA-GREEN,Green tea,2,12.50,EUR,paid',
          'WEB-7,anna@liepa.lv,2020-05-04,CUP-1,Cup,1,4.00,EUR,paid',
          'WEB-8,anna@liepa.lv,2020-05-05,CUP-1,Cup,zero,4.00,EUR,paid',
        ].join('\n'),
      ),
    });
    await page.getByTestId('import-mapping').waitFor();
    // The order synonyms map themselves: "Order number" → order number, "Qty" → quantity.
    expect(await page.getByTestId('import-target-0').inputValue()).toBe('Order number');
    expect(await page.getByTestId('import-target-5').inputValue()).toBe('Quantity');
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-progress][data-status=done]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-count-created').textContent()).toBe('2');
    expect(await page.getByTestId('import-count-failed').textContent()).toBe('1');
    await page.getByRole('link', { name: 'Open orders' }).click();
    await page.getByTestId('orders-search').fill('WEB-7');
    await expect.poll(() => page.getByTestId('orders-table').textContent()).toContain('WEB-7');
    expect(await page.getByTestId('orders-table').textContent()).toContain('€29.00');
    expect(await page.getByTestId('orders-table').textContent()).toContain('Anna Liepa');
  });

  it('shows customers, revenue this month and the revenue chart on the start page', async () => {
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-page').waitFor();
    expect(await page.getByTestId('kpi-customers-value').textContent()).toBe('1');
    // Revenue comes from daily totals a background consumer keeps: the page shows it shortly.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('kpi-revenue').waitFor();
          return page.getByTestId('kpi-revenue-value').textContent();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe('€25.00');
    // One bar per month of the last 12 (months without orders have a bar of no height).
    await expect
      .poll(() => page.getByTestId('revenue-chart').locator('.recharts-bar-rectangle').count())
      .toBe(12);
    expect(await page.getByTestId('home-my-day').textContent()).toContain('Nothing overdue');
    // The order named no channel: this month's revenue is one slice of it.
    await page.getByTestId('channel-chart').waitFor();
    expect(await page.getByTestId('channel-none').textContent()).toBe('No channel: €25.00');
    await page.screenshot({ path: `${SHOTS}/rapport-start-page.png` });
  });

  it('builds an automation rule condition with the filter builder', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-automation').click();
    await page.getByRole('button', { name: 'New rule' }).click();
    await dialog().getByLabel('Name').first().fill('Riga newcomers');
    await dialog().getByTestId('filter-add-condition').click();
    await dialog().getByRole('textbox', { name: 'Field', exact: true }).click();
    await page.getByRole('option', { name: 'City', exact: true }).click();
    await dialog().getByRole('textbox', { name: 'Value', exact: true }).fill('Riga');
    await dialog().getByLabel('Title').fill('Welcome call');
    await page.screenshot({ path: `${SHOTS}/rapport-rule-condition.png` });
    await dialog().getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Riga newcomers' }).waitFor();
    const rules = await apiCall<{ data: { name: string; condition: unknown }[] }>('GET', '/automation/rules');
    expect(rules.data.find((r) => r.name === 'Riga newcomers')?.condition).toEqual({
      and: [{ field: 'city', op: 'eq', value: 'Riga' }],
    });
  });
});
