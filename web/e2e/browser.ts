import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SHOTS = process.env.RAPPORT_SCREENSHOTS ?? '/tmp';

/** Debian's Chromium, headless, with a fresh English page. */
export async function openBrowser(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { browser, page };
}

export async function completeSetup(
  page: Page,
  baseUrl: string,
  owner: { name: string; email: string; password: string },
) {
  await page.goto(baseUrl);
  await page.waitForURL('**/setup');
  await page.getByTestId('setup-name').fill(owner.name);
  await page.getByTestId('setup-email').fill(owner.email);
  await page.getByTestId('setup-password').fill(owner.password);
  await page.getByTestId('setup-submit').click();
  await page.getByTestId('home-page').waitFor();
}

export async function login(page: Page, email: string, password: string) {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

export async function openUserMenu(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').waitFor();
}

export async function logout(page: Page) {
  await openUserMenu(page);
  await page.getByTestId('menu-logout').click();
  await page.waitForURL('**/login');
}

/** Picks `option` in the Mantine Select / MultiSelect labelled `label` inside `scope`. */
export async function choose(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Types `text` into a date field (Mantine DateInput) as a user would, in the format the field shows
 * for the app language (`12/15/2026` in English, `15.12.2026.` in Latvian), then leaves the field.
 */
export async function typeDate(field: Locator, text: string) {
  await field.click();
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Tab');
}

const monthStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), 1).getTime();

/**
 * Picks `when` (to the minute) in a date-time field (Mantine DateTimePicker) of an English page:
 * opens the calendar, steps to the month, clicks the day, types the time on the 12-hour clock, ✓.
 */
export async function pickDateTime(page: Page, field: Locator, when: Date) {
  await field.click();
  const dropdown = page.locator('[data-dates-dropdown]');
  const day = dropdown.getByRole('button', {
    name: when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    exact: true,
  });
  for (let i = 0; i < 36 && (await day.count()) === 0; i++) {
    const shown = new Date(
      `1 ${await dropdown.getByRole('button', { name: 'Choose a month' }).textContent()}`,
    );
    const step = monthStart(when) < monthStart(shown) ? 'Previous month' : 'Next month';
    await dropdown.getByRole('button', { name: step }).click();
  }
  await day.click();
  const hours = when.getHours() % 12 || 12;
  await dropdown.getByRole('spinbutton', { name: 'Hours' }).fill(String(hours).padStart(2, '0'));
  await dropdown
    .getByRole('spinbutton', { name: 'Minutes' })
    .fill(String(when.getMinutes()).padStart(2, '0'));
  await dropdown.getByLabel('AM/PM').selectOption(when.getHours() < 12 ? 'AM' : 'PM');
  await dropdown.getByRole('button', { name: 'Done' }).click();
  await dropdown.waitFor({ state: 'hidden' });
}

/** A JSON request through the signed-in browser (cookie session + the session's CSRF token). */
export function apiCall<T = { id: string; data?: unknown[] }>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.json();
    },
    { method, path, body },
  ) as Promise<T>;
}
