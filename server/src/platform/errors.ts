/**
 * One error type for the whole server. Each module adds its codes to `ErrorCodes`; the HTTP layer
 * turns an AppError into an RFC 9457 problem+json answer with the code in `type`.
 */
export const ErrorCodes = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_filter: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  csrf_failed: 403,
  forbidden: 403,
  person_merged: 301,
  company_merged: 301,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  already_set_up: 409,
  email_taken: 409,
  last_admin: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  account_locked: 429,
  internal: 500,
  database_unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ErrorCodes;

/**
 * A field-level problem: `path` is the dotted JSON path of the offending input. `code` (with its
 * `params`) names the kind of problem for clients that show it in the user's language; `message`
 * is the English sentence for everyone else (stable: API clients may match it).
 */
export interface FieldError {
  path: string;
  message: string;
  code?: FieldErrorCode;
  params?: FieldErrorParams;
}

/**
 * The values a field problem names (`maximum`, the `id` that was not found…). `entity` says what kind
 * of record it is about, so a client can word "Person not found" and "Company not found" apart
 * (in Russian and Latvian the sentence agrees with the noun's gender).
 */
export type FieldErrorParams = { entity?: FieldErrorEntity } & Record<string, string | number>;

/** The records a field problem can be about (`not_found`, `not_available`, `wrong_entity`). */
export type FieldErrorEntity =
  | 'person'
  | 'company'
  | 'user'
  | 'team'
  | 'product'
  | 'category'
  | 'price_list'
  | 'pipeline'
  | 'deal'
  | 'lost_reason'
  | 'contact_source';

/** The kinds of field problem a client can translate (web: `errors.field.<code>`). */
export type FieldErrorCode =
  // The shape of a value (zod issues and hand-written checks alike).
  | 'required'
  | 'invalid_email'
  | 'invalid_url'
  | 'invalid_domain'
  | 'invalid_phone'
  | 'invalid_date'
  | 'invalid_time_zone'
  | 'invalid_option'
  | 'invalid_format'
  | 'invalid_type'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_big'
  | 'unknown_field'
  | 'duplicate_values'
  | 'empty_file'
  // References to other records: + `{entity}`, and the `id` where the message names it.
  | 'not_found'
  | 'not_available'
  | 'wrong_entity'
  | 'already_used'
  | 'self_merge'
  | 'self_substitute'
  | 'would_cycle'
  // How fields go together.
  | 'mutually_exclusive'
  | 'end_before_start'
  | 'in_the_past'
  | 'wrong_password'
  | 'not_permitted'
  // Sales: pipelines, deals and their lines, price lists, quotes.
  | 'not_in_pipeline'
  | 'every_stage_once'
  | 'only_when_lost'
  | 'locked_by_lines'
  | 'needs_product'
  | 'set_by_product'
  | 'exceeds_total'
  | 'no_price'
  | 'not_valid_on_date'
  | 'currency_mismatch'
  | 'price_overlap'
  | 'no_lines'
  // Orders, leads, rules and fields.
  | 'negative_only_returned'
  | 'must_stay_returned'
  | 'lead_converted'
  | 'no_condition'
  | 'condition_not_allowed'
  | 'no_options'
  // Lists: the filter grammar (+ `{field}`, `{op}`), sort and page cursors; import column mappings.
  | 'invalid_operator'
  | 'too_many_values'
  | 'filter_too_large'
  | 'filter_too_deep'
  | 'not_sortable'
  | 'invalid_cursor'
  | 'unknown_target'
  // Import rows (CSV cells and whole rows): `unknown_status` + `{value, allowed}`.
  | 'no_identity'
  | 'no_customer'
  | 'no_product'
  | 'unknown_status'
  | 'invalid_quantity'
  | 'invalid_amount'
  | 'invalid_currency';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ErrorCodes[this.code];
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', `${what} ${id} not found`);

/**
 * A 400 for one field. The code is required so that every rule reaches the user in their language;
 * `params` carries the values the message names (`{entity: 'person', id}`, `{maximum}`).
 */
export const validationError = (
  path: string,
  message: string,
  code: FieldErrorCode,
  params?: FieldErrorParams,
) =>
  new AppError('validation_failed', `${path}: ${message}`, {
    errors: [{ path, message, code, ...(params ? { params } : {}) }],
  });

export function problemBody(err: AppError, instance?: string) {
  return {
    type: `https://rapport.dev/problems/${err.code}`,
    title: err.code.replace(/_/g, ' '),
    status: err.status,
    detail: err.message,
    code: err.code,
    ...(instance ? { instance } : {}),
    ...err.details,
  };
}
