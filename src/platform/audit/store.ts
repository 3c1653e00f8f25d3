import { type SQL, sql } from 'drizzle-orm';
import { type Db, query } from '../../db/connection';
import type { ChainedFields } from './chain';

export interface ChainHead {
  lastId: string;
  lastHash: string;
}

/**
 * The canonical text of an audit row as the database hashes it (hash_version 2), over the columns of
 * `alias`: the same expression hashes a new row and checks a stored one. Only built-in functions, which
 * the table's owner cannot replace.
 */
export function rowHashSql(alias: string): SQL {
  const a = sql.raw(alias);
  return sql`encode(sha256(convert_to(jsonb_build_array(${a}.id::text,
    to_char(${a}.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ${a}.actor_kind, ${a}.actor_id,
    ${a}.actor_name, ${a}.action, ${a}.entity, ${a}.entity_id, ${a}.before, ${a}.after, ${a}.prev_id::text,
    ${a}.prev_hash)::text, 'UTF8')), 'hex')`;
}

/** Each value given as itself, or as an expression (a parameter of a shaped statement). */
export interface AuditRowValues {
  at: string | SQL;
  actorKind: string | SQL;
  actorId: number | null | SQL;
  actorName: string | null | SQL;
  action: string | SQL;
  entity: string | SQL;
  entityId: SQL;
  before: SQL;
  after: SQL;
}

/**
 * WITH clauses (without the WITH) that append one row, or several in a chain: lock the chain head (after
 * `after`, a condition that makes a lock the caller takes first come first), take the next id once it is
 * locked, hash the row in the database, link each further row to the one before, and move the head on to
 * the last. `audit_head` gives the last new row's id.
 *
 * `ownSnapshot`: the head is locked, read and moved by functions, each with a snapshot of its own
 * (migration 0023, ADR 0013), and `after` is a value (the lock the caller took first, never null). For a
 * statement that may wait on that lock: read with the statement's snapshot the head would be out of date
 * after the wait, and PostgreSQL would recheck it by starting the whole plan again. `audit_head` is then
 * not a data-modifying clause: the statement must read it, or the head stays where it was.
 */
export function appendCtes(
  rows: AuditRowValues | AuditRowValues[],
  after?: SQL,
  opts: { ownSnapshot?: boolean } = {},
): SQL {
  const list = Array.isArray(rows) ? rows : [rows];
  // One row keeps the clause names it always had (and with them the text of prepared statements).
  const name = (base: string, i: number) => sql.raw(Array.isArray(rows) ? `${base}_${i}` : base);
  const clauses = list.map((v, i) => {
    const prev =
      i === 0
        ? sql`NULLIF(l.last_id, 0) AS prev_id, l.last_hash AS prev_hash FROM audit_lock l`
        : sql`l.id AS prev_id, l.hash AS prev_hash FROM ${name('audit_row', i - 1)} l`;
    return sql`${name('audit_values', i)} AS (
      SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id, ${v.at}::timestamptz AS at,
        ${v.actorKind}::text AS actor_kind, ${v.actorId}::int AS actor_id, ${v.actorName}::text AS actor_name,
        ${v.action}::text AS action, ${v.entity}::text AS entity, (${v.entityId})::text AS entity_id,
        (${v.before})::jsonb AS before, (${v.after})::jsonb AS after, ${prev}),
    ${name('audit_row', i)} AS (
      INSERT INTO audit_log
        (id, at, actor_kind, actor_id, actor_name, action, entity, entity_id, before, after, prev_id, prev_hash, hash,
         hash_version)
      SELECT v.id, v.at, v.actor_kind, v.actor_id, v.actor_name, v.action, v.entity, v.entity_id, v.before, v.after,
        v.prev_id, v.prev_hash, ${rowHashSql('v')}, 2
      FROM ${name('audit_values', i)} v
      RETURNING id, hash)`;
  });
  const last = name('audit_row', list.length - 1);
  let lock: SQL;
  let head: SQL;
  if (opts.ownSnapshot) {
    if (!after) throw new Error('appendCtes: ownSnapshot locks the head after a value the caller gives');
    lock = sql`SELECT last_id, last_hash FROM pietura_audit_head_locked((${after})::bigint)`;
    head = sql`SELECT pietura_audit_head_moved(r.id, r.hash) AS id FROM ${last} r`;
  } else {
    lock = sql`SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1${after ? sql` AND (${after})` : sql``} FOR UPDATE`;
    head = sql`UPDATE audit_chain_head SET last_id = r.id, last_hash = r.hash FROM ${last} r
      WHERE audit_chain_head.id = 1
      RETURNING r.id`;
  }
  return sql`audit_lock AS (${lock}),
    ${sql.join(
      clauses,
      sql`,
    `,
    )},
    audit_head AS (${head})`;
}

export async function readChainHead(db: Db): Promise<ChainHead | undefined> {
  const [row] = await query<ChainHead>(
    db,
    sql`SELECT last_id::text AS "lastId", last_hash AS "lastHash" FROM audit_chain_head WHERE id = 1`,
  );
  return row;
}

export type StoredAuditRow = ChainedFields & {
  hash: string;
  hashVersion: number;
  /** What the database computes for a row of hash_version 2 (null for version 1, hashed by the app). */
  computedHash: string | null;
};

/** A page of the chain in id order, every field read back exactly as it was hashed. */
export async function selectAuditPage(db: Db, afterId: string, limit: number): Promise<StoredAuditRow[]> {
  return query<StoredAuditRow>(
    db,
    sql`
    SELECT id::text AS id,
      to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
      actor_kind AS "actorKind", actor_id AS "actorId", actor_name AS "actorName",
      action, entity, entity_id AS "entityId", before, after,
      prev_id::text AS "prevId", prev_hash AS "prevHash", hash, hash_version AS "hashVersion",
      CASE WHEN hash_version = 2 THEN ${rowHashSql('audit_log')} END AS "computedHash"
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
