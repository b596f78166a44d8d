import type { FieldErrorCode } from './errors.js';

/**
 * The translatable kind of a zod issue (`keyword` is zod's issue code; `params` the rest of the
 * issue, as fastify's validation error has it; the import's cell checks pass their zod issue whole):
 * a missing or blank value is `required`, a string bound is `too_short`/`too_long` with its limit, a
 * number bound `too_small`/`too_big`. A refinement with its own sentence may name its kind
 * (`params: { fieldCode }`); otherwise it keeps no code.
 */
export function issueKind(
  keyword: string,
  message: string | undefined,
  params: unknown,
): { code?: FieldErrorCode; params?: Record<string, number> } {
  const p = (params ?? {}) as {
    origin?: string;
    minimum?: number;
    maximum?: number;
    format?: string;
    params?: { fieldCode?: FieldErrorCode };
  };
  const bound = (n: unknown) => (typeof n === 'number' ? n : Number(n));
  switch (keyword) {
    case 'invalid_type':
      return { code: message?.includes('received undefined') ? 'required' : 'invalid_type' };
    case 'too_small':
      if (p.origin === 'string' && bound(p.minimum) === 1) return { code: 'required' };
      return {
        code: p.origin === 'string' ? 'too_short' : 'too_small',
        params: { minimum: bound(p.minimum) },
      };
    case 'too_big':
      return { code: p.origin === 'string' ? 'too_long' : 'too_big', params: { maximum: bound(p.maximum) } };
    case 'invalid_format':
      return {
        code: p.format === 'email' ? 'invalid_email' : p.format === 'url' ? 'invalid_url' : 'invalid_format',
      };
    case 'invalid_value':
      return { code: 'invalid_option' };
    case 'unrecognized_keys':
      return { code: 'unknown_field' };
    case 'custom':
      return p.params?.fieldCode ? { code: p.params.fieldCode } : {};
    default:
      return {};
  }
}
