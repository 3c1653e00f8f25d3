import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { catalogueRevision } from '../../db/catalogue-revision';
import type { Db } from '../../db/connection';
import { todayInRiga } from '../calendar/days';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The response depends only on the URL, the public catalogue and the day: it may be cached.
     * `query` names the parameters the page reads; a URL with any other parameter is not cached.
     */
    publicCache?: boolean | { query: readonly string[] };
  }
  interface FastifyInstance {
    pageCache: PageCacheStats;
  }
}

export interface PageCacheStats {
  /** Entries held, their size in bytes, the bound on that size, and answers served from the cache. */
  stats(): { entries: number; bytes: number; maxBytes: number; hits: number };
}

interface Entry {
  revision: string;
  day: string;
  contentType: string;
  /** Encoded once: a hit is written to the socket as it is, with no length to count. */
  body: Buffer;
  bytes: number;
}

export const DEFAULT_PAGE_CACHE_MB = 32;

/**
 * The cache key of a request: its decoded path and its known parameters in a fixed order, so that
 * `/pakalpojumi?q=a&page=2`, `/pakalpojumi?page=2&q=a` and `/%70akalpojumi?…` are one entry.
 * Undefined (not cached) when the URL carries a parameter the page does not read: otherwise every
 * junk parameter would add an entry.
 */
export function pageCacheKey(url: string, known: readonly string[]): string | undefined {
  const i = url.indexOf('?');
  const rawPath = i === -1 ? url : url.slice(0, i);
  let path: string;
  try {
    path = decodeURI(rawPath);
  } catch {
    return undefined;
  }
  if (i === -1) return path;
  const params = new URLSearchParams(url.slice(i + 1));
  for (const name of params.keys()) if (!known.includes(name)) return undefined;
  params.sort();
  const normal = params.toString();
  return normal ? `${path}?${normal}` : path;
}

/**
 * Caches public GET responses in this process, checked on every request against the database's
 * catalogue revision (moved by triggers on every catalogue write, see migration 0007) and the
 * calendar day (versions come into force by date). The revision is known in memory, announced by
 * the database with NOTIFY (db/catalogue-revision.ts), so a cached page costs no query; several
 * processes stay correct because the revision lives in the database. The cache is bounded by the
 * bytes it holds (least recently used entries go first), not by a count.
 */
export function registerPageCache(app: FastifyInstance, db: Db, opts: { maxMegabytes?: number } = {}): void {
  const maxBytes = Math.floor((opts.maxMegabytes ?? DEFAULT_PAGE_CACHE_MB) * 1024 * 1024);
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  const state = new WeakMap<FastifyRequest, { key: string; revision: string; day: string; hit: boolean }>();

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  app.decorate('pageCache', { stats: () => ({ entries: entries.size, bytes, maxBytes, hits }) });
  // PIETURA_PAGE_CACHE_MB=0: no cache, and no work on any request for one.
  if (maxBytes === 0) return;

  const lookUp = async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config?.publicCache;
    if (request.method !== 'GET' || !config) return;
    const key = pageCacheKey(request.url, config === true ? [] : config.query);
    if (key === undefined) return;
    const revision = await catalogueRevision(db).current();
    const day = todayInRiga();
    const hit = entries.get(key);
    const fresh = hit && hit.revision === revision && hit.day === day;
    state.set(request, { key, revision, day, hit: Boolean(fresh) });
    if (!fresh) return;
    // Most recently used last, so the oldest entries are the ones dropped.
    entries.delete(key);
    entries.set(key, hit);
    hits++;
    return reply.code(200).type(hit.contentType).send(hit.body);
  };

  const keep = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const s = state.get(request);
    if (!s || s.hit || reply.statusCode !== 200) return payload;
    const body =
      typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : undefined;
    if (!body) return payload;
    const contentType = String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8');
    // What the entry costs in memory: the bytes, and the strings (two bytes a character at most).
    const size = body.length + 2 * (s.key.length + contentType.length) + 64;
    drop(s.key);
    if (size > maxBytes / 8) return body;
    entries.set(s.key, { revision: s.revision, day: s.day, contentType, body, bytes: size });
    bytes += size;
    while (bytes > maxBytes) drop(entries.keys().next().value as string);
    return body;
  };

  // Only on the routes that may be cached: the others (forms, the APIs) pay for no hook at all.
  app.addHook('onRoute', (route) => {
    if (!route.config?.publicCache) return;
    route.onRequest = [...[route.onRequest ?? []].flat(), lookUp] as typeof route.onRequest;
    route.onSend = [...[route.onSend ?? []].flat(), keep] as typeof route.onSend;
  });
}
