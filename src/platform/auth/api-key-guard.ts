/**
 * The database's word on an API key held in memory (ADR 0014): a statement that writes in a key's name
 * calls `pietura_api_key_usable(id)` (migration 0024), which raises SQLSTATE PT403 when the key was revoked
 * meanwhile, by any process. The statement then writes nothing and takes no number.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, hasSqlState } from '../../db/connection';
import type { Actor } from './actor';

const REVOKED = 'PT403';

/** The condition, true or an error, for a statement whose key id is `keyId` (a parameter). */
export function apiKeyUsableSql(keyId: SQL): SQL {
  return sql`pietura_api_key_usable(${keyId}::int)`;
}

/** The key an actor writes with, when it is one. */
export function apiKeyIdOf(actor: Actor | null | undefined): number | null {
  return actor?.kind === 'api_key' ? actor.id : null;
}

export function isApiKeyRevoked(err: unknown): boolean {
  return hasSqlState(err, REVOKED);
}

/**
 * For a transaction that writes in an actor's name over several statements: its first statement. Raises
 * (PT403) when the actor is a revoked key; nothing for other actors.
 */
export async function assertApiKeyUsable(db: Pick<Db, 'execute'>, actor: Actor): Promise<void> {
  const id = apiKeyIdOf(actor);
  if (id !== null) await db.execute(sql`SELECT ${apiKeyUsableSql(sql`${id}`)}`);
}
