import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };

const ERRORS_TS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../server/src/platform/errors.ts',
);

/**
 * Codes a person using the app never meets: redirects the client follows (merged records), and
 * answers only an API caller gets (a malformed body, an unknown route).
 */
const API_ONLY = ['person_merged', 'company_merged', 'invalid_json', 'route_not_found'];

/** The keys of the server's `ErrorCodes` table. */
function serverCodes(): string[] {
  const text = fs.readFileSync(ERRORS_TS, 'utf8');
  const table = /export const ErrorCodes = \{([\s\S]*?)\}/.exec(text)?.[1] ?? '';
  return [...table.matchAll(/^\s*([a-z_]+):/gm)].map((m) => m[1]!);
}

describe('error codes in the user language', () => {
  it('words every code the server answers a person with (not "The request failed (email_taken)")', () => {
    const codes = serverCodes();
    expect(codes).toEqual(expect.arrayContaining(['email_taken', 'last_admin', 'forbidden']));
    const worded = Object.keys(en.errors.codes);
    expect(codes.filter((c) => !API_ONLY.includes(c) && !worded.includes(c))).toEqual([]);
  });
});
