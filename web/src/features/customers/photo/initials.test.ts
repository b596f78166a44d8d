import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.js';

describe('initialsOf', () => {
  it('takes the first letters of the first two words, upper-cased', () => {
    expect(initialsOf('anna  bērziņa')).toBe('AB');
    expect(initialsOf('Ēriks Ozols Jr')).toBe('ĒO');
    expect(initialsOf('Юрий Гагарин')).toBe('ЮГ');
  });

  it('skips punctuation and copes with one word, an email or a dash', () => {
    expect(initialsOf('anna@x.io')).toBe('A');
    expect(initialsOf('—')).toBe('');
    expect(initialsOf('  ')).toBe('');
    expect(initialsOf('(Bert) Smith')).toBe('S');
  });
});
