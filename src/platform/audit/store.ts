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

/** The columns of an audit row its appender gives, in the order of the hash. */
export const AUDIT_VALUE_COLUMNS = [
  'at',
  'actor_kind',
  'actor_id',
  'actor_name',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
] as const;

const VALUE_LIST = sql.raw(AUDIT_VALUE_COLUMNS.join(', '));
const FROM_INPUT = sql.raw(AUDIT_VALUE_COLUMNS.map((c) => `v.${c}`).join(', '));

/**
 * Clauses (without the WITH, of a statement `WITH RECURSIVE`) that append an audit row for each row of
 * `input`, a clause with `n` (1, 2, 3… the order of the chain) and AUDIT_VALUE_COLUMNS, typed as the
 * table's. The caller's clause `audit_lock` gives the head (last_id, last_hash), locked. Each row takes its
 * id once the row before it has one, and is hashed over it in the database (rowHashSql); `audit_row`
 * inserts them and gives (id, hash), `audit_last` the last of them: the caller moves the head to it. The
 * text is the same however many rows `input` has (one prepared statement).
 */
export function chainedAuditCtes(input: string): SQL {
  const from = sql.raw(input);
  return sql`audit_chain (n, id, ${VALUE_LIST}, prev_id, prev_hash, hash) AS (
      SELECT x.*, ${rowHashSql('x')} FROM (
        SELECT v.n, nextval('audit_log_id_seq'::regclass) AS id, ${FROM_INPUT}, NULLIF(l.last_id, 0) AS prev_id,
          l.last_hash AS prev_hash
        FROM ${from} v, audit_lock l WHERE v.n = 1) x
      UNION ALL
      SELECT x.*, ${rowHashSql('x')} FROM audit_chain c JOIN ${from} v ON v.n = c.n + 1,
        LATERAL (SELECT v.n, nextval('audit_log_id_seq'::regclass) AS id, ${FROM_INPUT}, c.id AS prev_id,
          c.hash AS prev_hash) x),
    audit_row AS (
      INSERT INTO audit_log (id, ${VALUE_LIST}, prev_id, prev_hash, hash, hash_version)
      SELECT id, ${VALUE_LIST}, prev_id, prev_hash, hash, 2 FROM audit_chain
      RETURNING id, hash),
    audit_last AS (SELECT id, hash FROM audit_row ORDER BY id DESC LIMIT 1)`;
}

/**
 * AUDIT_VALUE_COLUMNS read from `json`, an expression giving an audit row as JSON (PlainAuditRow's names),
 * each typed as the table's; `given` puts an expression of the caller's instead of a column (the id of a row
 * the statement writes).
 */
export function auditColumnsOfJson(json: string, given: { entity_id?: SQL; after?: SQL } = {}): SQL {
  const j = sql.raw(json);
  return sql`(${j}->>'at')::timestamptz AS at, ${j}->>'actorKind' AS actor_kind, (${j}->>'actorId')::int AS actor_id,
    ${j}->>'actorName' AS actor_name, ${j}->>'action' AS action, ${j}->>'entity' AS entity,
    ${given.entity_id ?? sql`${j}->>'entityId'`} AS entity_id, NULLIF(${j}->'before', 'null'::jsonb) AS before,
    ${given.after ?? sql`NULLIF(${j}->'after', 'null'::jsonb)`} AS after`;
}

/** Each value given as itself, or as an expression. */
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
 * WITH clauses (without the WITH) that append one row: lock the chain head (after `after`, a condition
 * that makes a lock the caller takes first come first), take the next id once it is locked, hash the row
 * in the database and move the head on to it. `audit_head` gives the new row's id.
 */
export function appendCtes(v: AuditRowValues, after?: SQL): SQL {
  return sql`audit_lock AS (
      SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1${after ? sql` AND (${after})` : sql``} FOR UPDATE),
    audit_values AS (
      SELECT nextval('audit_log_id_seq'::regclass) AS id, ${v.at}::timestamptz AS at,
        ${v.actorKind}::text AS actor_kind, ${v.actorId}::int AS actor_id, ${v.actorName}::text AS actor_name,
        ${v.action}::text AS action, ${v.entity}::text AS entity, (${v.entityId})::text AS entity_id,
        (${v.before})::jsonb AS before, (${v.after})::jsonb AS after,
        NULLIF(l.last_id, 0) AS prev_id, l.last_hash AS prev_hash FROM audit_lock l),
    audit_row AS (
      INSERT INTO audit_log
        (id, ${VALUE_LIST}, prev_id, prev_hash, hash, hash_version)
      SELECT v.id, ${FROM_INPUT}, v.prev_id, v.prev_hash, ${rowHashSql('v')}, 2
      FROM audit_values v
      RETURNING id, hash),
    audit_head AS (
      UPDATE audit_chain_head SET last_id = r.id, last_hash = r.hash FROM audit_row r
      WHERE audit_chain_head.id = 1
      RETURNING r.id)`;
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
