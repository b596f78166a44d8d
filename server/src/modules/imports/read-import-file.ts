import fs from 'node:fs';
import { parse } from 'csv-parse';
import type { CountryCode } from 'libphonenumber-js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { currentPhoneRegion, withPhoneRegion } from '../people/phone-region.js';
import type { CellError } from './cell-values.js';
import { fileDelimiter } from './csv-delimiter.js';
import { type ImportEntity, mapHeaders } from './header-mapping.js';
import { readCompanyRow } from './import-companies.js';
import { type ImportedOrderLine, readOrderRow } from './read-order-row.js';
import { type ImportedPerson, validatePersonRow } from './row-validator.js';

/** What reading needs besides the file, loaded once by the import. */
export interface ReadSetup {
  entity: ImportEntity;
  filePath: string;
  /** The user's column mapping (header → field), over the automatic one. */
  mapping: Record<string, string>;
  /** Custom fields of the entity (none for orders). */
  defs: FieldDefinition[];
  /** Active contact source keys. */
  sources: string[];
  /** Phone numbers without a country code are read in this region. */
  region: CountryCode;
  /** Data rows committed before a restart: read past them. */
  skip: number;
  /** Rows per batch (the writer's transaction size). */
  batchSize: number;
}

export interface BadRow {
  line: number;
  cells: string[];
  errors: CellError[];
}
export interface CompanyRow {
  line: number;
  row: ReturnType<typeof readCompanyRow>;
  cells: string[];
}
/** One write transaction's worth of rows, validated; `rows` counts them all (good and bad). */
export interface ReadBatch {
  type: 'batch';
  rows: number;
  people: ImportedPerson[];
  companies: CompanyRow[];
  orderLines: ImportedOrderLine[];
  bad: BadRow[];
}
export type ReadMessage = { type: 'header'; headers: string[] } | ReadBatch;

/**
 * Streams the CSV (constant memory: the consumer pulls), validates each row with the API's rules and
 * yields the header once, then batches of at most `batchSize` rows. A batch of order lines ends only
 * between orders, so an order's adjacent lines are written together. It reads no database: the
 * caller loads the setup once and writes the batches.
 */
export async function* readImportFile(setup: ReadSetup): AsyncGenerator<ReadMessage> {
  const { entity, batchSize } = setup;
  const defs = new Map(setup.defs.map((d) => [d.key, d]));
  const sources = new Set(setup.sources);
  // Phones are read in the import's region. The import already runs in that scope; entering it again
  // for each row cost ~3 % of an order-line import, so only a caller outside it pays.
  const inRegion = <T>(fn: () => T): T =>
    currentPhoneRegion() === setup.region ? fn() : withPhoneRegion(setup.region, fn);
  const parser = fs.createReadStream(setup.filePath).pipe(
    parse({
      bom: true,
      delimiter: fileDelimiter(setup.filePath),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  let headers: string[] | null = null;
  let ctx: Parameters<typeof validatePersonRow>[1] | null = null;
  let seen = 0;
  let batch = emptyBatch();
  const size = () =>
    batch.people.length + batch.companies.length + batch.orderLines.length + batch.bad.length;
  const take = () => {
    const full = { ...batch, rows: size() };
    batch = emptyBatch();
    return full;
  };

  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!headers) {
      headers = record.map((h) => h.trim());
      ctx = { headers, targets: mapHeaders(entity, headers, setup.defs, setup.mapping), defs, sources };
      yield { type: 'header', headers };
      continue;
    }
    if (seen++ < setup.skip) continue;
    const line = info.lines;
    if (entity === 'people') {
      const { person, errors } = inRegion(() => validatePersonRow(record, ctx!));
      if (errors.length) batch.bad.push({ line, cells: record, errors });
      else batch.people.push(person);
    } else if (entity === 'orders') {
      const row = inRegion(() => readOrderRow(record, headers!, ctx!.targets));
      const last = batch.orderLines[batch.orderLines.length - 1];
      if (batch.orderLines.length >= batchSize && last && last.orderId !== row.line.orderId) yield take();
      if (row.errors.length) batch.bad.push({ line, cells: record, errors: row.errors });
      else batch.orderLines.push(row.line);
      continue;
    } else {
      const row = readCompanyRow(record, headers, ctx!.targets, defs);
      if (row.errors.length) batch.bad.push({ line, cells: record, errors: row.errors });
      else batch.companies.push({ line, row, cells: record });
    }
    if (size() >= batchSize) yield take();
  }
  if (size() > 0) yield take();
}

function emptyBatch(): ReadBatch {
  return { type: 'batch', rows: 0, people: [], companies: [], orderLines: [], bad: [] };
}
