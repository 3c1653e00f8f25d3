import type { FastifyInstance } from 'fastify';
import { isStaffPath } from '../auth/paths';
import { UploadRefusedError } from '../errors';
import { routePath } from './route-path';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A public route that takes a resident's files (the online journey's form pages): a multipart body
     * of at most `maxBodyBytes` (its Content-Length, checked before a byte is read) is let through.
     */
    residentUploads?: { maxBodyBytes: number };
  }
}

/** A body too large for the route that opted in: 413 before it is read. */
class UploadTooLargeError extends Error {
  readonly statusCode = 413;
  /** The route's limit, which the error page names. */
  constructor(readonly limitBytes: number) {
    super('The upload is larger than this form accepts');
    this.name = 'UploadTooLargeError';
  }
}

/**
 * File uploads (multipart bodies) are read only for a signed-in member of staff on a staff page, and on
 * the few public routes that opt in with `config.residentUploads` (with a bound on the body's size).
 * Anyone else is refused before a byte of the body is read: without this, an anonymous visitor could
 * make the server buffer hundreds of megabytes of form fields on any address. Must be registered
 * after the auth plugin, whose onRequest hook resolves the signed-in actor.
 */
export function registerUploadGuard(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    // Read from the header: @fastify/multipart's isMultipart() is only set once the body is parsed.
    const type = request.headers['content-type'];
    if (type === undefined || !/^\s*multipart\//i.test(type)) return done();
    if (request.actor && isStaffPath(routePath(request))) return done();
    const resident = request.routeOptions.config?.residentUploads;
    if (resident && request.method === 'POST') {
      const length = Number(request.headers['content-length']);
      // A body without a length (chunked) could be of any size: refused like one too large.
      if (!Number.isSafeInteger(length) || length > resident.maxBodyBytes)
        return done(new UploadTooLargeError(resident.maxBodyBytes));
      return done();
    }
    done(new UploadRefusedError());
  });
}
