import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' };
const CSV = [
  'First name,Last name,Email,Tier',
  'Anna,Bērziņa,anna@example.lv,gold',
  'Boris,Ozols,boris@example.lv,silver',
  'Bad,Row,not-an-email,gold',
].join('\n');

let server: RunningServer;
let page: Page;

const dialog = () => page.getByRole('dialog');
const rows = () => page.getByTestId('people-table').locator('tbody tr');

/** Picks an option of a Mantine Select outside dialogs by its accessible name. */
async function pick(label: string, option: string, nth = 0) {
  await page.getByRole('textbox', { name: label, exact: true }).nth(nth).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function download(click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

describe('Customer 360 in a real browser', () => {
  // Imports run as background jobs, so this server has its workers on.
  useSuiteApp({ owner: OWNER, env: { RAPPORT_WORKERS: 'on' } }, (app) => ({ server, page } = app));

  it('shows the empty state, then creates a select custom field with the wizard', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('people-empty').waitFor();
    expect(await page.getByTestId('people-empty').textContent()).toContain('No people yet');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-fields').click();
    await page.getByTestId('field-create').click();
    await dialog().getByTestId('field-key').fill('tier');
    await dialog().getByTestId('field-type').click();
    await page.getByRole('option', { name: 'Select', exact: true }).click();
    await page.getByTestId('field-next').click();
    await dialog().getByTestId('field-label-en').fill('Tier');
    await dialog().getByLabel('Label (Русский)').fill('Уровень');
    await page.getByTestId('field-next').click();
    for (const [value, label] of [
      ['gold', 'Gold'],
      ['silver', 'Silver'],
    ]) {
      await page.getByTestId('option-add').click();
      await dialog().getByRole('textbox', { name: 'Value', exact: true }).last().fill(value!);
      await dialog().getByRole('textbox', { name: 'Label en', exact: true }).last().fill(label!);
    }
    await page.screenshot({ path: `${SHOTS}/rapport-c360-field-wizard.png` });
    await page.getByTestId('field-next').click();
    await page.getByTestId('field-row-tier').waitFor();
    expect(await page.getByTestId('field-row-tier').textContent()).toContain('Select');
  });

  it('imports a CSV with one bad row, maps the custom field and downloads the error report', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-tab-import').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await page.getByTestId('import-mapping').waitFor();
    // Header suggestions: "Tier" goes to the new custom field by its label.
    expect(await page.getByTestId('import-target-3').inputValue()).toBe('Tier');
    expect(await page.getByTestId('import-target-2').inputValue()).toBe('Email');
    await page.screenshot({ path: `${SHOTS}/rapport-c360-import-mapping.png`, fullPage: true });
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-progress][data-status=done]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-count-created').textContent()).toBe('2');
    expect(await page.getByTestId('import-count-failed').textContent()).toBe('1');
    await page.screenshot({ path: `${SHOTS}/rapport-c360-import-done.png` });
    const report = await download(() => page.getByTestId('import-errors').click());
    expect(report).toContain('not-an-email');
    expect(report).not.toContain('anna@example.lv');

    // Back on the first step, the history lists the file with its outcome and report.
    await page.getByRole('button', { name: 'Import another file' }).click();
    const history = page.getByTestId('import-history');
    await expect.poll(() => history.locator('tbody tr').first().textContent()).toContain('contacts.csv');
    const row = await history.locator('tbody tr').first().textContent();
    expect(row).toContain('Done');
    expect(row).toContain('1 row: report');
    expect(row).toContain(OWNER.name);
  });

  it('filters by the custom field, shows a column for it and exports the selection', async () => {
    await page.getByTestId('customers-tab-people').click();
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('column-custom.tier').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('filter-toggle').click();
    await page.getByTestId('filter-add-condition').click();
    await pick('Field', 'Tier');
    await pick('Value', 'Gold');
    await page.getByTestId('filter-apply').click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Anna Bērziņa');
    expect(await rows().first().textContent()).toContain('Gold');
    await page.screenshot({ path: `${SHOTS}/rapport-c360-people-filter.png`, fullPage: true });
    // Opening a person and coming back finds the list as it was: filtered, with the Tier column.
    await rows().first().getByRole('link').click();
    await page.getByTestId('person-page').waitFor();
    await page.goBack();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Gold');
    await page.getByTestId('filter-toggle').click();

    const csv = await download(() => page.getByTestId('people-export').click());
    expect(csv).toContain('anna@example.lv');
    expect(csv).not.toContain('boris@example.lv');
    // The export has the columns the list shows, in its order (the id first, to match rows again).
    expect(csv.split('\n')[0]).toBe(
      'id,firstName,middleName,lastName,email,phone,city,lifecycleStage,createdAt,custom.tier',
    );

    await page.getByTestId('view-save').click();
    await dialog().getByLabel('View name').fill('Gold customers');
    await dialog().getByLabel('Share with my team').check();
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('view-picker').inputValue()).toContain('Gold customers');
    // Clearing the filter shows everyone; picking the saved view brings filter and columns back.
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => rows().count()).toBe(2);
    await pick('Saved view', 'Gold customers · shared');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Gold');
  });

  it('shows a filter error next to the offending condition', async () => {
    await page.getByTestId('filter-add-condition').click();
    // The Tier condition from before is the first row; this one is the second.
    await pick('Field', 'Birthday', 1);
    // "Birthday is <no date>" is sent as is; the server answers invalid_filter for that node, with
    // its kind (`required`), which the builder words in the user's language.
    await page.getByTestId('filter-apply').click();
    await page.getByTestId('filter-error').waitFor();
    expect(await page.getByTestId('filter-condition').nth(1).getByTestId('filter-error').textContent()).toBe(
      'Required',
    );
    expect(await page.getByTestId('filter-condition').nth(0).getByTestId('filter-error').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/rapport-c360-filter-error.png`, fullPage: true });
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('creates a person, edits a field inline and sees the change and a note on the timeline', async () => {
    await page.getByTestId('person-create').click();
    await dialog().getByLabel('First name').fill('Carl');
    await dialog().getByLabel('Last name').fill('Kalns');
    await dialog().getByLabel('Email').fill('carl@example.lv');
    await page.getByTestId('person-create-submit').click();
    await page.getByTestId('person-page').waitFor();
    expect(await page.getByTestId('person-name').textContent()).toBe('Carl Kalns');

    await page.getByTestId('edit-lastName').click();
    await page.getByTestId('field-lastName').getByRole('textbox').fill('Kalniņš');
    await page.getByTestId('save-lastName').click();
    await expect.poll(() => page.getByTestId('person-name').textContent()).toBe('Carl Kalniņš');
    await page.getByTestId('timeline-change').first().waitFor();
    expect(await page.getByTestId('timeline-change').first().textContent()).toBe(
      'Last name: Kalns → Kalniņš',
    );

    await page.getByTestId('edit-custom-tier').click();
    await pick('Tier', 'Silver');
    await page.getByTestId('save-custom-tier').click();
    await expect.poll(() => page.getByTestId('field-custom-tier').textContent()).toContain('Silver');
    // The change reads with the option's label, not its stored value.
    await expect
      .poll(() => page.getByTestId('timeline-change').first().textContent())
      .toBe('Tier: — → Silver');

    await page.getByTestId('note-input').fill('Called, wants an **invoice**');
    await page.getByTestId('note-add').click();
    await page.getByTestId('timeline-item-note.added').waitFor();
    expect(await page.getByTestId('timeline-item-note.added').locator('b').textContent()).toBe('invoice');
    // A task made from the profile is about this person and shows on its timeline.
    await page.getByTestId('person-task-create').click();
    await page.getByTestId('task-title').fill('Send the invoice');
    expect(await page.getByTestId('task-person').inputValue()).toBe('Carl Kalniņš');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('timeline-item-task.created').waitFor();
    expect(await page.getByTestId('timeline-item-task.created').textContent()).toContain('Send the invoice');
    await page.screenshot({ path: `${SHOTS}/rapport-c360-person.png`, fullPage: true });

    await page.getByTestId('timeline').getByText('Notes', { exact: true }).click();
    // The filtered page loads after the chip click: wait for it rather than reading mid-reload.
    const shown = async () =>
      `${await page.getByTestId('timeline-change').count()} changes, ${await page.getByTestId('timeline-item-note.added').count()} notes`;
    await expect.poll(shown).toBe('0 changes, 1 notes');

    // Emails (like phones) edit as a list; the first stays the primary.
    await page.getByTestId('edit-emails').click();
    await page.getByTestId('field-emails').getByRole('textbox').fill('carl.k@example.lv');
    await page.getByTestId('field-emails').getByRole('textbox').press('Tab');
    await page.getByTestId('save-emails').click();
    await expect
      .poll(() => page.getByTestId('field-emails').textContent())
      .toBe('Emailscarl@example.lvcarl.k@example.lv');

    // Enter adds the typed phone to the list and keeps the editor open (it used to save the list
    // without it and close); ✓ saves both.
    await page.getByTestId('edit-phones').click();
    const phone = page.getByTestId('field-phones').getByRole('textbox');
    await phone.fill('+371 2611 1111');
    await phone.press('Enter');
    await phone.fill('+371 2622 2222');
    await phone.press('Enter');
    await page.getByTestId('save-phones').click();
    await expect
      .poll(() => page.getByTestId('field-phones').textContent())
      .toBe('Phones+37126111111+37126222222');

    // External ids (the customer's number in the POS, the web shop…) edit as source:id entries.
    await page.getByTestId('edit-externalIds').click();
    await page.getByTestId('field-externalIds').getByRole('textbox').fill('pos:10042');
    await page.getByTestId('field-externalIds').getByRole('textbox').press('Tab');
    await page.getByTestId('save-externalIds').click();
    await expect
      .poll(() => page.getByTestId('field-externalIds').textContent())
      .toBe('External idspos · 10042');
  });

  it('merges two duplicates and shows the merge on the timeline', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('person-create').click();
    await dialog().getByLabel('First name').fill('Anna');
    await dialog().getByLabel('Last name').fill('Berzina');
    await dialog().getByLabel('Email').fill('anna@example.lv');
    await page.getByTestId('person-create-submit').click();
    await page.getByTestId('person-page').waitFor();
    // The duplicates consumer runs in the background: reload until it has proposed the pair.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('person-page').waitFor();
          return page.getByTestId('duplicate-pair').count();
        },
        { timeout: 45_000, interval: 1_500 },
      )
      .toBeGreaterThan(0);
    await page.getByTestId('duplicate-merge').click();
    await dialog().getByTestId('merge-fields').waitFor();
    await page.screenshot({ path: `${SHOTS}/rapport-c360-merge.png` });
    await page.getByTestId('merge-confirm').click();
    await page.getByTestId('timeline-merged').waitFor();
    expect(await page.getByTestId('timeline-merged').textContent()).toContain('Bērziņa');
    await page.screenshot({ path: `${SHOTS}/rapport-c360-merged.png`, fullPage: true });
    await page.getByTestId('nav-customers').click();
    await expect.poll(() => page.getByText('Anna Bērziņa').count()).toBe(0);
  });

  it('creates a company, links a person with a role and sees them on the company page', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-tab-companies').click();
    // The empty list offers "import a CSV": the button opens the import on companies.
    await page.getByTestId('companies-empty').waitFor();
    await page.getByTestId('companies-import').click();
    await page.getByTestId('import-wizard').waitFor();
    expect(
      await page.getByTestId('import-entity').getByRole('radio', { name: 'Companies' }).isChecked(),
    ).toBe(true);
    await page.getByTestId('customers-tab-companies').click();
    await page.getByTestId('company-create').click();
    await dialog().getByRole('textbox', { name: 'Name', exact: true }).fill('Baltic Amber');
    await dialog().getByLabel('Website').fill('https://www.balticamber.lv');
    await page.getByTestId('company-create-submit').click();
    await page.getByTestId('company-page').waitFor();
    expect(await page.getByTestId('field-domain').textContent()).toContain('balticamber.lv');

    await page.getByTestId('customers-tab-people').click();
    await page.getByRole('link', { name: 'Carl Kalniņš' }).click();
    await page.getByTestId('person-page').waitFor();
    await pick('Company', 'Baltic Amber');
    await page.getByTestId('linked-companies').getByRole('textbox', { name: 'Role' }).fill('CFO');
    await page.getByTestId('linked-companies').getByRole('button', { name: 'Link' }).click();
    await page.getByTestId('linked-companies').getByRole('link', { name: 'Baltic Amber' }).click();
    await page.getByTestId('company-page').waitFor();
    await expect.poll(() => page.getByTestId('company-page').textContent()).toContain('Carl Kalniņš · CFO');
    // The company page links people too (it only listed them).
    const companyPeople = page.getByTestId('company-people');
    await companyPeople.getByRole('textbox', { name: 'Related person' }).fill('Boris');
    await page.getByRole('option', { name: 'Boris Ozols', exact: true }).click();
    await companyPeople.getByRole('textbox', { name: 'Role' }).fill('Buyer');
    await companyPeople.getByRole('button', { name: 'Link' }).click();
    await expect.poll(() => companyPeople.textContent()).toContain('Boris Ozols · Buyer');
    await page.screenshot({ path: `${SHOTS}/rapport-c360-company.png`, fullPage: true });
  });

  it('filters, sorts and saves a view of the companies list', async () => {
    await page.getByTestId('customers-tab-companies').click();
    await page.getByTestId('company-create').click();
    await dialog().getByRole('textbox', { name: 'Name', exact: true }).fill('Amber Foods');
    await dialog().getByLabel('Industry').fill('Food');
    await page.getByTestId('company-create-submit').click();
    await page.getByTestId('company-page').waitFor();
    await page.getByTestId('customers-tab-companies').click();
    const companyRows = () => page.getByTestId('companies-table').locator('tbody tr');
    await expect.poll(() => companyRows().count()).toBe(2);
    // Sorting by name: ascending, then descending.
    await page.getByTestId('sort-name').click();
    await expect.poll(() => companyRows().first().textContent()).toContain('Amber Foods');
    await page.getByTestId('sort-name').click();
    await expect.poll(() => companyRows().first().textContent()).toContain('Baltic Amber');

    await page.getByTestId('filter-toggle').click();
    await page.getByTestId('filter-add-condition').click();
    await pick('Field', 'Industry');
    await page.getByRole('textbox', { name: 'Value', exact: true }).fill('Food');
    await page.getByTestId('filter-apply').click();
    await expect.poll(() => companyRows().count()).toBe(1);
    expect(await companyRows().first().textContent()).toContain('Amber Foods');
    await page.getByTestId('view-save').click();
    await dialog().getByLabel('View name').fill('Food companies');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => companyRows().count()).toBe(2);
    await pick('Saved view', 'Food companies');
    await expect.poll(() => companyRows().count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/rapport-c360-companies-view.png`, fullPage: true });
  });
});
