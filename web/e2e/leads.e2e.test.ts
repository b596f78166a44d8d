import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Liene Leads', email: 'liene@example.com', password: 'owner-password-1' };

let server: RunningServer;
let page: Page;

async function pick(label: string, option: string, nth = 0) {
  await page.getByRole('textbox', { name: label, exact: true }).nth(nth).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('leads in a real browser', () => {
  useSuiteApp({ owner: OWNER }, (app) => ({ server, page } = app));

  it('shows what Forms and Scoring rules are for while they are empty', async () => {
    await page.goto(`${server.baseUrl}/settings/forms`);
    expect(await page.getByTestId('forms-empty').textContent()).toContain('No web forms yet');
    await page.getByTestId('forms-empty-create').waitFor();
    await page.goto(`${server.baseUrl}/settings/scoring`);
    expect(await page.getByTestId('rules-empty').textContent()).toContain('No scoring rules yet');
    await page.getByTestId('rules-empty-create').waitFor();
  });

  it("shows where each lead came from in the list, in the user's language", async () => {
    await apiCall(page, 'POST', '/leads', {
      firstName: 'Ivars',
      email: 'ivars@example.lv',
      source: 'exhibition',
    });
    await apiCall(page, 'PATCH', '/me', { locale: 'lv' });
    await page.goto(`${server.baseUrl}/sales/leads`);
    const row = page.getByTestId('leads-table').locator('tbody tr', { hasText: 'Ivars' });
    await row.waitFor();
    expect(await row.getByTestId('lead-source').textContent()).toBe('Izstāde');
    await apiCall(page, 'PATCH', '/me', { locale: 'en' });
  });

  it('creates a lead on Sales → Leads and converts it with a deal', async () => {
    await page.goto(`${server.baseUrl}/sales/leads`);
    await page.getByTestId('lead-create').click();
    await page.getByTestId('lead-firstName').fill('Marta');
    await page.getByTestId('lead-email').fill('marta@example.lv');
    await page.getByTestId('lead-create-submit').click();
    await page.getByTestId('lead-score').waitFor();
    await page.getByTestId('lead-convert').click();
    // The convert dialog names the owner of the new person and deal (the lead's: me).
    expect(await page.getByTestId('lead-convert-owner').inputValue()).toBe(OWNER.name);
    await page.getByTestId('lead-convert-submit').click();
    await page.getByTestId('lead-convert-submit').waitFor({ state: 'detached' });
    // The converted lead stays open, read-only: no field takes typing that no Save would keep.
    expect(await page.getByTestId('lead-converted-hint').textContent()).toContain('converted lead is kept');
    expect(await page.getByTestId('lead-firstName').isEditable()).toBe(false);
    expect(await page.getByTestId('lead-interest').isEditable()).toBe(false);
    const leads = (await page.evaluate(async () => (await fetch('/api/v1/leads')).json())) as {
      data: { status: string; personId: string | null; dealId: string | null }[];
    };
    expect(leads.data[0]).toMatchObject({ status: 'converted' });
    expect(leads.data[0]?.dealId).toMatch(/^deal_/);
    const deal = await apiCall<{ ownerId: string | null }>(page, 'GET', `/deals/${leads.data[0]?.dealId}`);
    expect(deal.ownerId).toMatch(/^usr_/);
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
      .getByLabel(/^Label \(English\)/)
      .nth(2)
      .fill('Company');
    await builder.getByRole('button', { name: 'Delete' }).nth(1).click();
    await builder.getByRole('button', { name: 'Add consent' }).click();
    await builder.getByLabel(/^Checkbox text \(English\)/).fill('I agree');
    await builder.getByLabel('Required').nth(2).uncheck();
    await page.getByTestId('form-save').click();
    await page.getByTestId('form-builder').waitFor({ state: 'detached' });
    const forms = (await page.evaluate(async () => (await fetch('/api/v1/forms')).json())) as {
      data: { name: string; fields: unknown[]; consents: unknown[] }[];
    };
    const form = forms.data.find((f) => f.name === 'Newsletter');
    expect(form?.fields).toEqual([
      {
        key: 'name',
        label: { en: 'Name', ru: 'Имя и фамилия', lv: 'Vārds, uzvārds' },
        type: 'text',
        required: true,
        mapsTo: 'fullName',
      },
      { key: 'company', label: { en: 'Company' }, type: 'text', required: false, mapsTo: 'interest' },
    ]);
    expect(form?.consents).toEqual([
      { purpose: 'data_processing', text: { en: 'I agree' }, textVersion: 'v1', required: false },
    ]);
  });

  it('saves the scoring condition the builder shows (no Apply), words it, and edits the rule', async () => {
    await page.goto(`${server.baseUrl}/settings/scoring`);
    await page.getByTestId('rule-add').click();
    const editor = page.getByTestId('rule-editor');
    await editor.getByLabel(/^Name/).fill('Web form leads');
    await editor.getByTestId('filter-add-condition').click();
    await pick('Field', 'Source');
    await pick('Value', 'Web form');
    expect(await editor.getByTestId('filter-apply').count()).toBe(0);
    await page.getByTestId('rule-save').click();
    await editor.waitFor({ state: 'detached' });
    const rules = await apiCall<{ data: { id: string; condition: unknown; points: number }[] }>(
      page,
      'GET',
      '/lead-scoring-rules',
    );
    expect(rules.data[0]?.condition).toEqual({ and: [{ field: 'source', op: 'eq', value: 'web_form' }] });
    expect(await page.getByTestId('rule-condition').first().textContent()).toBe('Source is Web form');

    // An emptied condition is refused with a message, not saved as "every lead".
    await page.getByTestId('rule-row').first().getByRole('button', { name: 'Edit' }).click();
    await editor.getByLabel(/^Points/).fill('25');
    await editor.getByRole('button', { name: 'Remove condition' }).click();
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-condition-error').waitFor();
    await editor.getByTestId('filter-add-condition').click();
    await pick('Field', 'Source');
    await pick('Value', 'Exhibition');
    await page.getByTestId('rule-save').click();
    await editor.waitFor({ state: 'detached' });
    const after = await apiCall<{ data: { condition: unknown; points: number }[] }>(
      page,
      'GET',
      '/lead-scoring-rules',
    );
    expect(after.data).toHaveLength(1);
    expect(after.data[0]).toMatchObject({
      points: 25,
      condition: { and: [{ field: 'source', op: 'eq', value: 'exhibition' }] },
    });
  });

  it('picks event data by name for an event rule and words it', async () => {
    await page.getByTestId('rule-add').click();
    const editor = page.getByTestId('rule-editor');
    await editor.getByText('Event', { exact: true }).click();
    await editor.getByLabel(/^Name/).fill('Newsletter sign-up');
    await pick('Event type', 'Web form submitted');
    await pick('Event data field', 'Form');
    await pick('Value', 'Newsletter');
    await page.getByTestId('rule-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('rule-condition').allTextContents())
      .toContain('Web form submitted: Form is “Newsletter”');
  });

  it('asks before deleting a scoring rule', async () => {
    const row = page.getByTestId('rule-row').filter({ hasText: 'Newsletter sign-up' });
    await row.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog')
      .getByText('The rule “Newsletter sign-up” will no longer give points.')
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('confirm-button').click();
    await row.waitFor({ state: 'detached' });
    const rules = await apiCall<{ data: { name: string }[] }>(page, 'GET', '/lead-scoring-rules');
    expect(rules.data.map((r) => r.name)).not.toContain('Newsletter sign-up');
  });
});
