import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';

/** The prefix of kept list state (`rapport.list.<list>.<part>`). */
export const KEPT_LISTS = 'rapport.list.';

/**
 * `useState` kept in this tab's sessionStorage under `key`, so a list's search, filter, sort and
 * columns are still there when the user opens a record and comes back. Without a key it is plain
 * `useState`. A stored value that is not valid JSON is ignored.
 */
export function useKeptState<T>(key: string | undefined, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    if (!key) return initial;
    try {
      const stored = globalThis.sessionStorage?.getItem(key);
      return stored === null || stored === undefined ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    if (key) globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
  }, [key, value]);
  return [value, setValue];
}

/** Forgets every kept value whose key starts with `prefix` (on sign-out: the next user starts clean). */
export function forgetKeptState(prefix: string): void {
  const store = globalThis.sessionStorage;
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(prefix)) store.removeItem(key);
}
