import { parse } from 'fast-querystring';
import { cleanValue } from '../web/form-values';

/**
 * The query string as Fastify's own parser reads it (fast-querystring), its keys and values cleaned as
 * form bodies are (readForm): `?nr=%00` is an empty search, not a value PostgreSQL refuses to compare.
 */
export function parseQueryString(query: string): Record<string, string | string[]> {
  const parsed = parse(query) as Record<string, string | string[]>;
  const clean: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of Object.entries(parsed))
    clean[cleanValue(key)] = Array.isArray(value) ? value.map(cleanValue) : cleanValue(value);
  return clean;
}
