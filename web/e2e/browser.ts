import { type Browser, chromium, type Page } from 'playwright-core';

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
