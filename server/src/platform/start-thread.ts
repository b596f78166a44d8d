import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts `<name>.js` next to the calling module (`callerUrl` = its `import.meta.url`) in a worker
 * thread. From dist the worker is plain JS. From src (tsx, vitest) it is a .ts file: a small bootstrap
 * registers tsx's loader in the thread first (Node 20 ignores `--import` in a worker's execArgv).
 */
export function startThread(
  callerUrl: string,
  name: string,
  workerData: unknown,
  opts: { maxHeapMb?: number } = {},
): Worker {
  // V8 sizes a heap by the machine's memory (GBs here) and lets garbage pile up until near it; a
  // thread whose live data is small runs in far less memory when its old generation is capped.
  const resourceLimits = opts.maxHeapMb ? { maxOldGenerationSizeMb: opts.maxHeapMb } : undefined;
  if (!callerUrl.endsWith('.ts'))
    return new Worker(new URL(`./${name}.js`, callerUrl), { workerData, resourceLimits });
  const tsxDir = path.dirname(createRequire(callerUrl).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
