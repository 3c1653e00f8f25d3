import type { FastifyRequest } from 'fastify';

/** The name of the form field (or, for scripts, the x-csrf-token header) that carries the token. */
export const CSRF_FIELD = '_csrf';

/** The hidden input every staff form must contain; the check runs on every POST under /darbs and /en/work. */
export function csrfField(request: FastifyRequest) {
  return <input type="hidden" name={CSRF_FIELD} value={request.csrfToken ?? ''} />;
}

/** The token a request carries: the form field, else the header. */
export function submittedCsrfToken(request: FastifyRequest): string | undefined {
  const body = request.body;
  if (body && typeof body === 'object' && CSRF_FIELD in body) {
    const value = (body as Record<string, unknown>)[CSRF_FIELD];
    if (typeof value === 'string') return value;
  }
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}
