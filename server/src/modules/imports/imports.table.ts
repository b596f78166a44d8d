import type { Generated, Selectable } from 'kysely';

/** One CSV upload and how far its import got; counts move in the same transaction as the rows. */
export interface ImportsTable {
  id: string;
  entity: string;
  /** queued → running → done | failed | cancelled */
  status: string;
  filePath: string;
  /** The name the file had on the user's side (upload or CLI argument). */
  fileName: string | null;
  mapping: unknown;
  header: unknown;
  jobId: string | null;
  ownerId: string | null;
  actorType: string;
  actorId: string | null;
  rowsDone: Generated<number>;
  rowsTotal: number | null;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  failed: Generated<number>;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

/**
 * A rejected CSV row: its line, the offending column, why (English), the kind of problem with the
 * values it names (null on rows stored before problems had kinds), and the original cells.
 */
export interface ImportErrorsTable {
  importId: string;
  line: number;
  columnName: string | null;
  reason: string;
  code: string | null;
  params: unknown;
  record: unknown;
}

export type ImportRow = Selectable<ImportsTable>;
