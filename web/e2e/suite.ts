import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { completeSetup, openBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';

export interface SuiteApp {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/**
 * A Rapport server (with `env`) and a fresh Chromium page for the enclosing describe, the `owner`
 * set up and signed in when given; both stopped after its tests. `ready` receives them before the
 * first test, so a file keeps its own `server`/`page` variables.
 */
export function useSuiteApp(
  opts: { owner?: { name: string; email: string; password: string }; env?: NodeJS.ProcessEnv },
  ready: (app: SuiteApp) => void,
) {
  let app: Partial<SuiteApp> = {};
  beforeAll(async () => {
    const server = await startServer(opts.env);
    app = { server };
    const { browser, page } = await openBrowser();
    app = { server, browser, page };
    if (opts.owner) await completeSetup(page, server.baseUrl, opts.owner);
    ready(app as SuiteApp);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
}
