import { sql } from 'drizzle-orm';
import { WRITES_NO_CATALOGUE } from '../../db/catalogue-revision';
import { type Db, preparedStatement } from '../../db/connection';
import type { ChainedFields } from './chain';
import { auditColumnsOfJson, chainedAuditCtes } from './store';

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

/**
 * One statement for a group: lock the head, chain the rows in the group's order (chainedAuditCtes), insert
 * them and move the head to the last. The rows travel as one JSON parameter, so the text is the same for
 * any size of group (one prepared statement).
 */
const appendStatement = preparedStatement<{ ids: string[] | null }>(
  sql`${sql.raw(WRITES_NO_CATALOGUE)} WITH RECURSIVE
      audit_lock AS (SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE),
      audit_input AS (
        SELECT e.n, ${auditColumnsOfJson('e.r')}
        FROM jsonb_array_elements(${sql.placeholder('rows')}::jsonb) WITH ORDINALITY AS e(r, n)),
      ${chainedAuditCtes('audit_input')},
      audit_head AS (
        UPDATE audit_chain_head SET last_id = t.id, last_hash = t.hash FROM audit_last t
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
