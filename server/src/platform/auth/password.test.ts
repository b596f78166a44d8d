import { describe, expect, it } from 'vitest';
import { diffRecords } from '../audit/record-audit.js';
import { hashPassword, verifyPassword } from './password.js';
import { csrfTokenFor, newApiKey } from './tokens.js';

describe('password hashing', () => {
  it('stores a self-describing scrypt hash with a fresh salt', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
  });

  it('rejects malformed hashes instead of throwing', async () => {
    for (const bad of ['', 'bcrypt$x', 'scrypt$0$8$1$aa$bb', 'scrypt$16384$8$1$aa$']) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });
});

describe('tokens', () => {
  it('derives a stable per-session CSRF token that depends on the secret', () => {
    expect(csrfTokenFor('s1', 'ses_1')).toBe(csrfTokenFor('s1', 'ses_1'));
    expect(csrfTokenFor('s1', 'ses_1')).not.toBe(csrfTokenFor('s1', 'ses_2'));
    expect(csrfTokenFor('s1', 'ses_1')).not.toBe(csrfTokenFor('s2', 'ses_1'));
  });

  it('makes keys rk_<8-char prefix>_<secret>', () => {
    const { key, prefix } = newApiKey();
    expect(key.startsWith(`rk_${prefix}_`)).toBe(true);
    expect(prefix).toMatch(/^[A-Za-z0-9]{8}$/);
  });
});

describe('audit diff', () => {
  it('lists changed fields as [old, new], treating missing as null', () => {
    expect(diffRecords({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], d: true })).toEqual({
      b: [[1], [2]],
      c: ['x', null],
      d: [null, true],
    });
    expect(diffRecords(null, null)).toEqual({});
  });
});
