import { z } from 'zod';

const importEntity = z.enum(['people', 'companies', 'orders']);
/** What a CSV file holds: people, companies or order lines. */
export type ImportEntity = z.infer<typeof importEntity>;

export const createImportQuery = z.object({
  entity: importEntity,
  /** `Column=field,Other=custom.key`, as the CLI's --map. */
  mapping: z.string().max(10_000).optional(),
  /** The file's name on the user's side, shown in the import history. */
  fileName: z.string().max(255).optional(),
});

export const listImportsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The last id of the previous page. */
  cursor: z.string().optional(),
});

export const importIdParams = z.object({ id: z.string() });

export const ImportView = z.object({
  id: z.string(),
  entity: z.string(),
  fileName: z.string().nullable(),
  /** Who started it (null: the command line). */
  ownerId: z.string().nullable(),
  status: z.string(),
  jobId: z.string().nullable(),
  progress: z.object({ done: z.number(), total: z.number().nullable() }),
  counts: z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), failed: z.number() }),
  error: z.string().nullable(),
  createdAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type ImportViewT = z.infer<typeof ImportView>;

export const suggestMappingBody = z.object({
  entity: importEntity,
  /** The file's header row, as the user's CSV has it. */
  header: z.array(z.string().max(500)).min(1).max(1000),
});

export const MappingSuggestion = z.object({
  /** Per column, the field the import would write it to (null: ignored); the user may change them. */
  targets: z.array(z.string().nullable()),
  /** The standard fields of this import; custom fields come as `custom.<key>` (GET /fields). */
  fields: z.array(z.string()),
});
export type MappingSuggestionT = z.infer<typeof MappingSuggestion>;

/** `?lang=` names the language of the error report (default: the user's profile language). */
export const errorReportQuery = z.object({ lang: z.enum(['en', 'ru', 'lv']).optional() });

export const listImportErrorsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

/**
 * One rejected cell (or row, `column` null): the English `reason`, and its kind (`code`, `params`)
 * for clients that word it in the user's language; null on rows stored before kinds were recorded.
 */
export const ImportErrorView = z.object({
  line: z.number(),
  column: z.string().nullable(),
  /** The cell as the file had it. */
  value: z.string().nullable(),
  reason: z.string(),
  /** A FieldErrorCode (platform/errors.ts). */
  code: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
});
export type ImportErrorViewT = z.infer<typeof ImportErrorView>;
