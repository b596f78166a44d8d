import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  RESOURCES,
  ROLE_PERMISSIONS,
  ROLE_SCOPE,
  ROLES,
  SPECIAL_PERMISSIONS,
} from '../src/platform/users/roles.js';

const LETTER: Record<string, string> = {
  read: 'R',
  create: 'C',
  update: 'U',
  delete: 'D',
  export: 'E',
  manage: 'M',
};

/** The matrix as docs/permissions.md shows it, built from the one table in roles.ts. */
function matrix(): string {
  const lines = [`| resource | ${ROLES.join(' | ')} |`, `|---|${ROLES.map(() => '---').join('|')}|`];
  for (const r of RESOURCES) {
    const cells = ROLES.map(
      (role) =>
        ACTIONS.filter((a) => ROLE_PERMISSIONS[role].includes(`${r}:${a}`))
          .map((a) => LETTER[a])
          .join('') || '–',
    );
    lines.push(`| ${r} | ${cells.join(' | ')} |`);
  }
  lines.push(`| profile | ${ROLES.map(() => 'RU').join(' | ')} |`);
  lines.push(`| **scope** | ${ROLES.map((r) => ROLE_SCOPE[r]).join(' | ')} |`);
  return lines.join('\n');
}

/** The special permissions (outside the matrix) as docs/permissions.md shows them: ✓ per role holding it. */
function specials(): string {
  const lines = [`| permission | ${ROLES.join(' | ')} |`, `|---|${ROLES.map(() => '---').join('|')}|`];
  for (const p of Object.keys(SPECIAL_PERMISSIONS) as (keyof typeof SPECIAL_PERMISSIONS)[])
    lines.push(
      `| ${p} | ${ROLES.map((role) => (ROLE_PERMISSIONS[role].includes(p) ? '✓' : '–')).join(' | ')} |`,
    );
  return lines.join('\n');
}

const doc = () => fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
const between = (text: string, marker: string) =>
  text.split(`<!-- ${marker}:start -->`)[1]?.split(`<!-- ${marker}:end -->`)[0]?.trim();

describe('docs/permissions.md', () => {
  it('shows exactly the role table of roles.ts', () => {
    expect(between(doc(), 'matrix'), `regenerate the table in docs/permissions.md:\n${matrix()}`).toBe(
      matrix(),
    );
  });

  it('shows exactly the special permissions of roles.ts', () => {
    expect(between(doc(), 'special'), `regenerate the table in docs/permissions.md:\n${specials()}`).toBe(
      specials(),
    );
  });

  it('never gives a viewer a write', () => {
    for (const p of ROLE_PERMISSIONS.viewer) expect(p).toMatch(/:read$/);
  });
});
