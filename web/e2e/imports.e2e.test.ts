import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
