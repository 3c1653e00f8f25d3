import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import type { ChainedFields } from './chain';

export interface ChainHead {
  lastId: string;
  lastHash: string;
}

/** Reads the end of the chain and locks it until the caller's transaction ends. */
export async function lockChainHead(tx: Db): Promise<ChainHead> {
  const [row] = await query<ChainHead>(
    tx,
    sql`SELECT last_id::text AS "lastId", last_hash AS "lastHash" FROM audit_chain_head WHERE id = 1 FOR UPDATE`,
  );
  if (!row) throw new Error('audit_chain_head is missing: run the migrations');
  return row;
}

export async function readChainHead(db: Db): Promise<ChainHead | undefined> {
  const [row] = await query<ChainHead>(
    db,
    sql`SELECT last_id::text AS "lastId", last_hash AS "lastHash" FROM audit_chain_head WHERE id = 1`,
  );
  return row;
}

export async function nextAuditId(tx: Db): Promise<string> {
  const [row] = await query<{ id: string }>(
    tx,
    sql`SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id`,
  );
  return row!.id;
}

export async function insertAuditRow(tx: Db, row: ChainedFields & { hash: string }): Promise<void> {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  await tx.execute(sql`
    INSERT INTO audit_log
      (id, at, actor_kind, actor_id, actor_name, action, entity, entity_id, before, after, prev_id, prev_hash, hash)
    VALUES (${row.id}::bigint, ${row.at}::timestamptz, ${row.actorKind}, ${row.actorId}, ${row.actorName},
      ${row.action}, ${row.entity}, ${row.entityId}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb,
      ${row.prevId}::bigint, ${row.prevHash}, ${row.hash})`);
  await tx.execute(
    sql`UPDATE audit_chain_head SET last_id = ${row.id}::bigint, last_hash = ${row.hash} WHERE id = 1`,
  );
}

export type StoredAuditRow = ChainedFields & { hash: string };

/** A page of the chain in id order, every field read back exactly as it was hashed. */
export async function selectAuditPage(db: Db, afterId: string, limit: number): Promise<StoredAuditRow[]> {
  return query<StoredAuditRow>(
    db,
    sql`
    SELECT id::text AS id,
      to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
      actor_kind AS "actorKind", actor_id AS "actorId", actor_name AS "actorName",
      action, entity, entity_id AS "entityId", before, after,
      prev_id::text AS "prevId", prev_hash AS "prevHash", hash
    FROM audit_log
    WHERE id > ${afterId}::bigint
    ORDER BY audit_log.id
    LIMIT ${limit}`,
  );
}

/** The first row after `afterId` that names `prevId` as its predecessor, if any. */
export async function selectFollower(
  db: Db,
  prevId: string | null,
  afterId: string,
): Promise<string | undefined> {
  const [row] = await query<{ id: string }>(
    db,
    prevId === null
      ? sql`SELECT id::text AS id FROM audit_log WHERE prev_id IS NULL AND id > ${afterId}::bigint ORDER BY audit_log.id LIMIT 1`
      : sql`SELECT id::text AS id FROM audit_log WHERE prev_id = ${prevId}::bigint AND id > ${afterId}::bigint
          ORDER BY audit_log.id LIMIT 1`,
  );
  return row?.id;
}

export async function selectFirstAfter(db: Db, afterId: string): Promise<string | undefined> {
  const [row] = await query<{ id: string }>(
    db,
    sql`SELECT id::text AS id FROM audit_log WHERE id > ${afterId}::bigint ORDER BY audit_log.id LIMIT 1`,
  );
  return row?.id;
}

export async function auditRowExists(db: Db, id: string): Promise<boolean> {
  const rows = await query<{ one: number }>(db, sql`SELECT 1 AS one FROM audit_log WHERE id = ${id}::bigint`);
  return rows.length > 0;
}

/** Audit rows about one entity, newest first (for showing a record's history). */
export async function selectEntityHistory(db: Db, entity: string, entityId: string, limit: number) {
  return query<{
    id: string;
    at: Date;
    actorName: string | null;
    action: string;
    before: unknown;
    after: unknown;
  }>(
    db,
    sql`SELECT id::text AS id, at, actor_name AS "actorName", action, before, after
      FROM audit_log WHERE entity = ${entity} AND entity_id = ${entityId}
      ORDER BY audit_log.id DESC LIMIT ${limit}`,
  );
}

/** One row's hash and time, for the anchor of the chain. */
export async function selectAnchorRow(db: Db, id: string): Promise<{ hash: string; at: string } | undefined> {
  const [row] = await query<{ hash: string; at: string }>(
    db,
    sql`SELECT hash, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
      FROM audit_log WHERE id = ${id}::bigint`,
  );
  return row;
}

export async function countRowsUpTo(db: Db, id: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE id <= ${id}::bigint`,
  );
  return row?.n ?? 0;
}
