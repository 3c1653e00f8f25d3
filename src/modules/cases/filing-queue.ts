import type { Db } from '../../db/connection';
import { type FiledRow, type FilingItem, fileApplications } from './filing-sql';

/**
 * Group commit of filings (ADR 0011). Every filing locks the registry counter and the audit chain head
 * until it commits, so concurrent intakes queue on those locks and each pays a commit (a WAL flush) of
 * its own while the others wait. Here the filings of one process that arrive while another is being
 * filed wait in memory instead, and go together: one statement files them all (fileApplications), one
 * commit. An intake alone is filed at once, as before. While one statement is under way the next batch
 * may go too (ADR 0013): it waits in the database on the registry counter, and runs as soon as the one
 * before commits, instead of being built and sent only then.
 *
 * Nothing is half-written: the statement is atomic, so if any application of a batch fails, none of it
 * is written (the numbers taken included, so no gap), and each application of the batch is filed again
 * on its own, where it succeeds or fails by itself. A caller's answer waits for the commit of its filing.
 */
interface Waiting {
  item: FilingItem;
  resolve(row: FiledRow): void;
  reject(err: unknown): void;
}

interface Queue {
  /** Filing statements sent and not yet answered. */
  inFlight: number;
  /** A start is scheduled for the next turn of the event loop. */
  scheduled: boolean;
  waiting: Waiting[];
  stats: FilingQueueStats;
}

export interface FilingQueueStats {
  /** Filings committed alone. */
  alone: number;
  /** Batches of more than one filing committed together, and the filings in them. */
  batches: number;
  batched: number;
  /** Batches rolled back because one of their filings failed (each then filed again alone). */
  rolledBack: number;
  /** Times a filing statement was sent while another was still under way. */
  overlapped: number;
}

/**
 * Applications in one statement at most: enough to share a commit, few enough to keep the locks short.
 * One statement text files any number of applications of any kind (ADR 0018), so a batch takes whatever
 * waits, in arrival order.
 */
const MAX_BATCH = 16;
/** Documents' bytes in one statement at most: one larger application goes alone. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
/**
 * Filing statements of one process under way at once. Each locks the registry counter first, so the
 * database runs their numbered part one after another anyway; a second one in flight lets the app build
 * the next batch, and PostgreSQL start its plan, while the first holds the counter and commits.
 */
const MAX_IN_FLIGHT = 2;
const queues = new WeakMap<Db, Queue>();

function queueOf(db: Db): Queue {
  let q = queues.get(db);
  if (!q) {
    q = {
      inFlight: 0,
      scheduled: false,
      waiting: [],
      stats: { alone: 0, batches: 0, batched: 0, rolledBack: 0, overlapped: 0 },
    };
    queues.set(db, q);
  }
  return q;
}

/** Files one application, together with any that arrive meanwhile. */
export function fileTogether(db: Db, item: FilingItem): Promise<FiledRow> {
  const q = queueOf(db);
  return new Promise<FiledRow>((resolve, reject) => {
    q.waiting.push({ item, resolve, reject });
    schedule(db, q);
  });
}

/** What the queue of `db` did so far (tests and benchmarks). */
export function filingQueueStats(db: Db): FilingQueueStats {
  return { ...queueOf(db).stats };
}

/**
 * Starts the next batches one turn of the event loop from now, if a statement may go: the intakes that
 * go on from the same moment (the answers of the last batch, requests read together) join a batch
 * instead of queuing behind a lone one.
 */
function schedule(db: Db, q: Queue): void {
  if (q.scheduled || q.inFlight >= MAX_IN_FLIGHT || q.waiting.length === 0) return;
  q.scheduled = true;
  setImmediate(() => {
    q.scheduled = false;
    while (q.inFlight < MAX_IN_FLIGHT && q.waiting.length > 0) {
      const batch = nextBatch(q, share(q));
      if (q.inFlight > 0) q.stats.overlapped++;
      q.inFlight++;
      void fileBatch(db, q, batch).finally(() => {
        q.inFlight--;
        schedule(db, q);
      });
    }
  });
}

/**
 * How many of those waiting the next statement takes: with none under way, a share, so that the rest go
 * at once as the next and wait in the database while the app builds the applications after them.
 */
function share(q: Queue): number {
  return Math.min(MAX_BATCH, q.inFlight > 0 ? q.waiting.length : Math.ceil(q.waiting.length / MAX_IN_FLIGHT));
}

/**
 * The next applications, in arrival order, as many as one statement takes, leaving for a later batch one
 * whose party is already in it.
 */
function nextBatch(q: Queue, most: number): Waiting[] {
  const batch: Waiting[] = [];
  const parties = new Set<string>();
  let bytes = 0;
  for (const w of q.waiting) {
    if (batch.length === most) break;
    if (batch.length > 0 && bytes + w.item.byteLength > MAX_BATCH_BYTES) continue;
    if (w.item.partyKeys.some((k) => parties.has(k))) continue;
    batch.push(w);
    bytes += w.item.byteLength;
    for (const k of w.item.partyKeys) parties.add(k);
  }
  const taken = new Set(batch);
  q.waiting = q.waiting.filter((w) => !taken.has(w));
  return batch;
}

async function alone(db: Db, w: Waiting): Promise<void> {
  try {
    const [row] = await fileApplications(db, [w.item]);
    w.resolve(row!);
  } catch (err) {
    w.reject(err);
  }
}

async function fileBatch(db: Db, q: Queue, batch: Waiting[]): Promise<void> {
  if (batch.length === 1) {
    q.stats.alone++;
    return alone(db, batch[0]!);
  }
  let rows: FiledRow[];
  try {
    rows = await fileApplications(
      db,
      batch.map((w) => w.item),
    );
  } catch {
    // Which one failed, and whether the others would have succeeded, each finds out on its own.
    q.stats.rolledBack++;
    q.stats.alone += batch.length;
    await Promise.all(batch.map((w) => alone(db, w)));
    return;
  }
  q.stats.batches++;
  q.stats.batched += batch.length;
  batch.forEach((w, i) => {
    w.resolve(rows[i]!);
  });
}
