import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeSetup, login, logout, openUserMenu, SHOTS } from './browser.js';
import type { RunningServer } from './server.js';
import { useSuiteApp } from './suite.js';

const OWNER = { name: 'Anna Owner', email: 'owner@example.com', password: 'correct-horse-battery' };

let server: RunningServer;
let browser: Browser;
let page: Page;

describe('app shell in a real browser', () => {
  useSuiteApp({}, (app) => ({ server, page, browser } = app));

  it('sends the first visitor to setup and signs the new owner in', async () => {
    await completeSetup(page, server.baseUrl, OWNER);
    expect(await page.getByTestId('user-name').textContent()).toBe(OWNER.name);
    expect(await page.getByTestId('nav-customers').textContent()).toContain('Customers');
    expect(await page.getByTestId('nav-settings').isVisible()).toBe(true);
  });

  it('shows a translated empty state for modules not built yet', async () => {
    await page.getByTestId('nav-service').click();
    await page.getByTestId('module-service').waitFor();
    expect(await page.getByTestId('module-service').textContent()).toContain('Coming in a later release');
  });

  it('signs out and back in, with a translated error for a wrong password', async () => {
    await logout(page);
    await page.goto(`${server.baseUrl}/settings`);
    await page.waitForURL('**/login?next=*');
    await page.getByTestId('login-email').fill(OWNER.email);
    await page.getByTestId('login-password').fill('wrong-password-123');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('login-error').textContent()).toContain('Wrong email or password');
    await page.getByTestId('login-password').fill(OWNER.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/settings/profile');
    await page.getByTestId('profile-page').waitFor();
  });

  it('switches to Russian, keeps it per user across a reload, and applies the dark theme', async () => {
    await openUserMenu(page);
    await page.getByTestId('menu-locale-ru').click();
    await expect.poll(() => page.getByTestId('nav-customers').textContent()).toBe('Клиенты');
    expect(await page.getByTestId('settings-tab-users').textContent()).toBe('Пользователи');

    await page.reload();
    await page.getByTestId('nav-customers').waitFor();
    expect(await page.getByTestId('nav-customers').textContent()).toBe('Клиенты');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('home-page').waitFor();
    await page.screenshot({ path: `${SHOTS}/rapport-shell-ru.png` });

    await openUserMenu(page);
    await page.getByTestId('menu-theme-dark').click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByTestId('home-page').waitFor();
    expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await page.screenshot({ path: `${SHOTS}/rapport-shell-ru-dark.png` });
    await page.getByTestId('nav-loyalty').click();
    expect(await page.getByTestId('module-loyalty').textContent()).toContain('Появится в следующих версиях');
    await page.screenshot({ path: `${SHOTS}/rapport-shell-module-ru-dark.png` });
  });

  it('keeps the language and theme with the user, not the browser: a fresh browser gets them at sign-in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const fresh = await context.newPage();
    await fresh.goto(`${server.baseUrl}/login`);
    expect(await fresh.getByTestId('login-submit').textContent()).toBe('Sign in');
    await login(fresh, OWNER.email, OWNER.password);
    await expect.poll(() => fresh.getByTestId('nav-customers').textContent()).toBe('Клиенты');
    expect(await fresh.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await context.close();
  });

  it('signs out to a Russian login page', async () => {
    await logout(page);
    expect(await page.getByTestId('login-submit').textContent()).toBe('Войти');
    await page.screenshot({ path: `${SHOTS}/rapport-shell-login-ru.png` });
    const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(session).toBe(401);
  });
});
