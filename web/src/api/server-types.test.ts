import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allOf } from './server-types.js';

const WEB_SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SERVER_SRC = path.resolve(WEB_SRC, '../../server/src');
const FROM = /from '([^']+)'/g;
const SERVER_IMPORT = /^(?:import|export)( type)? \{[^}]*\} from '(@server\/[^']+)'/gm;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The server file an import names (`@server/x/y.js` or a relative `./z.js` inside the server). */
const serverFile = (spec: string, from?: string) =>
  (spec.startsWith('@server/')
    ? path.join(SERVER_SRC, spec.slice('@server/'.length))
    : path.resolve(path.dirname(from!), spec)
  ).replace(/\.js$/, '.ts');

/**
 * The web imports the API's types from the server (`@server/…`, type-only). Those files are the
 * contract: zod schemas and plain types, importing nothing but zod and each other, so the web never
 * compiles (or bundles) server code.
 */
describe('types the web shares with the server', () => {
  it('are type-only imports of server files that import nothing but zod and other such files', () => {
    const uses = sources(WEB_SRC).flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(SERVER_IMPORT)].map((m) => ({
        file: path.relative(WEB_SRC, f),
        typeOnly: m[1] === ' type',
        target: serverFile(m[2]!),
      })),
    );
    expect(uses.length).toBeGreaterThan(0);
    // Erased at build time: the bundle never holds server code, only the compiler reads it.
    expect(uses.filter((u) => !u.typeOnly).map((u) => u.file)).toEqual([]);
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const name = path.relative(SERVER_SRC, file);
      if (!fs.existsSync(file)) return void problems.push(`${name}: missing`);
      for (const m of fs.readFileSync(file, 'utf8').matchAll(FROM)) {
        const spec = m[1]!;
        if (spec === 'zod') continue;
        if (!/^\.{1,2}\/.*\.(schemas|types)\.js$/.test(spec)) problems.push(`${name} imports ${spec}`);
        else visit(serverFile(spec, file));
      }
    };
    for (const u of uses) visit(u.target);
    expect(problems).toEqual([]);
  });

  it('allOf keeps a list of a union and, at compile time, refuses one that misses or adds a member', () => {
    type Abc = 'a' | 'b' | 'c';
    expect(allOf<Abc>()(['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    // @ts-expect-error 'c' is missing (npm run typecheck fails if this line compiles)
    allOf<Abc>()(['a', 'b']);
    // @ts-expect-error 'd' is not a member
    allOf<Abc>()(['a', 'b', 'c', 'd']);
  });
});
