import { parse } from 'fast-querystring';
import { withoutControls } from '../web/form-values';

/**
 * A query string or a form body (application/x-www-form-urlencoded) as Fastify's own parser reads it
 * (fast-querystring), without the control characters no text column holds (NUL among them), in keys and
 * values alike: `?nr=%00` is an empty search, a name typed with a NUL is the name — not a value PostgreSQL
 * refuses, answered 500. Open311 reads its bodies unchanged, to refuse such characters (request-input.ts).
 */
export function parseQueryString(text: string): Record<string, string | string[]> {
  const parsed = parse(text) as Record<string, string | string[]>;
  const clean: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of Object.entries(parsed))
    clean[withoutControls(key)] = Array.isArray(value) ? value.map(withoutControls) : withoutControls(value);
  return clean;
}
