import { desc, eq, sql } from 'drizzle-orm';
import { type Db, preparedStatement, query } from '../../db/connection';
import { apiKey, staffUser } from '../../db/schema';

export type ApiKeyRow = typeof apiKey.$inferSelect;

export interface ApiKeyCandidate {
  id: number;
  name: string;
  secretHash: string;
  revoked: boolean;
  requestsPerMinute: number;
}

export async function insertApiKey(
  db: Db,
  row: {
    name: string;
    prefix: string;
    secretHash: string;
    createdBy: number | null;
    requestsPerMinute: number;
  },
): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKey).values(row).returning();
  return created!;
}

export async function selectApiKeys(db: Db) {
  return db
    .select({
      id: apiKey.id,
      name: apiKey.name,
      prefix: apiKey.prefix,
      createdAt: apiKey.createdAt,
      createdByName: staffUser.name,
      lastUsedAt: apiKey.lastUsedAt,
      revokedAt: apiKey.revokedAt,
      requestsPerMinute: apiKey.requestsPerMinute,
    })
    .from(apiKey)
    .leftJoin(staffUser, eq(staffUser.id, apiKey.createdBy))
    .orderBy(desc(apiKey.createdAt), desc(apiKey.id));
}

export async function selectApiKey(db: Db, id: number): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKey).where(eq(apiKey.id, id));
  return row;
}

const candidate = preparedStatement<ApiKeyCandidate>(
  sql`SELECT id, name, secret_hash AS "secretHash", revoked_at IS NOT NULL AS revoked,
    requests_per_minute AS "requestsPerMinute" FROM api_key WHERE secret_hash = ${sql.placeholder('secretHash')}::text`,
);

/** The key with this hash (asked when a presented key is not held in memory). */
export async function selectCandidate(db: Db, secretHash: string): Promise<ApiKeyCandidate | undefined> {
  const [row] = await candidate(db, { secretHash });
  return row;
}

const usable = preparedStatement<{ id: number }>(
  sql`SELECT id FROM api_key WHERE id = ${sql.placeholder('id')}::int AND revoked_at IS NULL`,
);

/** Whether the key exists and is not revoked. */
export async function isUsable(db: Db, id: number): Promise<boolean> {
  return (await usable(db, { id })).length > 0;
}

/** Marks a key revoked; false when it was unknown or already revoked. */
export async function markRevoked(db: Db, id: number): Promise<boolean> {
  const rows = await query<{ id: number }>(
    db,
    sql`UPDATE api_key SET revoked_at = now() WHERE id = ${id} AND revoked_at IS NULL RETURNING id`,
  );
  return rows.length > 0;
}

export async function touchLastUsed(db: Db, id: number): Promise<void> {
  await db.update(apiKey).set({ lastUsedAt: sql`now()` }).where(eq(apiKey.id, id));
}
