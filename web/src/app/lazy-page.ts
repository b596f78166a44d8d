import { type ComponentType, lazy } from 'react';

const RELOADED_AT = 'rapport.reloadedForNewVersion';

/**
 * A chunk that fails to load is almost always one an upgrade of the server removed (this page still
 * runs the old version): reload once to get the new app. At most once a minute, so a real network
 * failure shows the error instead of reloading forever. Returns whether it reloaded.
 */
export function reloadForNewVersion(now = Date.now()): boolean {
  const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (now - last < 60_000) return false;
  sessionStorage.setItem(RELOADED_AT, String(now));
  window.location.reload();
  return true;
}

/**
 * A page loaded with its route (its own chunk): the app's first download carries the shell, sign-in
 * and the start page, not every module. `name` is the page's named export.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() =>
    load().then(
      (m) => ({ default: m[name] }),
      (err: unknown) => {
        reloadForNewVersion();
        throw err;
      },
    ),
  );
}
