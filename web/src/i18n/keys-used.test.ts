import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, ROLES } from '../api/types.js';
import { MODULES } from '../app/modules.js';
import en from './en.json' with { type: 'json' };

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const NAMESPACES = Object.keys(en).join('|');
// Any string literal shaped like a catalog key, so keys picked by a ternary are checked too.
const LITERAL = new RegExp(`['\`]((?:${NAMESPACES})\\.[\\w.-]+)['\`]`, 'g');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return false;
    const obj = node as Record<string, unknown>;
    node = part in obj ? obj[part] : obj[`${part}_other`];
  }
  return typeof node === 'string';
}

describe('keys used by the code', () => {
  it('every literal key in the sources exists in the English catalog', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(LITERAL)) {
        if (!has(m[1]!)) missing.push(`${path.relative(SRC, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every key built from data (roles, languages, themes, modules) exists', () => {
    const keys = [
      ...ROLES.flatMap((r) => [`roles.${r}`, `users.roleHints.${r}`]),
      ...LOCALES.map((l) => `locales.${l}`),
      ...['light', 'dark', 'auto'].map((v) => `themes.${v}`),
      ...['profile', 'users', 'teams', 'api-keys', 'fields', 'pipelines', 'audit'].map(
        (tab) => `settings.tabs.${tab}`,
      ),
      ...MODULES.flatMap((m) => [`modules.${m.key}.title`, `modules.${m.key}.description`]),
      ...MODULES.filter((m) => m.planned).flatMap((m) =>
        ['f1', 'f2', 'f3'].map((f) => `modules.${m.key}.${f}`),
      ),
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
});
