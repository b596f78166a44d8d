import { type ComponentType, lazy } from 'react';

/**
 * A page loaded with its route (its own chunk): the app's first download carries the shell, sign-in
 * and the start page, not every module. `name` is the page's named export.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
