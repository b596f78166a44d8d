import { afterEach, describe, expect, it, vi } from 'vitest';
import { reloadForNewVersion } from './lazy-page.js';

describe('reloading for a new version', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reloads once when a chunk is missing, not again within a minute, and again later', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    });
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    expect(reloadForNewVersion(1_000_000)).toBe(true);
    expect(reloadForNewVersion(1_030_000)).toBe(false); // the new page failed too: show the error
    expect(reloadForNewVersion(1_061_000)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
