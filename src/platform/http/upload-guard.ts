import type { FastifyInstance } from 'fastify';
import { isStaffPath } from '../auth/paths';
import { ForbiddenError } from '../errors';
import { routePath } from './route-path';

/**
 * File uploads (multipart bodies) are read only for a signed-in member of staff on a staff page.
 * Anyone else is refused before a byte of the body is read: without this, an anonymous visitor could
 * make the server buffer hundreds of megabytes of form fields on any address. Must be registered
 * after the auth plugin, whose onRequest hook resolves the signed-in actor.
 */
export function registerUploadGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    // Read from the header: @fastify/multipart's isMultipart() is only set once the body is parsed.
    if (!/^\s*multipart\//i.test(request.headers['content-type'] ?? '')) return;
    if (request.actor && isStaffPath(routePath(request))) return;
    throw new ForbiddenError('Uploads are accepted only from signed-in staff');
  });
}
