import { fromJson } from '../../db/json.js';
import { csvField, csvValue } from './csv-export.js';

/**
 * One CSV column of a streamed export, as data (so a worker thread can encode it too): the value of
 * result column `column`, or of property `key` of that JSON column; `as: 'json'` parses a JSON list
 * (`a; b`), `as: 'isoDate'` writes epoch milliseconds as an ISO time.
 */
export interface CsvPlanColumn {
  header: string;
  column: string;
  key?: string;
  as?: 'json' | 'isoDate';
}

export function csvHeaderLine(plan: CsvPlanColumn[]): string {
  return `${plan.map((c) => csvField(c.header)).join(',')}\n`;
}

/** Encodes array rows (named by `columns`) as CSV lines; each JSON column is parsed once per row. */
export function encodeCsvRows(plan: CsvPlanColumn[], columns: string[], rows: unknown[][]): string {
  const at = plan.map((c) => columns.indexOf(c.column));
  const jsonColumns = [
    ...new Set(plan.filter((c) => c.key !== undefined).map((c) => columns.indexOf(c.column))),
  ];
  const parsed = new Map<number, Record<string, unknown> | null>();
  let out = '';
  for (const row of rows) {
    for (const i of jsonColumns) parsed.set(i, row[i] == null ? null : fromJson(row[i]));
    for (let i = 0; i < plan.length; i++) {
      if (i > 0) out += ',';
      const c = plan[i] as CsvPlanColumn;
      const cell = row[at[i] as number];
      if (c.key !== undefined) out += csvValue(parsed.get(at[i] as number)?.[c.key]);
      else if (c.as === 'json') out += cell === '[]' || cell == null ? '' : csvValue(fromJson(cell));
      else if (c.as === 'isoDate') out += cell == null ? '' : new Date(Number(cell)).toISOString();
      else out += csvValue(cell);
    }
    out += '\n';
  }
  return out;
}
