import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openUserMenu } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Ivo Importer', email: 'ivo@example.com', password: 'import-password-1' };

let server: RunningServer;
let page: Page;

/** Background workers off: an uploaded import waits in the queue until it is cancelled. */
describe('cancelling an import in a real browser', () => {
  useSuiteApp({ owner: OWNER }, (app) => ({ server, page } = app));

  it('cancels a waiting import from the wizard and shows it cancelled in the history', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-tab-import').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'waiting.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First Name,Email,Record ID\nWait,wait@example.com,501\n'),
    });
    await page.getByTestId('import-mapping').waitFor();
    // The server's suggestion, including a target the standard list lacks (HubSpot's record id).
    expect(await page.getByTestId('import-target-0').inputValue()).toBe('First name');
    expect(await page.getByTestId('import-target-2').inputValue()).toBe('ID in hubspot');
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-progress][data-status=queued]').waitFor();
    await page.getByTestId('import-cancel').click();
    await page.locator('[data-testid=import-progress][data-status=cancelled]').waitFor();
    expect(await page.getByTestId('import-progress').textContent()).toContain('Import cancelled');
    expect(await page.getByTestId('import-cancel').count()).toBe(0);

    await page.getByRole('button', { name: 'Import another file' }).click();
    const row = page.getByTestId('import-history').locator('tbody tr').first();
    await expect.poll(() => row.textContent()).toContain('waiting.csv');
    expect(await row.textContent()).toContain('Cancelled');
  });
});

/** Workers on: the import runs, and its rejected rows are shown and reported in the user's language. */
describe("an import's rejected rows in the user's language", () => {
  useSuiteApp({ owner: OWNER, env: { RAPPORT_WORKERS: 'on' } }, (app) => ({ server, page } = app));

  it('shows the first bad rows worded in Latvian, and the report in Latvian too', async () => {
    await openUserMenu(page);
    await page.getByTestId('menu-locale-lv').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('lv');
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-tab-import').click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'slikts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First Name,Email\nLaba,laba@example.com\nSlikta,broken@\n,\n'),
    });
    await page.getByTestId('import-mapping').waitFor();
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-progress][data-status=done]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-count-failed').textContent()).toBe('2');
    const bad = page.getByTestId('import-bad-rows').locator('tbody tr');
    await expect.poll(() => bad.count()).toBe(2);
    expect(await bad.nth(0).textContent()).toBe('3Emailbroken@Nederīga e-pasta adrese');
    expect(await bad.nth(1).textContent()).toBe('4——Rindā nav ne vārda, ne e-pasta, ne tālruņa, ne ārējā ID');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-errors').click(),
    ]);
    const report = fs.readFileSync((await file.path())!, 'utf8');
    expect(report.split('\n').slice(0, 2)).toEqual([
      'rinda,kolonna,iemesls,First Name,Email',
      '3,Email,Nederīga e-pasta adrese,Slikta,broken@',
    ]);
  });
});
