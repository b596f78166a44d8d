import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, problemBody } from '../errors.js';

/**
 * The answer for a record that was merged away: 301 to the survivor (fetch follows it), with a
 * problem body that names the survivor for clients that do not follow redirects.
 */
export function redirectToSurvivor(
  req: FastifyRequest,
  reply: FastifyReply,
  target: { code: ErrorCode; label: string; collection: string; id: string; survivorId: string },
) {
  const err = new AppError(target.code, `${target.label} ${target.id} was merged into ${target.survivorId}`, {
    survivorId: target.survivorId,
  });
  return reply
    .status(301)
    .header('location', `/api/v1/${target.collection}/${target.survivorId}`)
    .type('application/problem+json')
    .send(problemBody(err, req.url));
}
