import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, ErrorCodes, type FieldError, problemBody } from '../errors.js';
import { issueKind } from '../zod-issue-kind.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** Maps every thrown error to RFC 9457 problem+json with a stable `code`. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appError = toAppError(err);
    if (appError.status >= 500) req.log.error({ err }, 'request failed');
    reply
      .status(appError.status)
      .type(PROBLEM_JSON)
      .send(problemBody(appError, req.url.split('?')[0]));
  });
  app.setNotFoundHandler((req, reply) => {
    const err = new AppError('route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`);
    reply.status(404).type(PROBLEM_JSON).send(problemBody(err));
  });
}

export function toAppError(err: FastifyError | Error): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(e)) {
    const errors: FieldError[] = e.validation.map((v) => {
      const where = e.validationContext ?? 'body';
      const inner = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      return {
        path: inner ? `${where}.${inner}` : where,
        message: v.message ?? 'invalid',
        ...issueKind(v.keyword, v.message, v.params),
      };
    });
    const summary = errors.map((x) => `${x.path}: ${x.message}`).join('; ');
    return new AppError(issueAppCode(e.validation) ?? 'validation_failed', `Invalid input: ${summary}`, {
      errors,
    });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_json', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', `Unsupported content type`);
  }
  if (e instanceof SyntaxError && e.statusCode === 400) {
    return new AppError('invalid_json', 'The request body is not valid JSON');
  }
  if (e.statusCode === 429) return new AppError('rate_limited', e.message || 'Too many requests');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError('validation_failed', e.message);
  }
  return new AppError('internal', 'Internal server error');
}

/**
 * A zod issue may name a more precise code (`params: { appCode: 'invalid_filter' }`), e.g. the list
 * query's malformed `filter` JSON, so clients see the same code as for a filter that fails validation.
 */
function issueAppCode(validation: { params?: unknown }[]): ErrorCode | undefined {
  for (const v of validation) {
    const code = (v.params as { params?: { appCode?: unknown } } | undefined)?.params?.appCode;
    if (typeof code === 'string' && code in ErrorCodes) return code as ErrorCode;
  }
  return undefined;
}
