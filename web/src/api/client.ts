import type { FieldError } from '@server/platform/errors.js';
import { fieldErrorText } from './field-error-text.js';

/**
 * A problem+json error from the API, with the machine-readable `code` the UI translates. Field
 * errors arrive with their `message` already in the user's language where the server named the
 * kind of problem (see field-error-text.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail || code);
  }
}

const BASE = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The CSRF token arrives with the session; every unsafe request made with the cookie repeats it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined | null>;

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: { code?: string; detail?: string; errors?: FieldError[] } = {};
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page, say): fall back to the status.
  }
  return new ApiError(
    res.status,
    body.code ?? `http_${res.status}`,
    body.detail ?? res.statusText,
    body.errors?.map((e) => ({ ...e, message: fieldErrorText(e) })),
  );
}

interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as is (a CSV upload) instead of JSON. */
  raw?: { body: BodyInit; contentType: string };
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (opts.raw) headers['content-type'] = opts.raw.contentType;
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.raw ? opts.raw.body : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Network error');
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown, headers?: Record<string, string>) =>
    request<T>('PATCH', path, body, undefined, { headers }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  upload: <T>(path: string, query: Query, body: BodyInit, contentType: string) =>
    request<T>('POST', path, undefined, query, { raw: { body, contentType } }),
  /** A raw body replacing a resource (a photo). */
  putRaw: <T>(path: string, query: Query, body: BodyInit, contentType: string) =>
    request<T>('PUT', path, undefined, query, { raw: { body, contentType } }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

export function isApiError(err: unknown, status?: number): err is ApiError {
  return err instanceof ApiError && (status === undefined || err.status === status);
}
