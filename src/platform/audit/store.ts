import { type SQL, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import type { ChainedFields } from './chain';

export interface ChainHead {
  lastId: string;
  lastHash: string;
}

export interface ReservedRow {
  auditLastId: string;
  auditLastHash: string;
  auditId: string;
}

/** See reserveAuditRowSql: the lock in a subquery, so that nextval runs once the head is locked. */
export function reserveSql(columns?: SQL, after?: SQL): SQL {
  return sql`SELECT ${columns ? sql`${columns}, ` : sql``}h."auditLastId", h."auditLastHash",
      nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS "auditId"
    FROM (SELECT last_id::text AS "auditLastId", last_hash AS "auditLastHash" FROM audit_chain_head
          WHERE id = 1${after ? sql` AND (${after})` : sql``} FOR UPDATE) h`;
}

export function reservationOf(row: ReservedRow | undefined): {
  id: string;
  prevId: string | null;
  prevHash: string;
} {
  if (!row) throw new Error('audit_chain_head is missing: run the migrations');
  return {
    id: row.auditId,
    prevId: row.auditLastId === '0' ? null : row.auditLastId,
    prevHash: row.auditLastHash,
  };
}

export async function readChainHead(db: Db): Promise<ChainHead | undefined> {
  const [row] = await query<ChainHead>(
    db,
    sql`SELECT last_id::text AS "lastId", last_hash AS "lastHash" FROM audit_chain_head WHERE id = 1`,
  );
  return row;
}

/** The row, the chain head moved on to it, and the caller's other writes: one statement. */
export function appendSql(row: ChainedFields & { hash: string }, alongside: SQL[]): SQL {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const others = alongside.map((w, i) => sql`, ${sql.raw(`alongside_${i}`)} AS (${w})`);
  return sql`
    WITH audit_row AS (
      INSERT INTO audit_log
        (id, at, actor_kind, actor_id, actor_name, action, entity, entity_id, before, after, prev_id, prev_hash, hash)
      VALUES (${row.id}::bigint, ${row.at}::timestamptz, ${row.actorKind}, ${row.actorId}, ${row.actorName},
        ${row.action}, ${row.entity}, ${row.entityId}, ${json(row.before)}::jsonb, ${json(row.after)}::jsonb,
        ${row.prevId}::bigint, ${row.prevHash}, ${row.hash}))${sql.join(others, sql``)}
    UPDATE audit_chain_head SET last_id = ${row.id}::bigint, last_hash = ${row.hash} WHERE id = 1`;
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
