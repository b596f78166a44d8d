import { type DB, sqliteHandleOf } from '../../db/database.js';

/** SQLite page cache of the import worker's connection, in KiB (32 MB; the default is 2 MB). */
const IMPORT_CACHE_KIB = 32_768;

/**
 * Tunes the import worker's own SQLite connection for bulk writes. A million people touch ~25
 * b-trees each; with the default 2 MB page cache most index pages are re-read from the OS for every
 * batch. Durability is unchanged: WAL with synchronous=NORMAL as every other connection (a commit
 * survives a process crash; an OS crash may lose the last commits, which the job then redoes from
 * imports.rows_done). temp_store=memory keeps sorter spills (none expected) off the disk.
 */
export function bulkLoadPragmas(db: DB): void {
  const handle = sqliteHandleOf(db);
  if (!handle) return;
  handle.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  handle.pragma('temp_store = memory');
}
