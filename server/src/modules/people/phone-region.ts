import { AsyncLocalStorage } from 'node:async_hooks';
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import type { Executor } from '../../db/database.js';
import { readOrgSetting } from '../../platform/settings/org-settings.repository.js';

/** The organisation setting key; the value is an ISO 3166 alpha-2 code libphonenumber knows. */
export const PHONE_REGION_KEY = 'phone.defaultRegion';
/** Used until an admin sets one (Rapport started in Latvia). */
export const FALLBACK_PHONE_REGION: CountryCode = 'LV';

/**
 * The default region of the work in progress. Phone numbers are normalised deep inside synchronous
 * validators (people, leads, forms, custom fields, imports, search); rather than thread a region
 * through all of them, each request (`registerPhoneRegionHook`) and each import runs inside this
 * scope, and `normalizePhone` reads it. Outside a scope the fallback applies.
 */
const scope = new AsyncLocalStorage<CountryCode>();

export const currentPhoneRegion = (): CountryCode => scope.getStore() ?? FALLBACK_PHONE_REGION;

export function withPhoneRegion<T>(region: CountryCode, fn: () => T): T {
  return scope.run(region, fn);
}

export const isPhoneRegion = (v: string): v is CountryCode => isSupportedCountry(v);

/** The stored setting, or the fallback. */
export async function loadPhoneRegion(db: Executor): Promise<CountryCode> {
  const stored = await readOrgSetting<string>(db, PHONE_REGION_KEY);
  return stored && isPhoneRegion(stored) ? stored : FALLBACK_PHONE_REGION;
}

/**
 * The setting as requests see it: read at most every few seconds per database, and dropped at once
 * when this node writes it. Another node's change is seen within `CACHE_MS`.
 */
const CACHE_MS = 5_000;
const cache = new WeakMap<object, { region: CountryCode; at: number }>();

export async function cachedPhoneRegion(db: Executor): Promise<CountryCode> {
  const hit = cache.get(db);
  if (hit && performance.now() - hit.at < CACHE_MS) return hit.region;
  const region = await loadPhoneRegion(db);
  cache.set(db, { region, at: performance.now() });
  return region;
}

export function forgetPhoneRegion(db: Executor): void {
  cache.delete(db);
}
