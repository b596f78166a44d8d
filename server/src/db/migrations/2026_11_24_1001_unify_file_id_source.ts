import { type Kysely, sql } from 'kysely';

/**
 * Order files used to keep their customers' external ids under the source `orders`, apart from the
 * `import` source of a people file's "External ID" column, so a shop importing customers and then
 * their orders got every customer twice. Both now use `import` (FILE_ID_SOURCE); stored `orders` ids
 * move there unless the same id is already taken (those people stay as they are).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update person_external_ids set source = 'import'
    where source = 'orders' and not exists (
      select 1 from person_external_ids x where x.source = 'import' and x.external_id = person_external_ids.external_id
    )`.execute(db);
}

/** Which ids came from order files is not recorded; they stay under `import`. */
export async function down(): Promise<void> {}
