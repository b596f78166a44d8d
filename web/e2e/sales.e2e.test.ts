import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, choose, SHOTS, typeDate } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Sandra Sales', email: 'sandra@example.com', password: 'owner-password-1' };

let server: RunningServer;
let page: Page;
let personId = '';

const dialog = () => page.getByRole('dialog');
const column = (key: string) => page.getByTestId(`kanban-column-${key}`);
const card = (title: string) => page.locator(`[data-deal-title="${title}"]`);
/** GET through the signed-in browser (cookie session; reads need no CSRF token). */
const apiGet = (path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<{
    data: { type: string; payload: Record<string, unknown> }[];
  }>;

describe('sales pipeline in a real browser', () => {
  useSuiteApp({ owner: OWNER }, (app) => ({ server, page } = app));

  it('creates a person', async () => {
    await page.goto(`${server.baseUrl}/customers/people`);
    await page.getByTestId('person-create').click();
    await dialog().getByLabel('First name').fill('Ilze');
    await dialog().getByLabel('Last name').fill('Ozola');
    await page.getByTestId('person-create-submit').click();
    await page.waitForURL('**/customers/people/per_*');
    personId = page.url().split('/').pop() ?? '';
    expect(personId).toMatch(/^per_/);
  });

  it('creates a deal for the person on the kanban', async () => {
    await page.getByTestId('nav-sales').click();
    await page.getByTestId('kanban').waitFor();
    expect(await page.getByTestId('kanban').locator('[data-testid^="kanban-column-"]').count()).toBe(8);
    await page.getByTestId('deal-create').click();
    await dialog().getByLabel('Title').fill('Hotel chairs');
    await dialog().getByLabel('Amount').fill('1250.50');
    await typeDate(dialog().getByLabel('Expected close date'), '12/15/2026');
    expect(await dialog().getByLabel('Expected close date').inputValue()).toBe('12/15/2026');
    await choose(page, 'Person', 'Ilze Ozola');
    await page.getByTestId('deal-create-submit').click();
    await card('Hotel chairs').waitFor();
    const first = column('uninterested_lead');
    expect(await first.getByTestId('column-count').textContent()).toBe('1');
    expect(await first.getByTestId('column-total').first().textContent()).toContain('1,250.50');
    await page.screenshot({ path: `${SHOTS}/rapport-sales-board.png` });
  });

  it('drags the deal across the kanban to Payment received (won)', async () => {
    // Wide enough that the won column is on screen: playwright's drag does not scroll mid-drag.
    await page.setViewportSize({ width: 1920, height: 1000 });
    await card('Hotel chairs').dragTo(column('active_inquiry'));
    await column('active_inquiry').locator('[data-deal-title="Hotel chairs"]').waitFor();
    expect(await column('uninterested_lead').getByTestId('column-count').textContent()).toBe('0');
    await card('Hotel chairs').dragTo(column('payment_received'));
    await column('payment_received').locator('[data-deal-title="Hotel chairs"]').waitFor();
    await expect
      .poll(async () => (await apiGet(`/people/${personId}/timeline`)).data.map((e) => e.type))
      .toContain('deal.won');
    const types = (await apiGet(`/people/${personId}/timeline`)).data.map((e) => e.type);
    expect(types.filter((x) => x.startsWith('deal.'))).toEqual([
      'deal.won',
      'deal.stage_changed',
      'deal.stage_changed',
      'deal.created',
    ]);
    await page.screenshot({ path: `${SHOTS}/rapport-sales-won.png` });
  });

  it('moves with the keyboard menu to a lost stage, which asks for a reason', async () => {
    await page.getByTestId('deal-create').click();
    await dialog().getByLabel('Title').fill('Office desks');
    await dialog().getByLabel('Amount').fill('300');
    await page.getByTestId('deal-create-submit').click();
    await card('Office desks').waitFor();
    await card('Office desks').getByTestId('deal-move-menu').click();
    await page.getByTestId('move-to-lost').click();
    await page.getByTestId('lost-reason-price').click();
    await page.screenshot({ path: `${SHOTS}/rapport-sales-lost-reason.png` });
    await page.getByTestId('lost-reason-confirm').click();
    await column('lost').locator('[data-deal-title="Office desks"]').waitFor();
    // Picking a stage in the card's menu moves the deal; it does not also open it.
    expect(page.url()).not.toContain('deal=');
  });

  it('says why the server refused a move: the lost reason was archived meanwhile', async () => {
    await page.getByTestId('deal-create').click();
    await dialog().getByLabel('Title').fill('Garden benches');
    await dialog().getByLabel('Amount').fill('90');
    await page.getByTestId('deal-create-submit').click();
    await card('Garden benches').waitFor();
    await card('Garden benches').getByTestId('deal-move-menu').click();
    await page.getByTestId('move-to-lost').click();
    await page.getByTestId('lost-reason-competitor').click();
    // Someone archives the chosen reason while the dialog is open.
    await apiCall(page, 'PATCH', '/lost-reasons/lr_competitor', { archived: true });
    await page.getByTestId('lost-reason-confirm').click();
    const toast = page.getByRole('alert').filter({ hasText: 'The deal was not moved' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('This lost reason is archived');
    expect(await toast.textContent()).not.toContain('Some of the entered values');
    // The card went back to where it was.
    await column('uninterested_lead').locator('[data-deal-title="Garden benches"]').waitFor();
    expect(await column('lost').locator('[data-deal-title="Garden benches"]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/rapport-sales-move-refused.png` });
    await apiCall(page, 'PATCH', '/lost-reasons/lr_competitor', { archived: false });
  });

  it('opens the deal drawer with its stage history, and the person timeline shows the win', async () => {
    // A click anywhere on the card opens the deal, here on its amount rather than its title.
    await card('Hotel chairs').getByText('€1,250.50').click();
    await page.getByTestId('deal-history').waitFor();
    await expect.poll(() => page.getByTestId('deal-history').textContent()).toContain('Payment received');
    await page.screenshot({ path: `${SHOTS}/rapport-sales-drawer.png` });
    // The rep logs the call about the deal right there; it lands on the person's timeline.
    await page.getByTestId('deal-log-activity').click();
    await page.getByTestId('activity-outcome').fill('Reached, orders on Monday');
    await page.getByTestId('activity-minutes').fill('7');
    await page.getByTestId('activity-body').fill('Wants the chairs in grey');
    await page.getByTestId('activity-submit').click();
    await page.getByTestId('activity-submit').waitFor({ state: 'detached' });
    const activities = await apiCall<{ data: { kind: string; dealId: string; durationSeconds: number }[] }>(
      page,
      'GET',
      '/activities',
    );
    expect(activities.data[0]).toMatchObject({ kind: 'call', durationSeconds: 420 });
    expect(activities.data[0]?.dealId).toMatch(/^deal_/);
    await page.getByTestId('deal-person-link').click();
    const call = page.getByTestId('timeline-item-activity.logged').first();
    await call.waitFor();
    expect(await call.textContent()).toContain('Reached, orders on Monday');
    expect(await call.textContent()).toContain('Wants the chairs in grey');
    await page.getByTestId('timeline-item-deal.won').first().waitFor();
    expect(await page.getByTestId('timeline-item-deal.won').first().textContent()).toContain('€1,250.50');
    expect(await page.getByTestId('linked-deals').textContent()).toContain('Hotel chairs');
    await page.screenshot({ path: `${SHOTS}/rapport-sales-timeline.png` });
  });

  it('shows the list, forecast, funnel and the pipelines settings', async () => {
    await page.goto(`${server.baseUrl}/sales/list`);
    await page.getByTestId('deals-table').waitFor();
    expect(await page.getByTestId('deals-table').textContent()).toContain('Hotel chairs');
    await page.screenshot({ path: `${SHOTS}/rapport-sales-list.png` });
    // Amounts are filtered in euros as people think of them (the API takes cents): at least 1,000.
    const dealRows = page.getByTestId('deals-table').locator('tbody tr');
    expect(await dealRows.count()).toBeGreaterThan(1);
    await page.getByTestId('filter-toggle').click();
    await page.getByTestId('filter-add-condition').click();
    const pickOption = async (label: string, option: string) => {
      await page.getByRole('textbox', { name: label, exact: true }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await pickOption('Field', 'Amount');
    await pickOption('Operator', 'at least');
    await page.getByRole('textbox', { name: 'Value', exact: true }).fill('1000');
    await page.getByTestId('filter-apply').click();
    await expect.poll(() => dealRows.count()).toBe(1);
    expect(await dealRows.first().textContent()).toContain('Hotel chairs');
    await page.getByTestId('filter-clear').click();
    await page.getByTestId('sales-tab-funnel').click();
    await page.getByTestId('funnel-chart').waitFor();
    await page.screenshot({ path: `${SHOTS}/rapport-sales-funnel.png` });
    // Forecast: one chart per currency, months in words, and deals without a close date counted.
    await apiCall(page, 'POST', '/deals', {
      title: 'EUR desks',
      amount: 100_000,
      expectedCloseDate: '2026-12-10',
    });
    await apiCall(page, 'POST', '/deals', {
      title: 'USD desks',
      amount: 50_000,
      currency: 'USD',
      expectedCloseDate: '2027-01-05',
    });
    await apiCall(page, 'POST', '/deals', { title: 'Undated desks', amount: 10_000 });
    await page.getByTestId('sales-tab-forecast').click();
    await page.getByTestId('forecast').waitFor();
    await page.getByTestId('forecast-chart-USD').waitFor();
    expect(await page.getByTestId('forecast-chart-EUR').textContent()).toContain('December 2026');
    expect(await page.getByTestId('forecast-chart-EUR').textContent()).not.toContain('$');
    expect(await page.getByTestId('forecast-chart-USD').textContent()).toContain('January 2027');
    expect(await page.getByTestId('forecast-undated').textContent()).toMatch(
      /^\d+ deals? ha(s|ve) no expected close date/,
    );
    await page.screenshot({ path: `${SHOTS}/rapport-sales-forecast.png` });
    await page.goto(`${server.baseUrl}/settings/pipelines`);
    await page.getByTestId('stages-editor').waitFor();
    expect(await page.getByTestId('stage-row').count()).toBe(8);
    await page.screenshot({ path: `${SHOTS}/rapport-sales-settings.png` });
  });

  it('shows, takes and picks the close date in Latvian when the user works in Latvian', async () => {
    await apiCall(page, 'PATCH', '/me', { locale: 'lv' });
    await page.goto(`${server.baseUrl}/sales`);
    await card('Hotel chairs').getByRole('button', { name: 'Hotel chairs' }).click();
    const close = page.getByTestId('deal-close-date');
    await close.waitFor();
    expect(await close.inputValue()).toBe('15.12.2026.');
    await typeDate(close, '20.01.2027.');
    expect(await close.inputValue()).toBe('20.01.2027.');
    // The calendar speaks Latvian and starts the week on Monday.
    await close.click();
    const calendar = page.locator('[data-dates-dropdown]');
    expect(await calendar.getByRole('button', { name: 'Izvēlēties mēnesi' }).textContent()).toBe(
      'janvāris 2027',
    );
    expect(await calendar.locator('thead th').first().textContent()).toBe('P');
    await expect.poll(() => calendar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.screenshot({ path: `${SHOTS}/rapport-sales-close-date-lv.png` });
    await calendar.getByRole('button', { name: '22 janvāris 2027', exact: true }).click();
    expect(await close.inputValue()).toBe('22.01.2027.');
    await page.getByTestId('deal-save').click();
    const dealId = (await card('Hotel chairs').getAttribute('data-testid'))?.replace('deal-card-', '');
    await expect
      .poll(
        async () =>
          (await apiCall<{ expectedCloseDate: string }>(page, 'GET', `/deals/${dealId}`)).expectedCloseDate,
      )
      .toBe('2027-01-22');
    await apiCall(page, 'PATCH', '/me', { locale: 'en' });
  });

  it('fits a Russian sales rep on a 1280 px screen: cards, lists, tasks and an empty funnel', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await apiCall(page, 'PATCH', '/me', { locale: 'ru' });
    const company = await apiCall(page, 'POST', '/companies', {
      name: 'SIA Baltijas Mēbeļu Rūpnīca un Tirdzniecības Nams',
    });
    await apiCall(page, 'POST', '/deals', {
      title: 'Реконструкция офиса на Бривибас',
      amount: 4_200_000,
      expectedCloseDate: '2020-01-15',
      personId,
      companyId: company.id,
    });
    await apiCall(page, 'POST', '/deals', {
      title: 'Стулья оплачены',
      amount: 100_000,
      stageId: 'stg_payment_received',
      expectedCloseDate: '2020-01-15',
    });
    await apiCall(page, 'POST', '/orders', {
      personId,
      companyId: company.id,
      currency: 'EUR',
      lines: [{ productName: 'Стеллаж складской', quantity: 2, unitPrice: 12_999 }],
    });
    const within = (inner: { x: number; width: number } | null, outer: { x: number; width: number } | null) =>
      !!inner && !!outer && inner.x >= outer.x && inner.x + inner.width <= outer.x + outer.width + 0.5;

    // Start page: a card whose label wraps to two lines keeps its icon inside it.
    await page.goto(server.baseUrl);
    await page.getByTestId('kpi-won-icon').waitFor();
    for (const card of ['kpi-customers', 'kpi-open-deals', 'kpi-won', 'kpi-revenue'])
      expect(
        within(
          await page.getByTestId(`${card}-icon`).boundingBox(),
          await page.getByTestId(card).boundingBox(),
        ),
        card,
      ).toBe(true);

    // Kanban: the open deal whose close date has passed shows it in red; the won one does not.
    await page.goto(`${server.baseUrl}/sales/board`);
    const late = card('Реконструкция офиса на Бривибас').getByTestId('deal-close-date-card');
    expect(await late.getAttribute('data-overdue')).toBe('true');
    expect(await late.getAttribute('title')).toContain('дата закрытия прошла');
    expect(
      await card('Стулья оплачены').getByTestId('deal-close-date-card').getAttribute('data-overdue'),
    ).toBeNull();

    // Deals list: long stage names and customers wrap; the page is no wider than the window and
    // the amount column is on screen.
    await page.goto(`${server.baseUrl}/sales/list`);
    await page.getByTestId('deals-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const amountHeader = page.getByTestId('deals-table').locator('thead th').nth(3);
    expect(within(await amountHeader.boundingBox(), { x: 0, width: 1280 })).toBe(true);

    // Orders: the customer with a long company name wraps, the total stays in view.
    await page.goto(`${server.baseUrl}/sales/orders`);
    const total = page.getByTestId('orders-table').locator('tbody tr').first().locator('td').last();
    await total.waitFor();
    expect(await total.textContent()).toContain('259,98');
    expect(within(await total.boundingBox(), { x: 0, width: 1280 })).toBe(true);

    // My day: a long task title uses the card's width and wraps instead of being cut after a few words.
    // (Due an hour ago: overdue whatever the time of day, so it is on the start page too.)
    const title = 'Перезвонить по поводу коммерческого предложения на мебель для гостиницы';
    await apiCall(page, 'POST', '/tasks', { title, type: 'call', dueAt: Date.now() - 60 * 60_000 });
    await page.goto(`${server.baseUrl}/tasks`);
    const item = page.locator('[data-testid="task-item"]', { hasText: 'Перезвонить' }).first();
    await item.waitFor();
    const titleBox = await item.getByTestId('task-item-title').boundingBox();
    const itemBox = await item.boundingBox();
    expect(titleBox && itemBox && titleBox.width > itemBox.width * 0.6).toBe(true);
    // More than one line: the title wraps instead of stopping at "Перезвонить по поводу…".
    const lines = await item
      .getByTestId('task-item-title')
      .evaluate(
        (el) => el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight),
      );
    expect(lines).toBeGreaterThan(1.5);

    // The start page's My day opens that very task.
    await page.goto(server.baseUrl);
    await page.getByTestId('home-task-link').filter({ hasText: 'Перезвонить' }).click();
    await page.waitForURL('**/tasks?task=tsk_*');
    await expect.poll(() => page.getByTestId('task-title').inputValue()).toBe(title);
    await page.keyboard.press('Escape');

    // A pipeline no deal has entered yet: the funnel says so instead of a column of empty bars.
    const empty = await apiCall(page, 'POST', '/pipelines', {
      name: 'Партнёры',
      stages: [
        { name: 'Знакомство', probability: 10, kind: 'open' },
        { name: 'Подписан', probability: 100, kind: 'won' },
        { name: 'Отказ', probability: 0, kind: 'lost' },
      ],
    });
    await page.goto(`${server.baseUrl}/sales/funnel?pipeline=${empty.id}`);
    expect(await page.getByTestId('funnel-empty').textContent()).toContain('ни одна сделка');
    expect(await page.getByTestId('funnel-chart').count()).toBe(0);
    // The default pipeline's funnel: conversion as a Russian percentage ("100 %").
    await page.goto(`${server.baseUrl}/sales/funnel`);
    await page.getByTestId('funnel-chart').waitFor();
    expect(await page.getByTestId('funnel-chart').textContent()).toMatch(/\d+\u00a0%/);
    await page.screenshot({ path: `${SHOTS}/rapport-sales-funnel-ru.png` });
    await apiCall(page, 'PATCH', '/me', { locale: 'en' });
  });
});
