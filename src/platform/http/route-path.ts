import type { FastifyRequest } from 'fastify';
import { type Locale, localeFromUrl } from '../i18n';

/**
 * The path a request is classified by: the pattern of the route the router matched
 * (`/darbs/lietotaji/:id/deaktivizet`), else — when no route matched — the decoded path.
 * Never the raw URL: the router decodes `/%64arbs/ieiet` to `/darbs/ieiet`, so a test on the raw
 * URL would let an encoded address past every check that staff pages get.
 */
export function routePath(request: FastifyRequest): string {
  const matched = request.routeOptions.url;
  if (matched) return matched;
  const raw = request.url.split('?')[0] ?? '/';
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

/** The language of the page a request asks for, from the matched route. */
export function requestLocale(request: FastifyRequest): Locale {
  return localeFromUrl(routePath(request));
}
