import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** Type prefixes keep ids self-describing in logs, URLs and support tickets. */
export type IdPrefix = 'usr' | 'team' | 'ses' | 'key' | 'evt' | 'job' | 'aud' | (string & {});

/** A sortable id: `<prefix>_<ulid>`, e.g. `per_01JD3…`. Sorting by id sorts by creation time. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${next().toLowerCase()}`;
}
