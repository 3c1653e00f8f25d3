import type { FastifyInstance } from 'fastify';

/**
 * The address without its trailing slash(es), the query string kept, or undefined when there is
 * nothing to strip. A run of leading slashes or backslashes becomes one slash: "//evil.example/"
 * must lead to "/evil.example" on this site, never to a protocol-relative address on another.
 */
export function withoutTrailingSlash(url: string): string | undefined {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path.length <= 1 || !/[/\\]$/.test(path)) return undefined;
  const stripped = path.replace(/[/\\]+$/, '').replace(/^[/\\]+/, '/') || '/';
  return stripped + (q === -1 ? '' : url.slice(q));
}

/** Every page lives at one address: `/pakalpojumi/` and `/en/` answer 301 to `/pakalpojumi` and `/en`. */
export function registerTrailingSlashRedirect(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    const target =
      request.method === 'GET' || request.method === 'HEAD' ? withoutTrailingSlash(request.url) : undefined;
    if (target === undefined) done();
    else reply.redirect(target, 301);
  });
}
