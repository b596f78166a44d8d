import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' };

let server: RunningServer;
let page: Page;
const dialog = () => page.getByRole('dialog');

describe('automation and analytics in a real browser', () => {
  useSuiteApp({ owner: OWNER }, (app) => ({ server, page } = app));

  it('lists the shipped rules, toggles one, and creates a rule in the editor', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-automation').click();
    const vip = page.getByTestId('rule-rul_vip_call');
    await vip.waitFor();
    expect(await page.getByTestId('rule-rul_inquiry_follow_up').textContent()).toContain(
      'Deal enters a stage',
    );
    const toggle = vip.getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await expect.poll(() => toggle.isChecked()).toBe(false);

    await page.getByRole('button', { name: 'New rule' }).click();
    await dialog().getByLabel('Name').first().fill('Welcome new people');
    await dialog().getByLabel('Title').fill('Say hello');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Welcome new people' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/rapport-automation.png` });
  });

  it('shows the team performance page', async () => {
    await page.getByTestId('nav-analytics').click();
    await page.getByTestId('performance-table').waitFor();
    expect(await page.getByTestId('performance-table').textContent()).toContain(OWNER.name);
  });
});
