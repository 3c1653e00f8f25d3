import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors';
import { requestLocale } from '../http/route-path';
import type { Actor } from './actor';
import { signInUrl } from './paths';

/**
 * preHandler of every staff route: nobody signed in → the sign-in page, which returns here afterwards.
 * It only checks that someone is signed in; what they may do is decided in the service layer.
 */
export async function requireStaff(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  if (request.actor) return undefined;
  const next = request.method === 'GET' ? request.url : undefined;
  return reply.redirect(signInUrl(requestLocale(request), next), 303);
}

/** The signed-in actor of a route behind requireStaff. */
export function signedInActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new ForbiddenError('Not signed in');
  return request.actor;
}
