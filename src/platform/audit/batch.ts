import { sql } from 'drizzle-orm';
import { WRITES_NO_CATALOGUE } from '../../db/catalogue-revision';
import { type Db, preparedStatement } from '../../db/connection';
import type { ChainedFields } from './chain';
import { rowHashSql } from './store';

/** An audit row's values as JSON gives them (before and after as stored: asStoredJson). */
export type PlainAuditRow = Omit<ChainedFields, 'id' | 'prevId' | 'prevHash'>;

/** At most this many rows in one statement; more wait for the next. */
const MOST = 200;

interface Waiting {
  values: PlainAuditRow;
  ok: (id: string) => void;
  fail: (err: unknown) => void;
}

interface Queue {
  waiting: Waiting[];
  running: boolean;
}

const queues = new WeakMap<Db, Queue>();

/**
 * Appends `row` to the hash chain in a statement of its own, committed before the promise resolves, and
 * gives its id. Rows asked for while a statement is running wait and go together in the next one: the
 * chain head is locked until the commit is on disk, so one row per commit would queue every audited
 * read behind the disk's flush, where a group shares the lock and the flush (ADR 0012). Nothing waits
 * for a group to fill: a row asked for when none is running goes at once.
 */
export function appendInGroup(db: Db, row: PlainAuditRow): Promise<string> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(db, queue);
  }
  const q = queue;
  return new Promise<string>((ok, fail) => {
    q.waiting.push({ values: row, ok, fail });
    if (!q.running) void run(db, q);
  });
}

async function run(db: Db, q: Queue): Promise<void> {
  q.running = true;
  try {
    while (q.waiting.length > 0) {
      const group = q.waiting.splice(0, MOST);
      try {
        const ids = await appendRows(db, group);
        for (const [i, w] of group.entries()) w.ok(ids[i]!);
      } catch (err) {
        // One row that cannot be written must not take the others with it: each alone, once.
        if (group.length === 1) group[0]!.fail(err);
        else
          for (const w of group)
            await appendRows(db, [w]).then(
              ([id]) => w.ok(id!),
              (e: unknown) => w.fail(e),
            );
      }
    }
  } finally {
    q.running = false;
  }
}

const VALUE_NAMES = [
  'at',
  'actor_kind',
  'actor_id',
  'actor_name',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
];
const COLUMNS = sql.raw(VALUE_NAMES.join(', '));
const values = sql.raw(VALUE_NAMES.map((c) => `v.${c}`).join(', '));

/**
 * One statement for a group: lock the head, take an id per row in the group's order, hash each row over
 * the one before it (a recursive clause, the same expression as a single row: rowHashSql), insert them
 * and move the head to the last. The rows travel as one JSON parameter, so the text is the same for any
 * size of group (one prepared statement).
 */
const appendStatement = preparedStatement<{ ids: string[] | null }>(
  sql`${sql.raw(WRITES_NO_CATALOGUE)} WITH RECURSIVE
      audit_lock AS (SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE),
      audit_input AS (
        SELECT e.n, (e.r->>'at')::timestamptz AS at, e.r->>'actorKind' AS actor_kind, (e.r->>'actorId')::int AS actor_id,
          e.r->>'actorName' AS actor_name, e.r->>'action' AS action, e.r->>'entity' AS entity,
          e.r->>'entityId' AS entity_id, NULLIF(e.r->'before', 'null'::jsonb) AS before,
          NULLIF(e.r->'after', 'null'::jsonb) AS after
        FROM jsonb_array_elements(${sql.placeholder('rows')}::jsonb) WITH ORDINALITY AS e(r, n)),
      audit_ids AS (SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id FROM audit_input, audit_lock),
      audit_values AS (
        SELECT i.*, ids.id FROM audit_input i
        JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_ids) ids ON ids.n = i.n),
      audit_chain (n, id, ${COLUMNS}, prev_id, prev_hash, hash) AS (
        SELECT x.*, ${rowHashSql('x')} FROM (
          SELECT v.n, v.id, ${values}, NULLIF(l.last_id, 0) AS prev_id, l.last_hash AS prev_hash
          FROM audit_values v, audit_lock l WHERE v.n = 1) x
        UNION ALL
        SELECT x.*, ${rowHashSql('x')} FROM audit_chain c JOIN audit_values v ON v.n = c.n + 1,
          LATERAL (SELECT v.n, v.id, ${values}, c.id AS prev_id, c.hash AS prev_hash) x),
      audit_row AS (
        INSERT INTO audit_log (id, ${COLUMNS}, prev_id, prev_hash, hash, hash_version)
        SELECT id, ${COLUMNS}, prev_id, prev_hash, hash, 2 FROM audit_chain
        RETURNING id),
      audit_head AS (
        UPDATE audit_chain_head SET last_id = t.id, last_hash = t.hash
        FROM (SELECT id, hash FROM audit_chain ORDER BY n DESC LIMIT 1) t
        WHERE audit_chain_head.id = 1
        RETURNING t.id)
      SELECT (SELECT json_agg(id::text ORDER BY id) FROM audit_row) AS ids, (SELECT id FROM audit_head) AS head`,
);

async function appendRows(db: Db, group: Waiting[]): Promise<string[]> {
  const [result] = await appendStatement(db, { rows: JSON.stringify(group.map((w) => w.values)) });
  const ids = result?.ids ?? [];
  if (ids.length !== group.length) throw new Error('audit_chain_head is missing: run the migrations');
  return ids;
}
