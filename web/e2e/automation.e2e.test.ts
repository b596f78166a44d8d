import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' };

let server: RunningServer;
let page: Page;
const dialog = () => page.getByRole('dialog');

describe('automation and analytics in a real browser', () => {
  // Workers on: the automation consumer runs the rules in the background, as in production.
  useSuiteApp({ owner: OWNER, env: { RAPPORT_WORKERS: 'on' } }, (app) => ({ server, page } = app));

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

  it('marks a failing rule in red, filters failing rules, and the bell opens its run history', async () => {
    // add_tag on a deal always fails (deals have no tags).
    const rule = await apiCall<{ id: string }>(page, 'POST', '/automation/rules', {
      name: 'Tag new deals',
      trigger: { kind: 'record_created', entity: 'deal' },
      actions: [{ kind: 'add_tag', tag: 'hot' }],
    });
    await apiCall(page, 'POST', '/deals', { title: 'Crane', amount: 1000 });
    await expect
      .poll(
        async () =>
          (
            await apiCall<{ health: { failedLast7Days: number } }>(
              page,
              'GET',
              `/automation/rules/${rule.id}`,
            )
          ).health.failedLast7Days,
        { timeout: 20_000, interval: 250 },
      )
      .toBe(1);

    await page.goto(`${server.baseUrl}/settings/automation`);
    const row = page.getByTestId(`rule-${rule.id}`);
    await row.getByTestId('rule-failures').waitFor();
    expect(await row.getByTestId('rule-failures').textContent()).toBe('1 failure in 7 days');
    expect(await row.getByTestId('rule-last-error').textContent()).toContain('deal has no tags');
    // Healthy rules carry no badge.
    expect(await page.getByTestId('rule-rul_inquiry_follow_up').getByTestId('rule-health').count()).toBe(0);
    await page.getByTestId('rules-filter').getByText('Failing (1)').click();
    await expect.poll(() => page.getByTestId('rule-rul_inquiry_follow_up').count()).toBe(0);
    expect(await row.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/rapport-automation-failing.png` });

    // The owner (the rule's creator) is told; the notification opens the rule's run history.
    await page.getByTestId('bell').click();
    const note = page.locator('[data-testid="notification-item"][data-kind="automation.failed"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('Automation rule “Tag new deals” failed: deal has no tags');
    await note.click();
    await page.waitForURL(`**/settings/automation?rule=${rule.id}`);
    await dialog().getByTestId('rule-runs').waitFor();
    expect(await dialog().getByTestId('rule-runs').textContent()).toContain('Failed');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('rule=');

    // 19 more failures in a row (20 in all): the rule switches itself off and says why.
    for (let i = 0; i < 19; i++) await apiCall(page, 'POST', '/deals', { title: `Crane ${i}`, amount: 1000 });
    await expect
      .poll(
        async () =>
          (await apiCall<{ enabled: boolean }>(page, 'GET', `/automation/rules/${rule.id}`)).enabled,
        { timeout: 20_000, interval: 250 },
      )
      .toBe(false);
    await page.reload();
    await row.getByTestId('rule-paused').waitFor();
    expect(await row.getByTestId('rule-paused').textContent()).toBe('Paused: 20 failures in a row');
    expect(await row.getByRole('switch').isChecked()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/rapport-automation-paused.png` });
  });

  it('shows the team performance page', async () => {
    await page.getByTestId('nav-analytics').click();
    await page.getByTestId('performance-table').waitFor();
    expect(await page.getByTestId('performance-table').textContent()).toContain(OWNER.name);
  });
});
