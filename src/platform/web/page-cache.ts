import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Db, query } from '../../db/connection';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The response depends only on the URL, the public catalogue and the day: it may be cached. */
    publicCache?: boolean;
  }
}

interface Entry {
  revision: string;
  day: string;
  contentType: string;
  body: string;
}

const MAX_ENTRIES = 2000;
const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' });

/**
 * Caches public GET responses in this process, keyed by URL and checked on every request against
 * the database's catalogue revision (moved by triggers on every catalogue write, see migration 0007)
 * and the calendar day (versions come into force by date). One tiny query instead of several joins
 * and a render; several processes stay correct because the revision lives in the database.
 */
export function registerPageCache(app: FastifyInstance, db: Db): void {
  const entries = new Map<string, Entry>();
  const state = new WeakMap<FastifyRequest, { revision: string; day: string; hit: boolean }>();

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || !request.routeOptions.config?.publicCache) return;
    const [row] = await query<{ n: string }>(
      db,
      sql`SELECT n::text AS n FROM catalogue_revision WHERE id = 1`,
    );
    const revision = row?.n ?? '0';
    const day = rigaDay.format(new Date());
    const hit = entries.get(request.url);
    const fresh = hit && hit.revision === revision && hit.day === day;
    state.set(request, { revision, day, hit: Boolean(fresh) });
    if (!fresh) return;
    // Most recently used last, so the oldest entries are the ones dropped.
    entries.delete(request.url);
    entries.set(request.url, hit);
    return reply.code(200).type(hit.contentType).send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const s = state.get(request);
    if (!s || s.hit || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    entries.set(request.url, {
      revision: s.revision,
      day: s.day,
      contentType: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'),
      body: payload,
    });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return payload;
  });
}
