import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, choose, login, logout, SHOTS, typeDate } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner-password-1' };
const AGENT = { name: 'Boris Agent', email: 'boris@example.com', password: 'agent-password-1' };

let server: RunningServer;
let page: Page;

const dialog = () => page.getByRole('dialog');
const row = (email: string) => page.getByTestId(`user-row-${email}`);

describe('settings in a real browser', () => {
  useSuiteApp({ owner: OWNER }, (app) => ({ server, page } = app));

  it('creates a team', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-teams').click();
    await page.getByTestId('team-create').click();
    await dialog().getByLabel('Team name').fill('Riga sales');
    await choose(page, 'Team lead', `${OWNER.name} (${OWNER.email})`);
    await dialog().getByRole('button', { name: 'Create' }).click();
    await page.getByRole('cell', { name: 'Riga sales' }).waitFor();
  });

  it('creates a user with a role and a team, sets an absence with a substitute, deactivates and reactivates', async () => {
    await page.getByTestId('settings-tab-users').click();
    await page.getByTestId('user-create').click();
    await dialog().getByLabel('Name').fill(AGENT.name);
    await dialog().getByLabel('Email').fill(AGENT.email);
    await choose(page, 'Role', 'Support agent');
    // The role says what it may do, so the admin need not guess "Supervisor" from "Manager".
    await dialog().getByText("Support: the team's customers, cases and tasks").waitFor();
    await dialog().getByLabel('Initial password').fill(AGENT.password);
    await choose(page, 'Teams', 'Riga sales');
    await page.keyboard.press('Escape');
    // An email already in use is said under Email, and the form stays filled.
    await dialog().getByLabel('Email').fill(OWNER.email);
    await dialog().getByRole('button', { name: 'Create' }).click();
    await dialog().getByText('A user with this email already exists.').waitFor();
    await dialog().getByLabel('Email').fill(AGENT.email);
    await dialog().getByRole('button', { name: 'Create' }).click();
    await row(AGENT.email).waitFor();
    expect(await row(AGENT.email).textContent()).toContain('Support agent');
    expect(await row(AGENT.email).textContent()).toContain('Riga sales');
    // The lead is not a member, yet the list says which team they lead.
    expect(await row(OWNER.email).textContent()).toContain('Riga sales (lead)');

    await row(AGENT.email).getByRole('button', { name: 'Edit' }).click();
    // Next year's December: an absence still to come, so the list shows it (a past one it hides).
    const year = new Date().getFullYear() + 1;
    await typeDate(dialog().getByLabel('Absent from'), `12/01/${year}`);
    await typeDate(dialog().getByLabel('Absent until'), `12/14/${year}`);
    await choose(page, 'Substitute', `${OWNER.name} (${OWNER.email})`);
    await dialog().getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => row(AGENT.email).getByTestId('user-absence').textContent())
      .toBe(`Absent Dec 1, ${year} – Dec 14, ${year} · ${OWNER.name} stands in`);
    // The typed days are sent as before: the start of the first day, the last millisecond of the last.
    const users = await apiCall<{ data: { email: string; absentFrom: number; absentUntil: number }[] }>(
      page,
      'GET',
      '/users?q=boris',
    );
    expect(users.data[0]).toMatchObject({
      absentFrom: new Date(year, 11, 1).getTime(),
      absentUntil: new Date(year, 11, 14, 23, 59, 59, 999).getTime(),
    });
    await page.screenshot({ path: `${SHOTS}/rapport-shell-users.png` });
    // At 1024 px the absence wraps and the row's actions stay in view without scrolling sideways.
    await page.setViewportSize({ width: 1024, height: 800 });
    const deactivate = await row(AGENT.email).getByRole('button', { name: 'Deactivate' }).boundingBox();
    expect(deactivate!.x + deactivate!.width).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('textbox', { name: 'Search by name or email' }).fill('boris');
    // The filtered list arrives after the owner's row has gone: wait for it, then count.
    await row(AGENT.email).waitFor();
    await expect.poll(() => row(OWNER.email).count()).toBe(0);
    await expect.poll(() => row(AGENT.email).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Search by name or email' }).fill('');
    await row(OWNER.email).waitFor();

    await row(AGENT.email).getByRole('button', { name: 'Deactivate' }).click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => row(AGENT.email).textContent()).toContain('Deactivated');
    await row(AGENT.email).getByRole('button', { name: 'Reactivate' }).click();
    await expect.poll(() => row(AGENT.email).textContent()).not.toContain('Deactivated');
  });

  it('creates an API key shown once, then revokes it', async () => {
    await page.getByTestId('settings-tab-api-keys').click();
    await page.getByTestId('api-key-create').click();
    await dialog().getByLabel('Name').fill('Web shop');
    await dialog().getByRole('button', { name: 'Create' }).click();
    const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
    expect(secret.length).toBeGreaterThan(20);
    await page.screenshot({ path: `${SHOTS}/rapport-shell-api-key.png` });
    await dialog().getByRole('button', { name: 'Done' }).click();
    await page.getByRole('cell', { name: 'Web shop' }).waitFor();
    expect(await page.getByTestId('api-keys-page').textContent()).not.toContain(secret);

    await page.setViewportSize({ width: 1024, height: 800 });
    const revokeBox = await page.getByRole('button', { name: 'Revoke' }).boundingBox();
    expect(revokeBox!.x + revokeBox!.width).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('api-keys-page').textContent()).toContain('Revoked');
  });

  it('shows the audit log of these changes to the administrator', async () => {
    await page.getByTestId('settings-tab-audit').click();
    await page.getByTestId('audit-page').waitFor();
    expect(await page.getByTestId('audit-page').locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('audit-page').textContent()).toContain(OWNER.name);
    // Actions and record types in words, not the server's codes.
    const created = page
      .getByTestId('audit-page')
      .locator('tbody tr')
      .filter({ hasText: AGENT.email })
      .last();
    expect(await created.textContent()).toMatch(/^.*Created\s*User/);
    expect(await page.getByTestId('audit-page').locator('tbody').textContent()).not.toMatch(
      /\bcreate\b|\bupdate\b/,
    );
    await page.screenshot({ path: `${SHOTS}/rapport-shell-audit.png` });
  });

  it('asks before deleting an escalation rule', async () => {
    await page.getByTestId('settings-tab-escalation').click();
    const rule = page.getByTestId('escalation-esc_default_overdue_24h');
    await rule.getByRole('button', { name: 'Delete' }).click();
    await dialog().getByText('The rule “Overdue 24 h → notify team lead” will no longer run.').waitFor();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    expect(await rule.count()).toBe(1);
    await rule.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('confirm-button').click();
    await rule.waitFor({ state: 'detached' });
    expect(await page.getByTestId('escalation-esc_default_absent').count()).toBe(1);
  });

  it('hides what an agent may not open and answers a direct link with "No access"', async () => {
    await logout(page);
    await login(page, AGENT.email, AGENT.password);
    expect(await page.getByTestId('nav-customers').isVisible()).toBe(true);
    expect(await page.getByTestId('nav-marketing').count()).toBe(0);
    expect(await page.getByTestId('nav-analytics').count()).toBe(0);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('profile-page').waitFor();
    expect(await page.getByTestId('settings-tab-api-keys').count()).toBe(0);
    expect(await page.getByTestId('settings-tab-audit').count()).toBe(0);
    // The company details are readable (quotes use them) and say who may change them.
    await page.getByTestId('settings-tab-company').click();
    await page.getByText('Only an administrator can change them.').waitFor();
    expect(await page.getByTestId('company-save').count()).toBe(0);
    await page.goto(`${server.baseUrl}/settings/api-keys`);
    await page.getByTestId('forbidden').waitFor();
    await page.goto(`${server.baseUrl}/marketing`);
    await page.getByTestId('forbidden').waitFor();
    // A notification's link to a task handed to someone else says so, not "deleted".
    await page.goto(`${server.baseUrl}/tasks?task=tsk_01jz0000000000000000000000`);
    await page.getByText('This task is not among the ones you can see').waitFor();
  });

  it('lets a user change their own name and password', async () => {
    await page.goto(`${server.baseUrl}/settings/profile`);
    await page.getByTestId('profile-page').getByLabel('Your name').fill('Boris B. Agent');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('user-name').textContent()).toBe('Boris B. Agent');

    // A wrong current password is said under that field.
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('agent-password-2');
    await page.getByLabel('Repeat the new password').fill('agent-password-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This is not your current password.').waitFor();
    await page.getByLabel('Current password').fill(AGENT.password);
    await page.getByLabel('New password', { exact: true }).fill('agent-password-2');
    await page.getByLabel('Repeat the new password').fill('agent-password-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();
    await logout(page);
    await login(page, AGENT.email, 'agent-password-2');
    expect(await page.getByTestId('user-name').textContent()).toBe('Boris B. Agent');
  });
});
