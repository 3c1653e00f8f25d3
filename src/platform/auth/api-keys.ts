/**
 * API keys (issue 9 point 7, issue 7 point 3): other systems (Open311 clients, a CPSV-AP publisher)
 * present a key instead of signing in. Only the SHA-256 of the key is stored, with its first
 * characters to tell keys apart; the key itself is shown once, when it is created. Administrators
 * (or an operator at the command line) create, list and revoke keys; every write made with a key is
 * audited with the key as the actor, and each key has its own rate limit (requests per minute).
 */

import { hash as digest, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../../db/connection';
import { isRowId } from '../../db/row-id';
import { recordAudit } from '../audit/service';
import { ForbiddenError } from '../errors';
import { type Actor, hasRole } from './actor';
import * as store from './api-key-store';

/** Every key starts with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'pietura_';
/** How many characters of a key administrators see: the fixed prefix and 8 random characters. */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 8;
const KEY_PATTERN = /^pietura_[A-Za-z0-9_-]{43}$/;
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
/** last_used_at is written at most this often per key and process: a busy key costs no write per request. */
const LAST_USED_PRECISION_MS = 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The key presented to an API route behind requireApiKey, resolved to its actor. */
    apiKey: ApiKeyIdentity | null;
  }
}

export interface ApiKeyIdentity {
  actor: Actor;
  requestsPerMinute: number;
}

export interface ApiKeyListItem {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByName: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  requestsPerMinute: number;
}

export type NewApiKeyResult =
  | { ok: true; id: number; name: string; prefix: string; key: string }
  | { ok: false; problem: 'name_required' | 'name_too_long' | 'limit_invalid' };

/** Hex SHA-256 of the key (one call: asked at every request that presents a key). */
export function hashApiKey(key: string): string {
  return digest('sha256', key, 'hex');
}

/** Administrators manage keys; the command line acts as the system. */
export function mayManageApiKeys(actor: Actor): boolean {
  return actor.kind === 'system' || hasRole(actor, 'admin');
}

export function assertMayManageApiKeys(actor: Actor): void {
  if (!mayManageApiKeys(actor)) throw new ForbiddenError();
}

export function apiKeyActor(id: number, name: string): Actor {
  return { kind: 'api_key', id, name, grants: [] };
}

/** Creates a key; the key itself is in the answer and nowhere else. */
export async function createApiKey(
  db: Db,
  actor: Actor,
  input: { name: string; requestsPerMinute?: number },
): Promise<NewApiKeyResult> {
  if (!mayManageApiKeys(actor)) throw new ForbiddenError();
  const name = (input.name ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, problem: 'name_required' };
  if (name.length > 100) return { ok: false, problem: 'name_too_long' };
  const limit = input.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1_000_000)
    return { ok: false, problem: 'limit_invalid' };
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const prefix = key.slice(0, SHOWN_LENGTH);
  const row = await db.transaction(async (tx) => {
    const created = await store.insertApiKey(tx, {
      name,
      prefix,
      secretHash: hashApiKey(key),
      createdBy: actor.kind === 'staff' ? actor.id : null,
      requestsPerMinute: limit,
    });
    await recordAudit(tx, {
      actor,
      action: 'api_key.created',
      entity: 'api_key',
      entityId: created.id,
      after: { name, prefix, requestsPerMinute: limit },
    });
    return created;
  });
  return { ok: true, id: row.id, name, prefix, key };
}

export async function listApiKeys(db: Db, actor: Actor): Promise<ApiKeyListItem[]> {
  if (!mayManageApiKeys(actor)) throw new ForbiddenError();
  return store.selectApiKeys(db);
}

export async function getApiKey(db: Db, actor: Actor, id: number): Promise<ApiKeyListItem | undefined> {
  if (!mayManageApiKeys(actor)) throw new ForbiddenError();
  return (await store.selectApiKeys(db)).find((k) => k.id === id);
}

/** Revokes a key at once: its next request is refused. 'unknown' for no such key, 'already' if revoked. */
export async function revokeApiKey(
  db: Db,
  actor: Actor,
  id: number,
): Promise<'revoked' | 'unknown' | 'already'> {
  if (!mayManageApiKeys(actor)) throw new ForbiddenError();
  if (!isRowId(id)) return 'unknown';
  const outcome = await db.transaction(async (tx) => {
    const row = await store.selectApiKey(tx, id);
    if (!row) return 'unknown' as const;
    if (!(await store.markRevoked(tx, id))) return 'already' as const;
    await recordAudit(tx, {
      actor,
      action: 'api_key.revoked',
      entity: 'api_key',
      entityId: id,
      before: { name: row.name, prefix: row.prefix },
    });
    return 'revoked' as const;
  });
  // Other processes learn it from the database when the key next writes or is refused (ADR 0014).
  forgetApiKey(db, id);
  return outcome;
}

/**
 * Valid keys by the hash of the key, per database, as last read (ADR 0014). Only a guess: a key revoked
 * in another process stays here until a write in its name is refused by the database (the writing
 * statement checks the key, `api-key-guard.ts`) or `apiKeyStillUsable` finds out.
 */
const remembered = new WeakMap<Db, Memory>();
/** Keys remembered at most per database (a deployment has a handful). */
const MAX_REMEMBERED = 1000;

interface Memory {
  keys: Map<string, ApiKeyIdentity>;
  /** When this process last wrote `last_used_at` of each key id. */
  lastWritten: Map<number, number>;
}

function memoryOf(db: Db): Memory {
  let memory = remembered.get(db);
  if (!memory) {
    memory = { keys: new Map(), lastWritten: new Map() };
    remembered.set(db, memory);
  }
  return memory;
}

/** Forgets a key this process holds in memory (it was revoked): its next request reads the database. */
export function forgetApiKey(db: Db, id: number): void {
  const known = remembered.get(db)?.keys;
  if (!known) return;
  for (const [hash, identity] of known) if (identity.actor.id === id) known.delete(hash);
}

/**
 * The identity of a presented key, or undefined for a malformed, unknown or revoked one. The stored
 * hash is compared in constant time with the hash of what was presented. With `fromMemory`, a key
 * found valid before is taken from memory without a round trip: only for a caller whose writes check
 * the key in the database (ADR 0014) and who asks `apiKeyStillUsable` before refusing a request.
 */
export async function resolveApiKey(
  db: Db,
  presented: string | undefined,
  options: { fromMemory?: boolean } = {},
): Promise<ApiKeyIdentity | undefined> {
  if (!presented || !KEY_PATTERN.test(presented)) return undefined;
  const hash = hashApiKey(presented);
  const { keys: known, lastWritten } = memoryOf(db);
  let identity = options.fromMemory ? known.get(hash) : undefined;
  if (!identity) {
    const row = await store.selectCandidate(db, hash);
    if (!row || row.revoked) return undefined;
    if (!timingSafeEqual(Buffer.from(row.secretHash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
    identity = { actor: apiKeyActor(row.id, row.name), requestsPerMinute: row.requestsPerMinute };
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(hash, identity);
  }
  const now = Date.now();
  const id = identity.actor.id;
  if ((lastWritten.get(id) ?? 0) < now - LAST_USED_PRECISION_MS) {
    lastWritten.set(id, now);
    await store.touchLastUsed(db, id);
  }
  return identity;
}

/**
 * Whether a key taken from memory is still not revoked, asked of the database (and forgotten when it
 * was): for an answer that writes nothing, so that a revoked key is refused as such at once.
 */
export async function apiKeyStillUsable(db: Db, identity: ApiKeyIdentity): Promise<boolean> {
  if (await store.isUsable(db, identity.actor.id)) return true;
  forgetApiKey(db, identity.actor.id);
  return false;
}

/**
 * The key a request presents: the `X-Api-Key` header, `Authorization: Bearer KEY`, or an `api_key`
 * field of the body or the query (as Open311 sends it).
 */
export function presentedApiKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const fromBody = (request.body as Record<string, unknown> | null | undefined)?.api_key;
  if (typeof fromBody === 'string' && fromBody) return fromBody.trim();
  const fromQuery = (request.query as Record<string, unknown> | null | undefined)?.api_key;
  if (typeof fromQuery === 'string' && fromQuery) return fromQuery.trim();
  return undefined;
}

export interface ApiKeyGuardOptions {
  /** Answers a request without a valid key in the API's own format (status 403). */
  refuse(request: FastifyRequest, reply: FastifyReply, reason: 'missing' | 'refused'): FastifyReply;
  /**
   * Keys found valid before are taken from memory (see resolveApiKey): only when every write of the
   * routes checks the key in its statement and every other answer asks apiKeyStillUsable first.
   */
  fromMemory?: boolean;
}

/**
 * preHandlers for a route that needs a key: the key is resolved (403 in the caller's format when it
 * is missing, unknown or revoked), then counted against its own per-minute limit. A limit reached
 * throws an error with statusCode 429, which the caller's error handler answers in its format.
 * Make one guard per API (its limiter keeps its own counters) and use it on all its routes.
 */
export function requireApiKey(
  app: FastifyInstance,
  db: Db,
  options: ApiKeyGuardOptions,
): preHandlerAsyncHookHandler[] {
  if (!app.hasRequestDecorator('apiKey')) app.decorateRequest('apiKey', null);
  const authenticate: preHandlerAsyncHookHandler = async (request, reply) => {
    const presented = presentedApiKey(request);
    if (!presented) return options.refuse(request, reply, 'missing');
    const identity = await resolveApiKey(db, presented, { fromMemory: options.fromMemory });
    if (!identity) return options.refuse(request, reply, 'refused');
    request.apiKey = identity;
  };
  const limit = app.rateLimit({
    timeWindow: 60_000,
    max: (request) => request.apiKey?.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
    keyGenerator: (request) => `api_key:${request.apiKey?.actor.id ?? request.ip}`,
  });
  return [authenticate, limit];
}
