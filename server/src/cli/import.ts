import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { createContext } from '../bootstrap.js';
import type { Config } from '../config.js';
import { createImport } from '../modules/imports/create-import.js';
import { checkMapping, type ImportEntity, parseMapping } from '../modules/imports/header-mapping.js';
import { importErrors } from '../modules/imports/imports.repository.js';
import type { BadRow } from '../modules/imports/run-import.js';
import { spawnImportWorker } from '../modules/imports/spawn-import-worker.js';
import { systemActor } from '../platform/actor.js';
import { newId } from '../platform/ids.js';

export interface ImportCliOptions {
  map?: string;
  dryRun?: boolean;
  /** Bad rows printed at the end (the rest: GET /api/v1/imports/:id/errors.csv). */
  showErrors?: number;
}

/** `rapport import people|companies|orders FILE`: imports in a worker thread with a progress bar. */
export async function importCsv(
  config: Config,
  entity: string,
  file: string,
  opts: ImportCliOptions,
  out = console.log,
) {
  if (entity !== 'people' && entity !== 'companies' && entity !== 'orders')
    throw new Error(`Unknown entity ${entity}: use people, companies or orders`);
  const filePath = path.resolve(file);
  if (!fs.existsSync(filePath)) throw new Error(`No such file: ${filePath}`);
  const ctx = await createContext(config);
  const id = newId('imp');
  const mapping = parseMapping(opts.map);
  try {
    await checkMapping(ctx.db, entity, mapping);
    await createImport(
      ctx,
      {
        id,
        entity: entity as ImportEntity,
        filePath,
        fileName: path.basename(filePath),
        mapping,
        ownerId: null,
        actor: systemActor,
      },
      { queue: false },
    );
    const bar = new cliProgress.SingleBar(
      {
        format: ' {bar} {percentage}% | {value}/{total} rows | {eta_formatted} left',
        hideCursor: true,
        // Written to a log or a pipe (no terminal), the bar becomes a progress line every 10 s.
        noTTYOutput: true,
        notTTYSchedule: 10_000,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1, 0);
    const bad: BadRow[] = [];
    const result = await spawnImportWorker(ctx, id, {
      dryRun: opts.dryRun,
      onProgress: (p) => {
        bar.setTotal(p.total);
        bar.update(p.done);
      },
      onBadRows: (rows) => bad.push(...rows.slice(0, Math.max(0, (opts.showErrors ?? 20) - bad.length))),
    });
    bar.stop();
    const c = result.counts;
    out(
      `${opts.dryRun ? 'Dry run (nothing written): would have ' : ''}created ${c.created}, updated ${c.updated}, ` +
        `unchanged ${c.unchanged}, failed ${c.failed} of ${result.done} rows`,
    );
    if (result.cancelled) out('Cancelled from the web or the API: the rows above stay imported');
    if (!opts.dryRun) {
      for await (const e of importErrors(ctx.db, id)) {
        if (bad.length >= (opts.showErrors ?? 20)) break;
        bad.push({ line: e.line, cells: [], errors: [{ column: e.columnName, reason: e.reason }] });
      }
      out(`Import ${id}${c.failed ? `: all bad rows at GET /api/v1/imports/${id}/errors.csv` : ''}`);
    }
    for (const b of bad)
      for (const e of b.errors) out(`  line ${b.line}${e.column ? ` [${e.column}]` : ''}: ${e.reason}`);
  } finally {
    if (opts.dryRun) await ctx.db.deleteFrom('imports').where('id', '=', id).execute();
    await ctx.db.destroy();
  }
}
