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
 * is the English sentence for everyone else.
 */
export interface FieldError {
  path: string;
  message: string;
  code?: FieldErrorCode;
  params?: Record<string, string | number>;
}

/** The kinds of field problem a client can translate (web: `errors.field.<code>`). */
export type FieldErrorCode =
  | 'required'
  | 'invalid_email'
  | 'invalid_url'
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
  | 'unknown_field';

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

export const validationError = (path: string, message: string, code?: FieldErrorCode) =>
  new AppError('validation_failed', `${path}: ${message}`, {
    errors: [{ path, message, ...(code ? { code } : {}) }],
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
