/**
 * `npm run bench [name…]`: runs each benchmark (server/bench/*.bench.ts) in its own process, so
 * peak-memory figures are per benchmark. With names, runs only those (e.g. `npm run bench lists`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const chosen = wanted.length ? all.filter((f) => wanted.some((w) => f.startsWith(w))) : all;
if (chosen.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ')}; have: ${all.join(', ')}`);
  process.exit(1);
}
console.log(`Rapport benchmarks — ${new Date().toISOString()} — node ${process.version}`);
let failed = false;
for (const file of chosen) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
