import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeSetup, openBrowser, SHOTS } from './browser.js';
import { type RunningServer, startServer } from './server.js';

const OWNER = { name: 'Liene Leads', email: 'liene@example.com', password: 'owner-password-1' };

let server: RunningServer;
let browser: Browser;
let page: Page;

describe('leads in a real browser', () => {
  beforeAll(async () => {
    server = await startServer();
    ({ browser, page } = await openBrowser());
    await completeSetup(page, server.baseUrl, OWNER);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a lead on Sales → Leads and converts it with a deal', async () => {
    await page.goto(`${server.baseUrl}/sales/leads`);
    await page.getByTestId('lead-create').click();
    await page.getByTestId('lead-firstName').fill('Marta');
    await page.getByTestId('lead-email').fill('marta@example.lv');
    await page.getByTestId('lead-create-submit').click();
    await page.getByTestId('lead-score').waitFor();
    await page.getByTestId('lead-convert').click();
    await page.getByTestId('lead-convert-submit').click();
    await page.getByTestId('lead-convert-submit').waitFor({ state: 'detached' });
    const leads = (await page.evaluate(async () => (await fetch('/api/v1/leads')).json())) as {
      data: { status: string; personId: string | null; dealId: string | null }[];
    };
    expect(leads.data[0]).toMatchObject({ status: 'converted' });
    expect(leads.data[0]?.dealId).toMatch(/^deal_/);
    // The person's timeline reads the lead's history as words: the conversion links to its deal.
    await page.goto(`${server.baseUrl}/customers/people/${leads.data[0]?.personId}`);
    const converted = page.getByTestId('timeline-item-lead.converted');
    await converted.waitFor();
    expect(await converted.textContent()).toContain('Liene Leads converted the lead');
    expect(await converted.getByTestId('timeline-link').getAttribute('href')).toBe(
      `/sales/board?deal=${leads.data[0]?.dealId}`,
    );
    expect(await page.getByTestId('timeline-item-lead.created').textContent()).toContain(
      'Liene Leads created a lead',
    );
    expect(await page.getByTestId('timeline').textContent()).not.toMatch(/lead\.[a-z_]+|dealId|[{}]/);
    await page.screenshot({ path: `${SHOTS}/rapport-person-timeline-lead.png`, fullPage: true });
  });

  it('opens Settings → Forms and Scoring rules', async () => {
    await page.goto(`${server.baseUrl}/settings/forms`);
    await page.getByTestId('forms-page').waitFor();
    await page.goto(`${server.baseUrl}/settings/scoring`);
    await page.getByTestId('scoring-rules').waitFor();
  });

  it('builds a web form: adds, edits and deletes field rows, adds a consent', async () => {
    await page.goto(`${server.baseUrl}/settings/forms`);
    await page.getByTestId('form-add').click();
    const builder = page.getByTestId('form-builder');
    await builder.getByLabel(/^Name/).fill('Newsletter');
    // The default form has two fields: add a third, drop the second; the new consent is made optional.
    await builder.getByRole('button', { name: 'Add field' }).click();
    await builder.getByLabel('Key', { exact: true }).nth(2).fill('company');
    await builder
      .getByLabel(/^Label \(en\)/)
      .nth(2)
      .fill('Company');
    await builder.getByRole('button', { name: 'Delete' }).nth(1).click();
    await builder.getByRole('button', { name: 'Add consent' }).click();
    await builder.getByLabel(/^Checkbox text \(en\)/).fill('I agree');
    await builder.getByLabel('Required').nth(2).uncheck();
    await page.getByTestId('form-save').click();
    await page.getByTestId('form-builder').waitFor({ state: 'detached' });
    const forms = (await page.evaluate(async () => (await fetch('/api/v1/forms')).json())) as {
      data: { name: string; fields: unknown[]; consents: unknown[] }[];
    };
    const form = forms.data.find((f) => f.name === 'Newsletter');
    expect(form?.fields).toEqual([
      { key: 'name', label: { en: 'Name' }, type: 'text', required: true, mapsTo: 'firstName' },
      { key: 'company', label: { en: 'Company' }, type: 'text', required: false, mapsTo: 'interest' },
    ]);
    expect(form?.consents).toEqual([
      { purpose: 'data_processing', text: { en: 'I agree' }, textVersion: 'v1', required: false },
    ]);
  });
});
