import { z } from 'zod';

/** Person fields a merge lets the caller pick per field (plus `custom.<key>`). */
export const MERGE_FIELDS = [
  'firstName',
  'lastName',
  'middleName',
  'email',
  'phone',
  'birthday',
  'gender',
  'language',
  'timeZone',
  'address',
  'ownerId',
  'lifecycleStage',
  'source',
  'preferredChannel',
] as const;

export const mergePeopleBody = z.strictObject({
  survivorId: z.string().min(1),
  mergedId: z.string().min(1),
  /**
   * Which record's value to keep, per field. Unnamed fields keep the survivor's value, or the
   * merged one's when the survivor's is empty. `email`/`phone` pick the primary; all emails, phones,
   * external ids and tags are unioned either way.
   */
  values: z
    .record(z.string().regex(/^(custom\.[a-z][a-z0-9_]*|[a-zA-Z]+)$/), z.enum(['survivor', 'merged']))
    .default({}),
});
export type MergePeopleInput = z.infer<typeof mergePeopleBody>;
