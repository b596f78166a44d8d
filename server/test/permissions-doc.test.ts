import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, RESOURCES, ROLE_PERMISSIONS, ROLE_SCOPE, ROLES } from '../src/platform/users/roles.js';

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

describe('docs/permissions.md', () => {
  it('shows exactly the role table of roles.ts', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
    const table = doc.split('<!-- matrix:start -->')[1]?.split('<!-- matrix:end -->')[0]?.trim();
    expect(table, `regenerate the table in docs/permissions.md:\n${matrix()}`).toBe(matrix());
  });

  it('never gives a viewer a write', () => {
    for (const p of ROLE_PERMISSIONS.viewer) expect(p).toMatch(/:read$/);
  });
});
