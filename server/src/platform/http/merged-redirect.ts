import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, notFound, problemBody } from '../errors.js';

/**
 * The answer for a record that is not there: when it was merged away (`survivorId` found), 301 to
 * the survivor (fetch follows it), with a problem body that names the survivor for clients that do
 * not follow redirects; otherwise 404.
 */
export function redirectToSurvivorOrNotFound(
  req: FastifyRequest,
  reply: FastifyReply,
  target: { code: ErrorCode; label: string; collection: string; id: string; survivorId: string | undefined },
) {
  const { survivorId } = target;
  if (!survivorId) throw notFound(target.label, target.id);
  const err = new AppError(target.code, `${target.label} ${target.id} was merged into ${survivorId}`, {
    survivorId,
  });
  return reply
    .status(301)
    .header('location', `/api/v1/${target.collection}/${survivorId}`)
    .type('application/problem+json')
    .send(problemBody(err, req.url));
}
